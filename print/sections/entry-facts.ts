// The facts printed under an entry: the shared formatter (scripts/lib/entry-facts.ts, also used by the
// web page) in each printed language, laid out for paper. In a bilingual edition a line shows both
// labels, and both values when they differ ("français, néerlandais / Frans, Nederlands").
import { entryFacts as sharedFacts } from "../../scripts/lib/entry-facts.ts";
import type { Initiative } from "../../scripts/model/model.ts";
import type { BookletContext } from "./context.ts";

export interface Fact {
  label: string;
  /** One value per printed language when they differ, else one. */
  values: { lang: string; text: string }[];
}

export function entryFacts(ctx: BookletContext, e: Initiative): Fact[] {
  // The verification date is printed under the entry with its short link.
  const perLang = ctx.printed.map((l) => ({ l, lines: sharedFacts(ctx.model, e, l, { omit: ["verified"] }) }));
  return perLang[0]!.lines.map((line) => {
    const texts = perLang.map(({ l, lines }) => {
      const same = lines.find((x) => x.key === line.key);
      return {
        lang: l,
        label: same?.label ?? line.label,
        text: (same ?? line).values
          .map((v) => v.text)
          .join(line.key === "contact" || line.key === "place" ? " · " : ", "),
      };
    });
    const distinct = (get: (t: (typeof texts)[number]) => string) => [...new Set(texts.map(get))];
    return {
      label: distinct((t) => t.label).join(" / "),
      values: distinct((t) => t.text).length === 1 ? [texts[0]!] : texts,
    };
  });
}
