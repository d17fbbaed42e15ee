// /{lang}/search/ — Pagefind UI with filters; without JavaScript, the browse lists.

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
  const main = html`<div class="search-page">
  <h1>${t("search", lang)}</h1>
  <div id="search" class="search" data-placeholder="${t("searchPlaceholder", lang, { examples: data.searchExamples(lang) })}"></div>
  <noscript><p>${t("searchNoJs", lang)}</p></noscript>
  <div class="search-fallback">
    <h2>${t("browseBySector", lang)}</h2>
    <ul class="columns">${data.model.sectors.map((s) => html`<li><a href="${urls.list(lang, "sectors", s.id)}">${data.name(s, lang)}</a></li>`)}</ul>
    <h2>${t("browseByCommune", lang)}</h2>
    <ul class="columns">${data.sortByName(data.model.communes, lang).map((c) => html`<li><a href="${urls.list(lang, "communes", c.id)}">${data.name(c, lang)}</a></li>`)}</ul>
  </div>
</div>`;
  return basePage(
    data,
    d.assets,
    {
      lang,
      title: t("search", lang),
      alternates: d.p.alternates,
      styles: ["/pagefind/pagefind-ui.css"],
      scripts: ["/pagefind/pagefind-ui.js", d.assets["search.js"]!],
    },
    main,
  );
}
