// /{lang}/ — what this is, search, browse by commune and sector, news, events, the printed booklet.

import { agendaView } from "../../scripts/agenda/agenda-view.ts";
import { formatDate, formatNumber } from "../../scripts/lib/format.ts";
import { html } from "../../scripts/lib/html.ts";
import { colon, countInitiatives, t } from "../../scripts/lib/strings.ts";
import { type Initiative, isRegionWide } from "../../scripts/model/model.ts";
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
  const open = (list: readonly Initiative[]) => list.filter((i) => i.status !== "closed");
  const sectors = data.model.sectors
    .map((s) => ({ s, n: open(data.initiativesOf("sectors", s.id)).length }))
    .filter(({ n }) => n > 0);
  const communes = data.sortByName(data.model.communes, lang).map((c) => ({
    c,
    local: open(data.model.initiatives.filter((i) => i.communes.includes(c.id))).length,
    booklet: data.bookletUrl(lang, "communes", c.id),
  }));
  const regionWide = data.model.regions
    .map((r) => ({
      r,
      n: open(data.model.initiatives.filter((i) => isRegionWide(i) && i.regions.includes(r.id))).length,
    }))
    .filter(({ n }) => n > 0);
  const updates = data.latestUpdates(5);
  const main = html`<div class="home">
  <h1${title.lang !== lang ? html` lang="${title.lang}"` : html``}>${title.text}</h1>
  ${localized(data, site.tagline, lang, "p", "lead")}
  <section class="finder" aria-labelledby="find-h">
    <h2 id="find-h">${t("findTitle", lang)}</h2>
    <form class="finder__form" action="${urls.search(lang)}" method="get" role="search">
      <div class="field">
        <label for="q">${t("whatLabel", lang)}</label>
        <p class="hint" id="q-hint">${t("searchPlaceholder", lang, { examples: data.searchExamples(lang) })}</p>
        <input id="q" name="q" type="search" aria-describedby="q-hint">
      </div>
      <div class="field">
        <label for="where">${t("whereLabel", lang)}</label>
        <select id="where" name="commune">
          <option value="">${t("anyCommune", lang)}</option>
          ${communes.map(({ c, booklet }) => html`<option value="${data.name(c, lang)}" data-lat="${c.centre.lat}" data-lon="${c.centre.lon}"${booklet ? html` data-booklet="${booklet}"` : html``}>${data.name(c, lang)}</option>`)}
        </select>
        <div class="near-me" hidden>
          <button type="button" class="button--secondary" id="near-me">${t("nearMe", lang)}</button>
          <p class="hint">${t("nearMeNote", lang)}</p>
          <p class="near-me__status" id="near-me-status" role="status" data-found="${t("nearMeFound", lang)}" data-failed="${t("nearMeFailed", lang)}"></p>
        </div>
      </div>
      <button type="submit">${t("search", lang)}</button>
    </form>
    <p class="finder__booklet" id="finder-booklet" hidden data-text="${t("bookletFor", lang)}"><a class="button--secondary" href=""></a></p>
    <p><a href="${urls.map(lang)}">${t("mapTitle", lang)}</a></p>
  </section>
  <section aria-labelledby="by-sector"><h2 id="by-sector">${t("browseBySector", lang)}</h2>
    <ul class="grid">${sectors.map(({ s, n }) => html`<li><a class="tile" href="${urls.list(lang, "sectors", s.id)}">${pictogram(data, s, lang, true)}<span class="tile__name">${data.name(s, lang)}</span><span class="tile__count">${countInitiatives(n, lang)}</span></a></li>`)}</ul>
  </section>
  <section aria-labelledby="by-commune"><h2 id="by-commune">${t("bookletsTitle", lang)}</h2>
    ${regionWide.map(({ r, n }) => html`<p class="region-wide">${t(new Intl.PluralRules(lang).select(n) === "one" ? "regionWideNoteOne" : "regionWideNote", lang, { count: formatNumber(n, lang) })} <a href="${urls.list(lang, "regions", r.id)}">${data.name(r, lang)}</a></p>`)}
    <ul class="communes">${communes.map(({ c, local, booklet }) => html`<li><a class="communes__name" href="${urls.list(lang, "communes", c.id)}">${data.name(c, lang)}</a> <span class="count">${t("localCount", lang, { count: formatNumber(local, lang) })}</span>${booklet ? html` <a class="communes__pdf" href="${booklet}">${t("bookletShort", lang)}<span class="visually-hidden"> — ${data.name(c, lang)}</span></a>` : html``}</li>`)}</ul>
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
      scripts: [d.assets["home.js"]!],
    },
    main,
  );
}
