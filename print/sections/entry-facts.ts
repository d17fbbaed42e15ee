// The facts printed under an entry, as label/value pairs: where, when, contact, languages. Print's own
// formatter (the web has its cards); see also and nearby come from entry.ts with page references.
import { languageName } from "../../scripts/lib/format.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { Initiative } from "../../scripts/model/model.ts";
import { pt } from "../print-strings.ts";
import type { BookletContext } from "./context.ts";

export interface Fact {
  label: string;
  /** One value per printed language when it differs, else one. */
  values: { lang: string; text: string }[];
}

const compactUrl = (url: string) => url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");

export function entryFacts(ctx: BookletContext, e: Initiative): Fact[] {
  const facts: Fact[] = [];
  const place = e.place;
  const where = (l: string) => {
    const area = e.communes.length ? e.communes.map((c) => ctx.communeName(c, l)).join(", ") : pt("regionWide", l);
    if (place?.public && place.address)
      return `${area} — ${[place.name, place.address, place.postcode].filter(Boolean).join(", ")}`;
    if (place && !place.public) return `${area}. ${t("privatePlace", l)}`;
    return area;
  };
  const perLang = (get: (l: string) => string) => {
    const values = ctx.printed.map((l) => ({ lang: l, text: get(l) }));
    return values.every((v) => v.text === values[0]!.text) ? [values[0]!] : values;
  };
  facts.push({ label: ctx.both((l) => pt("where", l)), values: perLang(where) });
  if (e.schedule)
    facts.push({ label: ctx.both((l) => t("schedule", l)), values: perLang((l) => ctx.text(e.schedule, l)) });
  const c = e.contact ?? {};
  const contact = [c.phone, c.email, c.website && compactUrl(c.website)].filter(Boolean).join(" · ");
  if (contact) facts.push({ label: ctx.both((l) => t("contact", l)), values: [{ lang: ctx.lang, text: contact }] });
  if (e.languages?.length)
    facts.push({
      label: ctx.both((l) => t("languagesSpoken", l)),
      values: perLang((l) => e.languages!.map((x) => languageName(x, l)).join(", ")),
    });
  return facts;
}
