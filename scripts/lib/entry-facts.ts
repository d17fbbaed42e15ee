// The facts of one entry (where, place, schedule, contact, languages, accessibility, audience, status,
// verified) as structured lines in the reader's language. The web page and the printed booklet each
// lay these lines out their own way; neither formats an address or a contact by itself.
import { globalRegistry } from "zod";
import { type Initiative, localize, type Model } from "../model/model.ts";
import { Initiative as InitiativeSchema } from "../model/schema.ts";
import { formatDate, languageName } from "./format.ts";
import { t } from "./strings.ts";

export type FactKey =
  | "where"
  | "place"
  | "schedule"
  | "contact"
  | "languages"
  | "accessibility"
  | "audience"
  | "status"
  | "verified";

/** A piece of a fact's value: text, optionally a link, optionally in another language than the page. */
export interface FactPart {
  text: string;
  /** http(s), mailto: or tel: */
  href?: string;
  /** What the link is, so a layout can treat it (e.g. hide e-mail addresses from robots). */
  kind?: "website" | "email" | "phone" | "social" | "commune" | "region";
  /** Set when the text is in another language than the page (an untranslated text). */
  lang?: string;
}

export interface FactLine {
  key: FactKey;
  label: string;
  /** Each item is one value (one address line, one phone); layouts join them their own way. */
  values: FactPart[];
}

/** Labels of enum values (accessibility, audience) come from the contract's own metadata. */
export function valueLabel(field: "accessibility" | "audience", value: string, lang: string): string {
  const meta = globalRegistry.get(InitiativeSchema.shape[field]) as
    | { values?: Record<string, Record<string, string>> }
    | undefined;
  return meta?.values?.[value]?.[lang] ?? value;
}

/** "example.org/path" for "https://www.example.org/path/": how a web address is written for people. */
export const shortUrl = (url: string): string => url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");

/** A phone number as a tel: link (digits and a leading +). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^+\d]/g, "")}`;

export interface FactOptions {
  /** Leave out these lines (a layout that shows them elsewhere). */
  omit?: readonly FactKey[];
}

export function entryFacts(model: Model, e: Initiative, lang: string, options: FactOptions = {}): FactLine[] {
  const langs = model.site.languages;
  const name = (text: Record<string, string>, fallback: string) => localize(text, lang, langs)?.text ?? fallback;
  const inLang = (text: Record<string, string> | undefined): FactPart[] => {
    const value = localize(text, lang, langs);
    return value ? [{ text: value.text, ...(value.lang !== lang ? { lang: value.lang } : {}) }] : [];
  };
  const lines: FactLine[] = [];
  const add = (key: FactKey, label: string, values: FactPart[]) => {
    if (values.length && !options.omit?.includes(key)) lines.push({ key, label, values });
  };

  const communes = e.communes.map((id) => model.communes.find((c) => c.id === id)).filter((c) => c !== undefined);
  add(
    "where",
    t("communes", lang),
    communes.length
      ? communes.map((c) => ({
          text: name(c.name, c.id),
          kind: "commune" as const,
          href: `/${lang}/communes/${c.id}/`,
        }))
      : e.regions.map((id) => {
          const region = model.regions.find((r) => r.id === id);
          return {
            text: region ? name(region.name, id) : id,
            kind: "region" as const,
            href: `/${lang}/regions/${id}/`,
          };
        }),
  );

  const place = e.place;
  if (place?.public) {
    const locality = [place.postcode, communes[0] ? name(communes[0].name, communes[0].id) : undefined]
      .filter(Boolean)
      .join(" ");
    add(
      "place",
      t("place", lang),
      [place.name, place.address, locality].filter((x): x is string => !!x).map((text) => ({ text })),
    );
  } else if (place) {
    add("place", t("place", lang), [{ text: t("privatePlace", lang) }]);
  }

  add("schedule", t("schedule", lang), inLang(e.schedule));

  const contact = e.contact ?? {};
  add("contact", t("contact", lang), [
    ...(contact.website ? [{ text: shortUrl(contact.website), href: contact.website, kind: "website" as const }] : []),
    ...(contact.email ? [{ text: contact.email, href: `mailto:${contact.email}`, kind: "email" as const }] : []),
    ...(contact.phone ? [{ text: contact.phone, href: telHref(contact.phone), kind: "phone" as const }] : []),
    ...(contact.social ?? []).map((s) => ({ text: shortUrl(s), href: s, kind: "social" as const })),
  ]);

  add(
    "languages",
    t("languagesSpoken", lang),
    (e.languages ?? []).map((l) => ({ text: languageName(l, lang) })),
  );
  add(
    "accessibility",
    t("accessibility", lang),
    (e.accessibility ?? []).map((a) => ({ text: valueLabel("accessibility", a, lang) })),
  );
  add(
    "audience",
    t("audience", lang),
    (e.audience ?? []).map((a) => ({ text: valueLabel("audience", a, lang) })),
  );
  if (e.status !== "active") {
    add("status", t("status", lang), [{ text: t(e.status === "closed" ? "statusClosed" : "statusDormant", lang) }]);
  }
  add("verified", t("verifiedLabel", lang), [{ text: formatDate(e.verified, lang) }]);
  return lines;
}
