// Events from an initiative's own calendar (`ical:` in its file), read at build time and parsed with
// ical.js into the same AgendaEvent shape as events/*.yaml. Remote calendars are read in parallel
// (a few at a time), each with a deadline; a dead, slow or broken one costs at most its deadline and
// falls back to the last copy in .cache/. Nothing here can fail the build.
import { createHash } from "node:crypto";
import ICAL from "ical.js";
import type { AgendaEvent, Initiative, Model } from "../model/model.ts";
import { entryLanguage } from "./entry-language.ts";
import { type FetchCacheOptions, type FetchCacheResult, fetchWithCache } from "./fetch-cache.ts";
import { addMonths } from "./occurrences.ts";
import { isTimeZone, type LocalDateTime, toInstant, toLocal } from "./time-zone.ts";

export interface CalendarReport {
  initiative: string;
  url: string;
  state: FetchCacheResult["state"];
  events: number;
  fetchedAt?: string;
  error?: string;
}

/** An event read from a remote calendar remembers when that calendar was read (for "as of" notes). */
export type ImportedEvent = AgendaEvent & { fetchedAt?: string };

export interface ImportResult {
  events: AgendaEvent[];
  reports: CalendarReport[];
}

const clean = (text: string, max: number) =>
  text
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);

/** A DTSTART/DTEND/EXDATE value as local time in the site's zone. */
function localOf(time: ICAL.Time, tzid: string | undefined, siteZone: string): LocalDateTime {
  const written = time.toString().slice(0, 16);
  if (time.isDate) return `${written.slice(0, 10)}T00:00`;
  if (time.zone === ICAL.Timezone.utcTimezone) return toLocal(time.toJSDate().getTime(), siteZone);
  if (tzid && isTimeZone(tzid)) return toLocal(toInstant(written, tzid), siteZone);
  if (tzid && time.zone && time.zone !== ICAL.Timezone.localTimezone)
    return toLocal(time.toJSDate().getTime(), siteZone);
  // Floating time: it is already local.
  return written;
}

function timeProp(vevent: ICAL.Component, name: string, siteZone: string): LocalDateTime | undefined {
  const prop = vevent.getFirstProperty(name);
  const value = prop?.getFirstValue();
  if (!(value instanceof ICAL.Time)) return undefined;
  const tzid = prop!.getParameter("tzid");
  return localOf(value, typeof tzid === "string" ? tzid : undefined, siteZone);
}

/** Parses one iCalendar text into events of `initiative`. Throws on text that is not iCalendar. */
export function parseCalendar(text: string, initiative: Initiative, model: Model, today: string): AgendaEvent[] {
  const siteZone = model.site.timezone;
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  const lang = entryLanguage(initiative, model.site);
  const oldest = addMonths(today, -12);
  const privatePlace = initiative.place !== undefined && !initiative.place.public;
  const events = new Map<string, AgendaEvent>();
  const moved: { uid: string; date: string }[] = [];
  for (const vevent of root.getAllSubcomponents("vevent")) {
    const uid = String(vevent.getFirstPropertyValue("uid") ?? "");
    const start = timeProp(vevent, "dtstart", siteZone);
    if (!uid || !start) continue;
    if (String(vevent.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED") continue;
    const recurrenceId = timeProp(vevent, "recurrence-id", siteZone);
    const rrule = vevent.getFirstPropertyValue("rrule");
    const repeat = rrule instanceof ICAL.Recur ? rrule.toString() : undefined;
    if (!repeat && start.slice(0, 10) < oldest) continue;
    const summary = clean(String(vevent.getFirstPropertyValue("summary") ?? ""), 160) || initiative.id;
    const description = clean(String(vevent.getFirstPropertyValue("description") ?? ""), 2000);
    const location = clean(String(vevent.getFirstPropertyValue("location") ?? ""), 120);
    const end = timeProp(vevent, "dtend", siteZone);
    const cancelled = vevent.getAllProperties("exdate").flatMap((p) => {
      const tzid = p.getParameter("tzid");
      return p
        .getValues()
        .filter((v): v is ICAL.Time => v instanceof ICAL.Time)
        .map((v) => localOf(v, typeof tzid === "string" ? tzid : undefined, siteZone).slice(0, 10));
    });
    const hash = createHash("sha256")
      .update(recurrenceId ? `${uid}@${recurrenceId}` : uid)
      .digest("hex")
      .slice(0, 12);
    const event: AgendaEvent = {
      id: `${initiative.id}-ical-${hash}`,
      source: `ical:${initiative.ical}`,
      initiative: initiative.id,
      title: { [lang]: summary },
      start,
      ...(end && end > start ? { end } : {}),
      ...(description ? { description: { [lang]: description } } : {}),
      ...(initiative.communes[0] ? { commune: initiative.communes[0] } : {}),
      // A group meeting at home never gets a place from its calendar: only its commune is shown.
      ...(location && !privatePlace ? { place: { public: true, name: location } } : {}),
      ...(repeat ? { repeat } : {}),
      ...(cancelled.length ? { cancelled: [...new Set(cancelled)].sort() } : {}),
    };
    if (recurrenceId) moved.push({ uid, date: recurrenceId.slice(0, 10) });
    events.set(event.id, event);
  }
  // A moved occurrence (RECURRENCE-ID) replaces the series' meeting of that date.
  for (const { uid, date } of moved) {
    const master = events.get(`${initiative.id}-ical-${createHash("sha256").update(uid).digest("hex").slice(0, 12)}`);
    if (master?.repeat) master.cancelled = [...new Set([...(master.cancelled ?? []), date])].sort();
  }
  return [...events.values()];
}

/** Reads every initiative's calendar; the events found and one report per calendar. */
export async function importCalendars(
  model: Model,
  today: string,
  options: FetchCacheOptions & { concurrency?: number } = {},
): Promise<ImportResult> {
  const sources = model.initiatives.filter((i) => i.ical && i.status !== "closed");
  const reports: CalendarReport[] = [];
  const events: AgendaEvent[] = [];
  const queue = [...sources];
  const worker = async () => {
    for (let initiative = queue.shift(); initiative; initiative = queue.shift()) {
      const url = initiative.ical!;
      const got = await fetchWithCache(url, options);
      const report: CalendarReport = {
        initiative: initiative.id,
        url,
        state: got.state,
        events: 0,
        ...(got.fetchedAt ? { fetchedAt: got.fetchedAt } : {}),
        ...(got.error ? { error: got.error } : {}),
      };
      if (got.text !== undefined) {
        try {
          const found = parseCalendar(got.text, initiative, model, today);
          report.events = found.length;
          events.push(...found.map((e): ImportedEvent => (got.fetchedAt ? { ...e, fetchedAt: got.fetchedAt } : e)));
        } catch (error) {
          report.state = "failed";
          report.error = `not an iCalendar file (${(error as Error).message.split("\n")[0]})`;
        }
      }
      reports.push(report);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, sources.length) }, worker));
  reports.sort((a, b) => (a.initiative < b.initiative ? -1 : 1));
  events.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { events, reports };
}

/** One line per calendar that is not fresh, in plain words, for the build log. */
export function describeReports(reports: readonly CalendarReport[]): string[] {
  return reports.flatMap((r) => {
    const asOf = r.fetchedAt ? r.fetchedAt.slice(0, 16).replace("T", " ") : "";
    switch (r.state) {
      case "fresh":
      case "cached":
        return [];
      case "offline":
        return [`Calendar of ${r.initiative}: offline build, using the copy read on ${asOf} UTC (${r.events} events).`];
      case "stale":
        return [
          `Calendar of ${r.initiative} (${r.url}): ${r.error}; using the copy read on ${asOf} UTC (${r.events} events).`,
        ];
      default:
        return [`Calendar of ${r.initiative} (${r.url}): ${r.error}; no events from it in this build.`];
    }
  });
}

/** The build's one call: adds the events of every remote calendar to the model and says what went wrong. */
export async function addCalendarEvents(
  model: Model,
  today: string,
  note: (line: string) => void,
  options: FetchCacheOptions = {},
): Promise<CalendarReport[]> {
  const { events, reports } = await importCalendars(model, today, options);
  for (const line of describeReports(reports)) note(line);
  model.events = [...model.events, ...events].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1,
  );
  return reports;
}
