// Agenda pieces shared by the agenda pages and the agenda blocks of the home, commune, sector and
// initiative pages: one meeting, a block with the next few and a "subscribe" link, a list by week,
// and schema.org Event data. A place is shown only when it is public; otherwise only the commune.
import { eventWhere } from "../../scripts/agenda/event-place.ts";
import type { Occurrence } from "../../scripts/agenda/occurrences.ts";
import { withOffset } from "../../scripts/agenda/time-zone.ts";
import { formatDate, formatDateTime, formatNumber } from "../../scripts/lib/format.ts";
import { type Html, html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { AgendaEvent } from "../../scripts/model/model.ts";
import type { SiteData } from "../../scripts/site/site-data.ts";
import { absolute, urls } from "../../scripts/site/urls.ts";
import { localized } from "./text.ts";

/** Where: "Name, address, postcode commune" for a public place, else the commune's name. */
export const whereText = (data: SiteData, event: AgendaEvent, lang: string): string =>
  eventWhere(data.model, event, lang);

export function occurrenceItem(
  data: SiteData,
  o: Occurrence,
  lang: string,
  options: { initiative?: boolean } = {},
): Html {
  const initiative = data.initiativeById.get(o.initiative);
  const zone = data.model.site.timezone;
  const where = whereText(data, o, lang);
  return html`<li class="event" id="e-${o.eventId}-${o.start.replace(/[^0-9]/g, "")}">
  <p class="event__when"><time datetime="${withOffset(o.start, zone)}">${formatDateTime(o.start, lang)}</time>${o.recurring ? html` <span class="event__repeats">${t("agendaRepeats", lang)}</span>` : html``}</p>
  ${localized(data, o.title, lang, "p", "event__title")}
  <p class="event__where">${where}${initiative && options.initiative !== false ? html`${where ? " — " : ""}<a href="${urls.initiative(lang, initiative.id)}">${data.name(initiative, lang)}</a>` : html``}</p>
</li>`;
}

/** "Subscribe (iCal)" for a feed, with a one-line help. */
export function subscribeLink(feed: string, lang: string): Html {
  return html`<p class="agenda-subscribe"><a href="${feed}" type="text/calendar" download>${t("subscribe", lang)}</a> <small>${t("subscribeHelp", lang)}</small></p>`;
}

/** The next few meetings, a link to the whole list and the feed to subscribe to. */
export function agendaBlock(
  data: SiteData,
  lang: string,
  occurrences: readonly Occurrence[],
  options: { feed: string; more?: string; limit?: number; headingId?: string; initiative?: boolean },
): Html {
  const id = options.headingId ?? "agenda-h";
  const shown = occurrences.slice(0, options.limit ?? 5);
  return html`<section class="agenda-block" id="agenda" aria-labelledby="${id}">
  <h2 id="${id}">${t("upcomingEvents", lang)}</h2>
  ${shown.length ? html`<ul class="events">${shown.map((o) => occurrenceItem(data, o, lang, { initiative: options.initiative ?? true }))}</ul>` : html`<p>${t("agendaEmpty", lang)}</p>`}
  ${options.more ? html`<p><a href="${options.more}">${occurrences.length ? t("agendaMore", lang, { count: formatNumber(occurrences.length, lang) }) : t("agendaAll", lang)}</a></p>` : html``}
  ${subscribeLink(options.feed, lang)}
</section>`;
}

/** Occurrences by week, with "today" and "this week" anchors. */
export function weekList(
  data: SiteData,
  lang: string,
  weeks: { monday: string; items: Occurrence[] }[],
  today: string,
  thisMonday: string,
): Html {
  const todays = weeks.flatMap((w) => w.items).filter((o) => o.start.slice(0, 10) === today);
  const hasThisWeek = weeks.some((w) => w.monday === thisMonday);
  return html`<section class="agenda-today" id="today" aria-labelledby="today-h"><h2 id="today-h">${t("agendaToday", lang)} — ${formatDate(today, lang)}</h2>
  ${todays.length ? html`<ul class="events">${todays.map((o) => occurrenceItem(data, o, lang))}</ul>` : html`<p>${t("agendaNothingToday", lang)}</p>`}
</section>
${hasThisWeek ? html`` : html`<section class="agenda-week" id="this-week" aria-labelledby="this-week-h"><h2 id="this-week-h">${t("agendaThisWeek", lang)}</h2><p>${t("agendaNothingThisWeek", lang)}</p></section>`}
${weeks.map(
  (
    w,
  ) => html`<section class="agenda-week" id="${w.monday === thisMonday ? "this-week" : `w-${w.monday}`}" aria-labelledby="h-${w.monday}">
  <h2 id="h-${w.monday}">${w.monday === thisMonday ? html`${t("agendaThisWeek", lang)} — ` : html``}${t("agendaWeekOf", lang, { date: formatDate(w.monday, lang) })}</h2>
  <ul class="events">${w.items.map((o) => occurrenceItem(data, o, lang))}</ul>
</section>`,
)}`;
}

/** schema.org Event for one meeting (times with the zone's offset of that day). */
export function eventJsonLd(data: SiteData, o: Occurrence, lang: string): Record<string, unknown> {
  const zone = data.model.site.timezone;
  const base = data.model.site.baseUrl;
  const initiative = data.initiativeById.get(o.initiative);
  const place = o.place?.public ? o.place : undefined;
  const description = data.text(o.description, lang)?.text;
  return {
    "@type": "Event",
    "@id": absolute(base, `${urls.agenda(lang)}#e-${o.eventId}-${o.start.replace(/[^0-9]/g, "")}`),
    name: data.text(o.title, lang)?.text ?? o.id,
    startDate: withOffset(o.start, zone),
    ...(o.end ? { endDate: withOffset(o.end, zone) } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    ...(description ? { description } : {}),
    location: {
      "@type": "Place",
      name: whereText(data, o, lang),
      ...(place?.address
        ? {
            address: {
              "@type": "PostalAddress",
              streetAddress: place.address,
              ...(place.postcode ? { postalCode: place.postcode } : {}),
            },
          }
        : {}),
      ...(place?.lat !== undefined && place.lon !== undefined
        ? { geo: { "@type": "GeoCoordinates", latitude: place.lat, longitude: place.lon } }
        : {}),
    },
    ...(initiative
      ? {
          organizer: {
            "@type": "Organization",
            name: data.name(initiative, lang),
            url: absolute(base, urls.initiative(lang, initiative.id)),
          },
        }
      : {}),
  };
}
