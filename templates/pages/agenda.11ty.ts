// /{lang}/agenda/ — every meeting of the coming months by week, with "today" and "this week" anchors,
// filters by commune and sector that are plain links to static pages (no JavaScript needed), past
// meetings, a calendar feed to subscribe to, and schema.org Event data for each meeting.
import { type AgendaScope, agendaView, byWeek } from "../../scripts/agenda/agenda-view.ts";
import { weekStart } from "../../scripts/agenda/occurrences.ts";
import { formatDate, formatNumber } from "../../scripts/lib/format.ts";
import { type Html, html, jsonForScript } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { LangPage, SiteData } from "../../scripts/site/site-data.ts";
import { urls } from "../../scripts/site/urls.ts";
import { eventJsonLd, occurrenceItem, subscribeLink, weekList } from "../components/agenda.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.agenda", size: 1, alias: "p" },
  permalink: (d: TemplateData<LangPage>) => d.p.output,
};

/** Links to the filter pages of the communes and sectors that have meetings, with counts. */
function filters(data: SiteData, lang: string): Html {
  const view = agendaView(data.model, data.buildDate);
  const counted = (kind: "communes" | "sectors", items: { id: string; name: Record<string, string> }[]) =>
    data
      .sortByName(items, lang)
      .map((x) => ({ x, n: view.upcomingIn({ kind, id: x.id }).length }))
      .filter(({ n }) => n > 0);
  const communes = counted("communes", data.model.communes);
  const sectors = counted("sectors", data.model.sectors);
  const list = (kind: "communes" | "sectors", items: typeof communes) =>
    html`<ul class="agenda-filters__list">${items.map(({ x, n }) => html`<li><a href="${urls.agendaList(lang, kind, x.id)}">${data.name(x, lang)}</a> <span class="count">(${formatNumber(n, lang)})</span></li>`)}</ul>`;
  if (!communes.length && !sectors.length) return html``;
  return html`<nav class="agenda-filters" aria-label="${t("agenda", lang)}">
  ${communes.length ? html`<h2 class="agenda-filters__title">${t("agendaByCommune", lang)}</h2>${list("communes", communes)}` : html``}
  ${sectors.length ? html`<h2 class="agenda-filters__title">${t("agendaBySector", lang)}</h2>${list("sectors", sectors)}` : html``}
</nav>`;
}

/** The body shared by the whole agenda and its per-commune and per-sector pages. */
export function agendaMain(data: SiteData, lang: string, title: string, scope: AgendaScope, intro: Html): Html {
  const view = agendaView(data.model, data.buildDate);
  const upcoming = view.upcomingIn(scope);
  const past = view.past.filter((o) => !scope || view.events(scope).some((e) => e.id === o.eventId)).slice(0, 20);
  const today = data.buildDate;
  return html`<div class="agenda">
  <h1>${title}</h1>
  ${intro}
  <p class="agenda-jump"><a href="#today">${t("agendaToday", lang)}</a> · <a href="#this-week">${t("agendaThisWeek", lang)}</a>${past.length ? html` · <a href="#past">${t("agendaPast", lang)}</a>` : html``}</p>
  ${subscribeLink(urls.calendar(scope), lang)}
  ${scope ? html`` : filters(data, lang)}
  ${upcoming.length ? html`` : html`<p>${t("agendaEmpty", lang)}</p>`}
  ${weekList(data, lang, byWeek(upcoming), today, weekStart(today))}
  ${view.importedAsOf ? html`<p class="agenda-note">${t("agendaFromCalendar", lang, { date: formatDate(view.importedAsOf.slice(0, 10), lang) })}</p>` : html``}
  ${past.length ? html`<section class="agenda-past" id="past" aria-labelledby="past-h"><h2 id="past-h">${t("agendaPast", lang)}</h2><ul class="events">${past.map((o) => occurrenceItem(data, o, lang))}</ul></section>` : html``}
</div>`;
}

export function agendaJsonLd(data: SiteData, lang: string, scope: AgendaScope): Html {
  const events = agendaView(data.model, data.buildDate)
    .upcomingIn(scope)
    .slice(0, 200)
    .map((o) => eventJsonLd(data, o, lang));
  return events.length
    ? html`<script type="application/ld+json">${jsonForScript({ "@context": "https://schema.org", "@graph": events })}</script>`
    : html``;
}

export function render(d: TemplateData<LangPage>): string {
  const { annuaire: data, p } = d;
  const { lang } = p;
  const months = data.model.site.agenda?.monthsAhead ?? 6;
  const main = agendaMain(
    data,
    lang,
    t("agendaTitle", lang),
    undefined,
    html`<p class="lead">${t("agendaIntro", lang, { months: formatNumber(months, lang) })}</p>`,
  );
  return basePage(
    data,
    d.assets,
    { lang, title: t("agendaTitle", lang), alternates: p.alternates, head: agendaJsonLd(data, lang, undefined) },
    main,
  );
}
