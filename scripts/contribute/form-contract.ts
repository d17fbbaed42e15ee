// What the web form asks, derived from the contract: which fields, with which control, and the checks
// the browser runs before sending (the same rules and the validator's own messages). A contract field
// is either asked or listed in NOT_ASKED with the reason; a test fails when a new field is neither.
import type { Lang } from "../lib/lang.ts";
import { message } from "../model/messages.ts";
import type { Model } from "../model/model.ts";
import { type ContractField, contractFields } from "./contract-fields.ts";
import { META_FIELDS, SPAM_RULES } from "./submission.ts";

/** Contract fields the form does not ask, and why (a volunteer filling the form cannot know them). */
export const NOT_ASKED: Record<string, string> = {
  id: "made from the name when the file is written",
  regions: "region-wide networks are set by maintainers",
  status: "asked as the correction's “what is wrong?” choice (closed)",
  verified: "the day the submission is received",
  charter: "signed separately, recorded by maintainers",
  related: "links between entries are made by maintainers",
  updates: "news are written by maintainers",
  "updates[].date": "see updates",
  "updates[].text": "see updates",
  print: "maintainers decide what stays out of the booklets",
  sources: "for entries taken from public sources",
  provenance: "set by the import of public sources",
  place: "asked as place-kind (public venue, private home, none) and its fields",
  contact: "asked as its fields",
  "place.public": "asked as place-kind: public venue or private home",
};

export type Control =
  | "text"
  | "textarea"
  | "url"
  | "email"
  | "tel"
  | "checkboxes"
  | "pictogram-checkboxes"
  | "select-multiple"
  | "hidden"
  | "links";

export interface FormField extends ContractField {
  /** The form field name: the contract path. */
  name: string;
  control: Control;
  /** Texts per language are written in the page's language. */
  localized: boolean;
  /** Which step of the form it belongs to. */
  step: "what" | "where" | "contact" | "more";
}

const STEP: Record<string, FormField["step"]> = {
  name: "what",
  summary: "what",
  sectors: "what",
  description: "more",
  communes: "where",
  "place.name": "where",
  "place.address": "where",
  "place.postcode": "where",
  "place.lat": "where",
  "place.lon": "where",
  schedule: "where",
  "contact.website": "contact",
  "contact.email": "contact",
  "contact.phone": "contact",
  "contact.social": "contact",
  languages: "more",
  accessibility: "more",
  audience: "more",
  ical: "more",
};

function controlOf(f: ContractField): Control {
  if (f.path === "sectors") return "pictogram-checkboxes";
  if (f.path === "communes") return "select-multiple";
  if (f.path === "place.lat" || f.path === "place.lon") return "hidden";
  if (f.path === "contact.website" || f.path === "ical") return "url";
  if (f.path === "contact.email") return "email";
  if (f.path === "contact.phone") return "tel";
  if (f.kind === "text-list" && f.patternCode === "bad-url") return "links";
  if (f.kind === "enum-list" || f.kind === "text-list") return "checkboxes";
  if (f.kind === "localized" && (f.maxLength ?? 0) > 120) return "textarea";
  return "text";
}

/** The fields the form asks, in the contract's order. */
export function formFields(): FormField[] {
  return contractFields("initiative")
    .filter((f) => !(f.path in NOT_ASKED))
    .map((f) => ({
      ...f,
      name: f.path,
      control: controlOf(f),
      localized: f.kind === "localized",
      step: STEP[f.path] ?? "more",
      // `communes` is where a local initiative lives: the form needs it (the contract asks commune OR region).
      required: f.required || f.path === "communes",
    }));
}

/** Languages offered as checkboxes for "languages spoken": the site's, then the most spoken others here. */
export const SPOKEN_LANGUAGES = ["fr", "nl", "en", "ar", "es", "tr", "pt", "it", "pl", "ro", "de", "ru", "uk"];

/** Finding codes the browser may show, with their message in the page's language. */
const BROWSER_CODES = [
  "required",
  "too-long",
  "too-few",
  "no-area",
  "bad-url",
  "bad-email",
  "bad-phone",
  "bad-postcode",
  "bad-lang",
];

/** The JSON the page embeds for its script: fields, rules and messages, in one language. */
export function browserContract(lang: Lang, model: Model) {
  const fields = formFields().map((f) => ({
    name: f.name,
    label: f.label?.[lang] ?? f.name,
    required: f.required,
    localized: f.localized,
    ...(f.maxLength ? { maxLength: f.maxLength } : {}),
    ...(f.minItems ? { minItems: f.minItems } : {}),
    ...(f.pattern ? { pattern: f.pattern, flags: f.patternFlags ?? "", patternCode: f.patternCode ?? "" } : {}),
    list: f.kind.endsWith("list"),
  }));
  const messages = Object.fromEntries(BROWSER_CODES.map((code) => [code, message(code, {}, lang)]));
  return {
    lang,
    fields,
    messages,
    meta: META_FIELDS,
    spam: SPAM_RULES,
    languages: model.site.languages,
  };
}
