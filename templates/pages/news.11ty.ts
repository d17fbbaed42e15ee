// /{lang}/news/ — every initiative's news, newest first, with the Atom feed of the language.
import { newsItems } from "../../scripts/agenda/news.ts";
import { formatDate } from "../../scripts/lib/format.ts";
import { html } from "../../scripts/lib/html.ts";
import { colon, t } from "../../scripts/lib/strings.ts";
import type { LangPage } from "../../scripts/site/site-data.ts";
import { urls } from "../../scripts/site/urls.ts";
import { localized } from "../components/text.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.news", size: 1, alias: "p" },
  permalink: (d: TemplateData<LangPage>) => d.p.output,
};

export function render(d: TemplateData<LangPage>): string {
  const { annuaire: data, p } = d;
  const { lang } = p;
  const items = newsItems(data.model, data.buildDate);
  const main = html`<div class="news-page">
  <h1>${t("newsTitle", lang)}</h1>
  <p class="lead">${t("newsIntro", lang)}</p>
  <p><a href="${urls.feed(lang)}" type="application/atom+xml">${t("newsFeed", lang)}</a></p>
  ${
    items.length
      ? html`<ul class="news">${items.map((u) => html`<li><time datetime="${u.date}">${formatDate(u.date, lang)}</time> — <a href="${urls.initiative(lang, u.initiative.id)}#${u.anchor}">${data.name(u.initiative, lang)}</a>${colon(lang)}${localized(data, u.text, lang)}</li>`)}</ul>`
      : html`<p>${t("newsEmpty", lang)}</p>`
  }
</div>`;
  return basePage(data, d.assets, { lang, title: t("newsTitle", lang), alternates: p.alternates }, main);
}
