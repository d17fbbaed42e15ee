// iCalendar feeds (ical-generator): every event of a scope (the whole site, a commune, a sector, one
// initiative) as VEVENTs in the site's time zone with a VTIMEZONE, a stable UID, and a repeated event
// kept as one VEVENT with its RRULE (cancelled dates as EXDATE), so calendar apps expand it themselves.
// A place is written only when it is public; otherwise the commune, never an address.
import icalGenerator, { type ICalEventData } from "ical-generator";
import { type AgendaEvent, localize, type Model } from "../model/model.ts";
import { absolute, urls } from "../site/urls.ts";
import { eventWhere } from "./event-place.ts";
import { ruleText } from "./occurrences.ts";
import { normalizeLocal, toInstant, vtimezone, wallClock } from "./time-zone.ts";

/** A wall-clock time in a zone, in the shape ical-generator accepts for zoned times (a Temporal stub). */
function zoned(local: string, timeZone: string) {
  const ms = wallClock(local);
  const d = new Date(ms);
  const fields = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: 0,
  };
  const text = `${local.slice(0, 16)}:00`;
  const plain = {
    ...fields,
    toPlainDate: () => ({ year: fields.year, month: fields.month, day: fields.day, toString: () => text }),
    toZonedDateTime: () => stub,
    toJSON: () => text,
    toString: () => text,
  };
  const instant = toInstant(local, timeZone);
  const stub = {
    ...fields,
    timeZoneId: timeZone,
    toPlainDateTime: () => plain,
    withTimeZone: () => stub,
    toInstant: () => ({
      epochMilliseconds: instant,
      toJSON: () => new Date(instant).toISOString(),
      toString: () => new Date(instant).toISOString(),
    }),
    toJSON: () => `${text}[${timeZone}]`,
    toString: () => `${text}[${timeZone}]`,
  };
  return stub;
}

/** The host part of the site address: the right-hand side of every UID. */
export const uidHost = (model: Model): string => new URL(model.site.baseUrl).hostname;
export const eventUid = (model: Model, event: AgendaEvent): string => `${event.id}@${uidHost(model)}`;

export interface CalendarOptions {
  /** Calendar name shown by calendar apps. */
  name: string;
  lang: string;
  /** The build date: DTSTAMP, so the same data gives the same bytes. */
  buildDate: string;
}

export function calendarFeed(model: Model, events: readonly AgendaEvent[], options: CalendarOptions): string {
  const timeZone = model.site.timezone;
  const { lang } = options;
  const langs = model.site.languages;
  const years = events.map((e) => Number(normalizeLocal(e.start, timeZone).slice(0, 4)));
  const last = Number(options.buildDate.slice(0, 4)) + 2;
  const first = Math.min(...years, Number(options.buildDate.slice(0, 4)));
  const zone = vtimezone(timeZone, first, Math.max(last, ...years));
  const calendar = icalGenerator({
    name: options.name,
    prodId: { company: uidHost(model), product: "annuaire", language: lang.toUpperCase() },
    timezone: { name: null, generator: (tz) => (tz === timeZone ? zone : null) },
  });
  calendar.x("X-WR-TIMEZONE", timeZone);
  const stamp = `${options.buildDate}T00:00:00Z`;
  for (const event of events) {
    const initiative = model.initiatives.find((i) => i.id === event.initiative);
    const page = absolute(model.site.baseUrl, urls.initiative(lang, event.initiative));
    const description = [
      localize(event.description, lang, langs)?.text,
      initiative ? `${localize(initiative.name, lang, langs)?.text ?? initiative.id} — ${page}` : page,
    ]
      .filter(Boolean)
      .join("\n\n");
    const start = normalizeLocal(event.start, timeZone);
    const data: ICalEventData = {
      id: eventUid(model, event),
      timezone: timeZone,
      start: zoned(start, timeZone) as never,
      stamp,
      summary: localize(event.title, lang, langs)?.text ?? event.id,
      description,
      url: page,
    };
    if (event.end) data.end = zoned(normalizeLocal(event.end, timeZone), timeZone) as never;
    const location = eventWhere(model, event, lang);
    if (location) {
      const place = event.place;
      data.location =
        place?.public && place.lat !== undefined && place.lon !== undefined
          ? { title: location, geo: { lat: place.lat, lon: place.lon } }
          : location;
    }
    if (event.repeat) {
      const time = start.slice(11).replace(":", "");
      const exdates = (event.cancelled ?? []).map((d) => `${d.replace(/-/g, "")}T${time}00`);
      data.repeating = `RRULE:${ruleText(event.repeat)}${exdates.length ? `\nEXDATE;TZID=${timeZone}:${exdates.join(",")}` : ""}`;
    }
    calendar.createEvent(data);
  }
  return calendar.toString();
}
