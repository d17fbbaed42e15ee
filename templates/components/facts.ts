// An entry's facts (scripts/lib/entry-facts.ts) as a summary list: one <dt>/<dd> per line, links kept,
// untranslated text marked with its language, search filters on communes and languages spoken.
import type { FactLine, FactPart } from "../../scripts/lib/entry-facts.ts";
import { attr, type Html, html } from "../../scripts/lib/html.ts";

// Filter keys are stable ids; search.js names them in the page's language. The commune filter is
// set on the initiative page for every commune served (region-wide entries serve all of theirs).
const FILTERS: Partial<Record<FactLine["key"], string>> = { languages: "language" };

function part(p: FactPart, filter: string | undefined): Html {
  const text =
    p.lang || filter
      ? html`<span${attr("lang", p.lang)}${attr("data-pagefind-filter", filter)}>${p.text}</span>`
      : html`${p.text}`;
  return p.href
    ? html`<a href="${p.href}"${p.kind === "website" || p.kind === "social" ? html` rel="noopener"` : html``}>${text}</a>`
    : text;
}

export function factList(lines: readonly FactLine[], _lang: string): Html {
  return html`<dl class="facts">${lines.map((line) => {
    const filter = FILTERS[line.key];
    const multiline = line.key === "place";
    // Labels stay out of the index, so excerpts never read "CommunesRégion de…".
    return html`<dt data-pagefind-ignore>${line.label}</dt><dd>${line.values.map(
      (p, n) => html`${n ? (multiline ? html`<br>` : ", ") : ""}${part(p, filter)}`,
    )}</dd>`;
  })}</dl>`;
}
