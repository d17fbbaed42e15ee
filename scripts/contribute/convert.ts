// Submission → initiative YAML. A new initiative becomes a new file; a correction becomes the smallest
// edit of the existing file (yaml's Document keeps its comments and key order). Pure: text in, text out.
import { Document, isScalar, parseDocument, visit } from "yaml";
import { Initiative } from "../model/schema.ts";
import { normalize } from "../model/suggest.ts";
import { lines, META_FIELDS, many, one, type Submission, type WhatIsWrong } from "./submission.ts";
import { setInText } from "./yaml-edit.ts";

/** Contract fields holding a text per language: the form sends one text, in the page's language. */
const LOCALIZED = ["summary", "description", "schedule"] as const;
const LISTS = ["sectors", "communes", "regions", "languages", "accessibility", "audience"] as const;
const PLACE_KEYS = ["name", "address", "postcode"] as const;
const CONTACT_KEYS = ["website", "email", "phone"] as const;

/** The contract's own key order, so a generated file reads like a hand-written one. */
const KEY_ORDER = Object.keys(Initiative.shape);

export interface Converted {
  /** The entry as plain data, keys in contract order; empty fields left out. */
  entry: Record<string, unknown>;
  /** Notes for the maintainer (finding codes), e.g. an address dropped for a private home. */
  notes: string[];
}

/** The language the texts of a submission are written in. */
export const submissionLang = (s: Submission, languages: readonly string[]): string => {
  const lang = one(s, META_FIELDS.lang);
  return languages.includes(lang) ? lang : languages[0]!;
};

/** A text per language from `field` (in the page's language) and `field.xx` (any language). */
function localized(s: Submission, field: string, lang: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const plain = one(s, field);
  if (plain) out[lang] = plain;
  for (const key of Object.keys(s.fields).sort()) {
    const m = new RegExp(`^${field}\\.([a-z]{2})$`).exec(key);
    if (m && one(s, key)) out[m[1]!] = one(s, key);
  }
  return Object.keys(out).length ? out : undefined;
}

const number = (s: string): number | undefined => (s && Number.isFinite(Number(s)) ? Number(s) : undefined);

/** The date (YYYY-MM-DD) a submission was received, else `today`. */
export const receivedOn = (s: Submission, today: string): string =>
  /^\d{4}-\d{2}-\d{2}/.test(s.createdAt) ? s.createdAt.slice(0, 10) : today;

export function entryFromSubmission(s: Submission, languages: readonly string[], today: string): Converted {
  const lang = submissionLang(s, languages);
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  const names = localized(s, "name", lang);
  if (names) raw.name = Object.keys(names).length === 1 ? Object.values(names)[0] : names;
  for (const key of LOCALIZED) raw[key] = localized(s, key, lang);
  for (const key of LISTS) {
    const values = many(s, key);
    if (values.length) raw[key] = [...new Set(values)];
  }
  const kind = one(s, META_FIELDS.placeKind) || one(s, "place.public");
  const placeGiven = [...PLACE_KEYS, "lat", "lon"].some((k) => one(s, `place.${k}`));
  if (kind === "private" || kind === "false") {
    raw.place = { public: false };
    if (placeGiven) notes.push("private-address-dropped");
  } else if (placeGiven) {
    const place: Record<string, unknown> = { public: true };
    for (const k of PLACE_KEYS) if (one(s, `place.${k}`)) place[k] = one(s, `place.${k}`);
    const lat = number(one(s, "place.lat"));
    const lon = number(one(s, "place.lon"));
    if (lat !== undefined && lon !== undefined) {
      place.lat = Math.round(lat * 1e5) / 1e5;
      place.lon = Math.round(lon * 1e5) / 1e5;
    }
    raw.place = place;
  }
  const contact: Record<string, unknown> = {};
  for (const k of CONTACT_KEYS) if (one(s, `contact.${k}`)) contact[k] = one(s, `contact.${k}`);
  const social = lines(s, "contact.social");
  if (social.length) contact.social = social;
  if (Object.keys(contact).length) raw.contact = contact;
  for (const key of ["status", "ical", "provenance"]) if (one(s, key)) raw[key] = one(s, key);
  raw.verified = one(s, "verified") || receivedOn(s, today);
  const sources = lines(s, "sources");
  if (sources.length) raw.sources = sources;

  const entry: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (raw[key] !== undefined) entry[key] = raw[key];
  return { entry, notes };
}

/** A file name from a name: lowercase ASCII words joined by dashes, at most 60 characters. */
export function slugify(name: string): string {
  const words = normalize(name).split(" ").filter(Boolean);
  let slug = "";
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > 60) break;
    slug = next;
  }
  return slug.replace(/[^a-z0-9-]/g, "") || "initiative";
}

/** Lists of ids are written on one line, `[food, repair]`, like the hand-written files. */
function flowShortLists(doc: Document): void {
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((i) => isScalar(i) && typeof i.value === "string" && /^[a-z0-9-]+$/.test(i.value)))
        node.flow = true;
    },
  });
}

/** The YAML text of a new entry, with the language-server line and a comment saying where it came from. */
export function entryYaml(entry: Record<string, unknown>, comment: string): string {
  const doc = new Document(entry);
  flowShortLists(doc);
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const header = [
    "# yaml-language-server: $schema=../schema/initiative.schema.json",
    ...comment.split("\n").map((l) => `# ${l}`),
  ];
  return `${header.join("\n")}\n${body}`;
}

const sameList = (a: unknown, b: readonly string[]) =>
  Array.isArray(a) && a.length === b.length && [...a].map(String).sort().join() === [...b].sort().join();

export interface Correction {
  /** The edited file, or the same text when nothing changes. */
  text: string;
  /** Contract paths that changed, e.g. "schedule.fr", "status". */
  changed: string[];
  notes: string[];
}

/**
 * The smallest edit of an existing entry that carries a correction: only fields the sender filled in
 * and that differ are written; texts only in the sender's language. An empty field never deletes.
 */
export function applyCorrection(
  existingText: string,
  s: Submission,
  languages: readonly string[],
  today: string,
): Correction {
  const current = (parseDocument(existingText).toJS() ?? {}) as Record<string, unknown>;
  const { entry, notes } = entryFromSubmission(s, languages, today);
  const lang = submissionLang(s, languages);
  const changed: string[] = [];
  let text = existingText;
  const set = (at: (string | number)[], value: unknown) => {
    text = setInText(text, at, value);
    changed.push(at.join("."));
  };
  const what = one(s, META_FIELDS.whatIsWrong) as WhatIsWrong | "";
  if (what === "closed" && current.status !== "closed") set(["status"], "closed");

  if (typeof entry.name === "string") {
    const now = current.name;
    if (typeof now === "string" || now === undefined) {
      if (now !== entry.name) set(["name"], entry.name);
    } else {
      const names = now as Record<string, string>;
      const fallback = names[lang] === undefined && Object.values(names).includes(entry.name);
      if (!fallback && names[lang] !== entry.name) set(["name", lang], entry.name);
    }
  }
  for (const key of LOCALIZED) {
    const given = entry[key] as Record<string, string> | undefined;
    const now = (current[key] ?? {}) as Record<string, string>;
    for (const [l, text] of Object.entries(given ?? {})) {
      // The form prefills a missing language with another one's text: sent back untouched, it is not
      // a translation and must not be filed under the page's language.
      if (now[l] === undefined && Object.values(now).includes(text)) continue;
      if (now[l] !== text) set([key, l], text);
    }
  }
  for (const key of LISTS) {
    const given = entry[key] as string[] | undefined;
    if (given && !sameList(current[key], given)) set([key], given);
  }
  const place = entry.place as Record<string, unknown> | undefined;
  const now = current.place as Record<string, unknown> | undefined;
  if (place?.public === false) {
    if (now?.public !== false || Object.keys(now).length > 1) set(["place"], { public: false });
  } else if (place) {
    if (now?.public !== true) set(["place", "public"], true);
    for (const [k, v] of Object.entries(place)) if (k !== "public" && now?.[k] !== v) set(["place", k], v);
  }
  const contact = (entry.contact ?? {}) as Record<string, unknown>;
  const nowContact = (current.contact ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(contact)) {
    if (Array.isArray(v) ? !sameList(nowContact[k], v as string[]) : nowContact[k] !== v) set(["contact", k], v);
  }
  for (const key of ["ical", "status"])
    if (entry[key] !== undefined && current[key] !== entry[key]) set([key], entry[key]);
  return { text, changed, notes };
}
