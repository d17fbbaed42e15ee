// /{lang}/ — what this is, search, browse by commune and sector, news, events, the printed booklet.

import { agendaView } from "../../scripts/agenda/agenda-view.ts";
import { formatDate, formatNumber } from "../../scripts/lib/format.ts";
import { html } from "../../scripts/lib/html.ts";
import { colon, countInitiatives, t } from "../../scripts/lib/strings.ts";
import type { LangPage } from "../../scripts/site/site-data.ts";
import { urls } from "../../scripts/site/urls.ts";
import { agendaBlock } from "../components/agenda.ts";
import { pictogram } from "../components/pictogram.ts";
import { localized } from "../components/text.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.home", size: 1, alias: "p" },
  permalink: (d: TemplateData<LangPage>) => d.p.output,
};

export function render(d: TemplateData<LangPage>): string {
  const {
    annuaire: data,
    p: { lang },
  } = d;
  const site = data.model.site;
  const title = data.text(site.title, lang)!;
  // Closed initiatives stay findable but are not counted.
  const count = (kind: "communes" | "sectors" | "regions", id: string) =>
    data.initiativesOf(kind, id).filter((i) => i.status !== "closed").length;
  const updates = data.latestUpdates(5);
  const main = html`<div class="home">
  <h1${title.lang !== lang ? html` lang="${title.lang}"` : html``}>${title.text}</h1>
  ${localized(data, site.tagline, lang, "p", "lead")}
  <form class="search-form" action="${urls.search(lang)}" method="get" role="search">
    <label for="q">${t("searchLabel", lang)}</label>
    <div class="search-form__row"><input id="q" name="q" type="search" placeholder="${t("searchPlaceholder", lang, { examples: data.searchExamples(lang) })}"><button type="submit">${t("search", lang)}</button></div>
  </form>
  <p><a class="button" href="${urls.map(lang)}">${t("mapTitle", lang)}</a></p>
  <section aria-labelledby="by-sector"><h2 id="by-sector">${t("browseBySector", lang)}</h2>
    <ul class="grid">${data.model.sectors.map((s) => html`<li><a class="tile" href="${urls.list(lang, "sectors", s.id)}">${pictogram(data, s, lang, true)}<span class="tile__name">${data.name(s, lang)}</span><span class="tile__count">${countInitiatives(count("sectors", s.id), lang)}</span></a></li>`)}</ul>
  </section>
  <section aria-labelledby="by-commune"><h2 id="by-commune">${t("browseByCommune", lang)}</h2>
    <ul class="columns">${data.sortByName(data.model.communes, lang).map((c) => html`<li><a href="${urls.list(lang, "communes", c.id)}">${data.name(c, lang)}</a> <span class="count">(${formatNumber(count("communes", c.id), lang)})</span></li>`)}</ul>
    ${data.model.regions.length ? html`<p>${t("browseByRegion", lang)}${colon(lang)}${data.model.regions.map((r, n) => html`${n ? ", " : ""}<a href="${urls.list(lang, "regions", r.id)}">${data.name(r, lang)}</a>`)}</p>` : html``}
  </section>
  ${agendaBlock(data, lang, agendaView(data.model, data.buildDate).upcoming, { feed: urls.calendar(), more: urls.agenda(lang), headingId: "events-h" })}
  ${updates.length ? html`<section aria-labelledby="news-h"><h2 id="news-h">${t("latestUpdates", lang)}</h2><ul class="news">${updates.map((u) => html`<li><time datetime="${u.date}">${formatDate(u.date, lang)}</time> — <a href="${urls.initiative(lang, u.initiative.id)}">${data.name(u.initiative, lang)}</a>${colon(lang)}${localized(data, u.text, lang)}</li>`)}</ul><p><a href="${urls.news(lang)}">${t("allNews", lang)}</a></p></section>` : html``}
  <section aria-labelledby="print-h" class="print-promo"><h2 id="print-h">${t("printedBooklet", lang)}</h2>
    <p>${t("printedBookletText", lang)}</p>
    ${site.help?.place ? localized(data, site.help.place, lang, "p") : html``}
  </section>
</div>`;
  return basePage(
    data,
    d.assets,
    {
      lang,
      title: title.text,
      description: data.text(site.tagline, lang)?.text ?? "",
      alternates: d.p.alternates,
    },
    main,
  );
}
