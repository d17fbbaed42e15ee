// An entry's facts (scripts/lib/entry-facts.ts) as a summary list: one <dt>/<dd> per line, links kept,
// untranslated text marked with its language, search filters on communes and languages spoken.
import type { FactLine, FactPart } from "../../scripts/lib/entry-facts.ts";
import { attr, type Html, html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";

const FILTERS: Partial<Record<FactLine["key"], (lang: string) => string>> = {
  languages: (lang) => t("languageFilter", lang),
};

function part(p: FactPart, filter: string | undefined, lang: string): Html {
  const extra = p.kind === "commune" ? t("commune", lang) : filter;
  const text = html`<span${attr("lang", p.lang)}${attr("data-pagefind-filter", extra)}>${p.text}</span>`;
  return p.href
    ? html`<a href="${p.href}"${p.kind === "website" || p.kind === "social" ? html` rel="noopener"` : html``}>${text}</a>`
    : text;
}

export function factList(lines: readonly FactLine[], lang: string): Html {
  return html`<dl class="facts">${lines.map((line) => {
    const filter = FILTERS[line.key]?.(lang);
    const multiline = line.key === "place";
    return html`<dt>${line.label}</dt><dd>${line.values.map(
      (p, n) => html`${n ? (multiline ? html`<br>` : ", ") : ""}${part(p, filter, lang)}`,
    )}</dd>`;
  })}</dl>`;
}
