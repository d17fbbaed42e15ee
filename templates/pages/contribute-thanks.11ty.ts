// /{lang}/contribute/thanks/ — where the form lands without JavaScript (Netlify Forms shows it after a post).

import { html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { LangPage } from "../../scripts/site/site-data.ts";
import { urls } from "../../scripts/site/urls.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.contributeThanks", size: 1, alias: "p" },
  permalink: (d: TemplateData<LangPage>) => d.p.output,
};

export function render(d: TemplateData<LangPage>): string {
  const { lang } = d.p;
  const main = html`<article class="prose"><h1>${t("thanksTitle", lang)}</h1><p>${t("thanksText", lang)}</p>
<p><a href="${urls.contribute(lang)}">${t("backToContribute", lang)}</a></p></article>`;
  return basePage(d.annuaire, d.assets, { lang, title: t("thanksTitle", lang), alternates: d.p.alternates }, main);
}
