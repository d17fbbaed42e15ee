// /{lang}/{slug}/ — about, charter, contribute, open data: Markdown from content/.

import { html, trusted } from "../../scripts/lib/html.ts";
import { renderContent } from "../../scripts/lib/markdown.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { ContentPage } from "../../scripts/model/content.ts";
import { urls } from "../../scripts/site/urls.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: {
    data: "annuaire.pages.content",
    size: 1,
    alias: "p",
    before: (pages: ContentPage[]) => pages.filter((p) => p.slug !== "welcome"),
  },
  permalink: (d: TemplateData<ContentPage>) => `${urls.content(d.p.lang, d.p.slug)}index.html`,
};

export function render(d: TemplateData<ContentPage>): string {
  const { annuaire: data, p } = d;
  const { lang } = p;
  const openData =
    p.slug === "open-data"
      ? html`<p>${t("openDataIntro", lang)}</p>
<ul class="downloads">
  <li><a href="/data/initiatives.json">${t("openDataJson", lang)}</a></li>
  <li><a href="/data/initiatives.csv">${t("openDataCsv", lang)}</a></li>
  <li><a href="/data/initiatives.geojson">${t("openDataGeojson", lang)}</a></li>
  <li><a href="/data/elements.json">${t("openDataGogocarto", lang)}</a></li>
</ul>
<p>${t("openDataPrivacy", lang)}</p>`
      : html``;
  const alternates = data
    .alternates((l) => urls.content(l, p.slug))
    .filter((a) => data.options.content.some((c) => c.lang === a.lang && c.slug === p.slug));
  const main = html`<article class="prose"><h1>${p.title}</h1>${openData}${trusted(renderContent(p.markdown))}</article>`;
  return basePage(data, d.assets, { lang, title: p.title, alternates }, main);
}
