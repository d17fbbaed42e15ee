// /{lang}/{slug}/ — about, charter, contribute, open data: Markdown from content/.

import { html, trusted } from "../../scripts/lib/html.ts";
import { renderContent } from "../../scripts/lib/markdown.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { ContentPageEntry } from "../../scripts/site/site-data.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.content", size: 1, alias: "p" },
  permalink: (d: TemplateData<ContentPageEntry>) => d.p.output,
};

export function render(d: TemplateData<ContentPageEntry>): string {
  const { annuaire: data, p } = d;
  const { lang } = p;
  const openData =
    p.slug === "open-data"
      ? html`<p>${t("openDataIntro", lang)}</p>
<ul class="downloads">${data.plan.dataFiles.map((f) => html`<li><a href="${f.path}">${t(f.label, lang)}</a></li>`)}</ul>
<p>${t("openDataPrivacy", lang)}</p>`
      : html``;
  const main = html`<article class="prose"><h1>${p.title}</h1>${openData}${trusted(renderContent(p.markdown))}</article>`;
  return basePage(data, d.assets, { lang, title: p.title, alternates: p.alternates }, main);
}
