// /{lang}/embed/{communes|sectors}/{id}/ — a light list meant for partners' <iframe>s.
import { formatNumber } from "../../scripts/lib/format.ts";
import { html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { ListPage } from "../../scripts/site/site-data.ts";
import { absolute, urls } from "../../scripts/site/urls.ts";
import { card } from "../components/card.ts";
import { barePage } from "../layouts/bare.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.embeds", size: 1, alias: "p" },
  permalink: (d: TemplateData<ListPage>) => d.p.output,
};

export function render(d: TemplateData<ListPage>): string {
  const { annuaire: data, p } = d;
  const { lang, kind, id } = p;
  const base = data.model.site.baseUrl;
  const entity = kind === "communes" ? data.communeById.get(id)! : data.sectorById.get(id)!;
  const entries = data.sortByName(
    data.initiativesOf(kind, id).filter((i) => i.status !== "closed"),
    lang,
  );
  const siteTitle = data.text(data.model.site.title, lang)!.text;
  return barePage(
    {
      lang,
      title: `${data.name(entity, lang)} — ${siteTitle}`,
      assets: d.assets,
      bodyClass: "embed",
      head: html`<link rel="canonical" href="${absolute(base, urls.list(lang, kind, id))}">`,
    },
    html`<h1>${data.name(entity, lang)} <span class="count">(${formatNumber(entries.length, lang)})</span></h1>
<ul class="cards">${entries.map((i) => html`<li>${card(data, i, lang, { headingLevel: 2, target: "_top", absoluteBase: base.replace(/\/+$/, "") })}</li>`)}</ul>
<p><a href="${absolute(base, urls.list(lang, kind, id))}" target="_top">${t("embedMore", lang, { site: siteTitle })}</a></p>`,
  );
}
