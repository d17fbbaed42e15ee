// /{lang}/communes/{id}/, /{lang}/regions/{id}/, /{lang}/sectors/{id}/ — grouped lists with counts,
// jump links per group (a filter that works without JavaScript), the booklet and an embed snippet.
import { agendaView } from "../../scripts/agenda/agenda-view.ts";
import { formatNumber } from "../../scripts/lib/format.ts";
import { type Html, html } from "../../scripts/lib/html.ts";
import { countInitiatives, t } from "../../scripts/lib/strings.ts";
import { type Initiative, isRegionWide } from "../../scripts/model/model.ts";
import type { ListPage, SiteData } from "../../scripts/site/site-data.ts";
import { absolute, urls } from "../../scripts/site/urls.ts";
import { agendaBlock } from "../components/agenda.ts";
import { cardList } from "../components/card.ts";
import { pictogram } from "../components/pictogram.ts";
import { localized } from "../components/text.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.lists", size: 1, alias: "p" },
  permalink: (d: TemplateData<ListPage>) => d.p.output,
};

export interface Group {
  id: string;
  title: string;
  icon?: Html;
  entries: Initiative[];
}

/** Groups: by sector on commune and region pages, by commune on sector pages. */
export function groupsFor(data: SiteData, kind: ListPage["kind"], id: string, lang: string): Group[] {
  const entries = data.initiativesOf(kind, id);
  if (kind === "sectors") {
    const groups: Group[] = data
      .sortByName(data.model.communes, lang)
      .map((c) => ({ id: c.id, title: data.name(c, lang), entries: entries.filter((e) => e.communes.includes(c.id)) }));
    groups.push({ id: "region", title: t("regionWide", lang), entries: entries.filter(isRegionWide) });
    return groups.filter((g) => g.entries.length);
  }
  const groups: Group[] = data.model.sectors.map((s) => ({
    id: s.id,
    title: data.name(s, lang),
    icon: pictogram(data, s, lang, true),
    entries: entries.filter((e) => e.sectors.includes(s.id) && (kind === "regions" || e.communes.includes(id))),
  }));
  if (kind === "communes")
    groups.push({ id: "region", title: t("regionWide", lang), entries: entries.filter(isRegionWide) });
  return groups.filter((g) => g.entries.length);
}

export function render(d: TemplateData<ListPage>): string {
  const { annuaire: data, p } = d;
  const { lang, kind, id } = p;
  const entity =
    kind === "communes"
      ? data.communeById.get(id)!
      : kind === "regions"
        ? data.regionById.get(id)!
        : data.sectorById.get(id)!;
  const title = data.name(entity, lang);
  const groups = groupsFor(data, kind, id, lang);
  // Closed initiatives are listed last with a mark, but not counted.
  const open = (i: Initiative) => i.status !== "closed";
  const total = data.initiativesOf(kind, id).filter(open).length;
  const booklet = data.bookletUrl(lang, kind, id);
  const info = booklet ? data.booklets.get(booklet) : undefined;
  const welcome = kind === "communes" && data.booklets.has(urls.welcome(lang, id)) ? urls.welcome(lang, id) : undefined;
  const embedUrl = kind === "regions" ? undefined : absolute(data.model.site.baseUrl, urls.embed(lang, kind, id));
  const main = html`<div class="list-page">
  <h1>${kind === "sectors" ? pictogram(data, data.sectorById.get(id)!, lang, true) : html``}${title}</h1>
  ${kind === "sectors" ? localized(data, data.sectorById.get(id)!.description, lang, "p", "lead") : html``}
  <p class="count">${countInitiatives(total, lang)}</p>
  ${
    booklet || welcome
      ? html`<ul class="downloads">
    ${booklet ? html`<li><a class="button" href="${booklet}">${info?.pages ? t("downloadBooklet", lang, { pages: formatNumber(info.pages, lang) }) : t("downloadBookletPlain", lang)}</a></li>` : html``}
    ${welcome ? html`<li><a href="${welcome}">${t("downloadWelcome", lang)}</a></li>` : html``}
  </ul>`
      : html``
  }
  ${
    groups.length > 1
      ? html`<nav class="jump" aria-labelledby="jump-h"><h2 id="jump-h" class="jump__title">${kind === "sectors" ? t("jumpToCommune", lang) : t("jumpToSector", lang)}</h2>
    <ul>${groups.map((g) => html`<li><a href="#g-${g.id}">${g.icon ?? html``}<span>${g.title}</span> <span class="count">${formatNumber(g.entries.filter(open).length, lang)}</span></a></li>`)}</ul></nav>`
      : html``
  }
  ${groups.map((g) => html`<section class="group" id="g-${g.id}" aria-labelledby="g-${g.id}-h"><h2 id="g-${g.id}-h">${g.icon ?? html``}${g.title} <span class="count">(${formatNumber(g.entries.filter(open).length, lang)})</span></h2>${cardList(data, g.entries, lang)}</section>`)}
  ${kind === "regions" ? html`` : agendaBlock(data, lang, agendaView(data.model, data.buildDate).upcomingIn({ kind, id }), { feed: urls.calendar({ kind, id }), more: urls.agendaList(lang, kind, id) })}
  ${
    embedUrl
      ? html`<details class="embed-snippet"><summary>${t("embedTitle", lang)}</summary><p>${t("embedHelp", lang)}</p>
    <label for="snippet">${t("embedTitle", lang)}</label>
    <textarea id="snippet" readonly rows="3">&lt;iframe src="${embedUrl}" title="${title}" width="100%" height="600" loading="lazy" style="border:0"&gt;&lt;/iframe&gt;</textarea></details>`
      : html``
  }
</div>`;
  return basePage(data, d.assets, { lang, title, alternates: p.alternates }, main);
}
