// /{lang}/search/ — a plain GET form; search.js runs Pagefind's JS API and draws the results, the
// filters (commune, sector, language spoken) and the "no results" help with the site's own markup
// and CSS (GOV.UK "search with filters" pattern). Without JavaScript the browse lists stay.

import { html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { LangPage } from "../../scripts/site/site-data.ts";
import { urls } from "../../scripts/site/urls.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.search", size: 1, alias: "p" },
  permalink: (d: TemplateData<LangPage>) => d.p.output,
};

export function render(d: TemplateData<LangPage>): string {
  const {
    annuaire: data,
    p: { lang },
  } = d;
  const sectors = data.model.sectors.filter((s) => data.initiativesOf("sectors", s.id).length);
  const communes = data.sortByName(data.model.communes, lang);
  const main = html`<div class="search-page">
  <h1>${t("search", lang)}</h1>
  <form class="search-form" action="${urls.search(lang)}" method="get" role="search">
    <label for="q">${t("searchLabel", lang)}</label>
    <p class="hint" id="q-hint">${t("searchPlaceholder", lang, { examples: data.searchExamples(lang) })}</p>
    <div class="search-form__row"><input id="q" name="q" type="search" aria-describedby="q-hint"><button type="submit">${t("search", lang)}</button></div>
  </form>
  <div class="search-layout" id="search" hidden
    data-lang="${lang}"
    data-legend-commune="${t("commune", lang)}" data-legend-sector="${t("sector", lang)}" data-legend-language="${t("languageFilter", lang)}"
    data-refine="${t("refine", lang)}" data-clear="${t("clearFilters", lang)}" data-searching="${t("searching", lang)}"
    data-count-one="${t("resultsCountOne", lang)}" data-count="${t("resultsCount", lang)}"
    data-no-results="${t("noResults", lang)}" data-closed="${t("closedMark", lang)}"
    data-sector-names="${JSON.stringify(Object.fromEntries(data.model.sectors.map((s) => [s.id, data.name(s, lang)])))}"
    data-commune-urls="${JSON.stringify(Object.fromEntries(communes.map((c) => [data.name(c, lang), urls.list(lang, "communes", c.id)])))}"
    data-commune-text="${t("noResultsCommune", lang)}">
    <details class="search-filters" id="search-filters-box"><summary class="search-filters__title">${t("refine", lang)}</summary><div id="search-filters"></div></details>
    <div class="search-results">
      <p class="search-status" id="search-status" role="status"></p>
      <ol class="results" id="search-results"></ol>
    </div>
  </div>
  <noscript><p>${t("searchNoJs", lang)}</p></noscript>
  <div class="search-fallback" id="search-help">
    <div class="notice" id="no-results" hidden><p><strong>${t("noResults", lang)}</strong> ${t("noResultsTry", lang)}</p><ul id="no-results-commune"></ul></div>
    <h2>${t("browseBySector", lang)}</h2>
    <ul class="columns">${sectors.map((s) => html`<li><a href="${urls.list(lang, "sectors", s.id)}">${data.name(s, lang)}</a></li>`)}</ul>
    <h2>${t("browseByCommune", lang)}</h2>
    <ul class="columns">${communes.map((c) => html`<li><a href="${urls.list(lang, "communes", c.id)}">${data.name(c, lang)}</a></li>`)}</ul>
    <p><a href="${urls.content(lang, "contribute")}">${t("noResultsAdd", lang)}</a></p>
  </div>
</div>`;
  return basePage(
    data,
    d.assets,
    {
      lang,
      title: t("search", lang),
      alternates: d.p.alternates,
      scripts: [d.assets["search.js"]!],
    },
    main,
  );
}
