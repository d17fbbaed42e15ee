// Events → dated occurrences. A one-off event is one occurrence; a repeated one (`repeat`, an RFC 5545
// RRULE) is expanded with rrule on the wall clock of the site's time zone, minus its `cancelled` dates.
// Pure functions of the model: the agenda pages, the feeds and the welcome pack all start here.
import rrule from "rrule";
import type { AgendaEvent, Model } from "../model/model.ts";
import {
  fromWallClock,
  type LocalDateTime,
  normalizeLocal,
  offsetMinutes,
  offsetText,
  toInstant,
  wallClock,
} from "./time-zone.ts";

const { RRule } = rrule;

/** One dated meeting. It is its event, with `start` and `end` moved to this date (local time). */
export type Occurrence = AgendaEvent & {
  /** Stable key: the event id and the local start ("repair-cafe@2027-03-14T18:00"). */
  key: string;
  /** The event's own id (also in `id`). */
  eventId: string;
  /** The same instant in UTC, ISO 8601. */
  startUtc: string;
  /** The zone's offset at the start, "+01:00". */
  offset: string;
  recurring: boolean;
};

const DAY = 86_400_000;

/** Adds whole days to an ISO date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Adds whole months to an ISO date (clamped to the month's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** The last day an agenda shows: today plus site.yaml's agenda.monthsAhead (6 by default). */
export const agendaHorizon = (model: Model, today: string): string =>
  addMonths(today, model.site.agenda?.monthsAhead ?? 6);

/** The rule text without an "RRULE:" prefix. */
export const ruleText = (repeat: string): string => repeat.replace(/^RRULE:/, "");

function occurrence(event: AgendaEvent, start: LocalDateTime, end: LocalDateTime | undefined, timeZone: string) {
  const instant = toInstant(start, timeZone);
  const result: Occurrence = {
    ...event,
    start,
    key: `${event.id}@${start}`,
    eventId: event.id,
    startUtc: new Date(instant).toISOString(),
    offset: offsetText(offsetMinutes(instant, timeZone)),
    recurring: !!event.repeat,
  };
  if (end) result.end = end;
  else delete result.end;
  return result;
}

/**
 * The occurrences of one event that start between two dates (inclusive, local dates YYYY-MM-DD).
 * Wall-clock arithmetic: rrule works on "local time written as UTC", so DST never moves a meeting.
 */
export function expandEvent(event: AgendaEvent, from: string, to: string, timeZone: string): Occurrence[] {
  const start = normalizeLocal(event.start, timeZone);
  const end = event.end ? normalizeLocal(event.end, timeZone) : undefined;
  const length = end ? wallClock(end) - wallClock(start) : undefined;
  const within = (local: string) => local.slice(0, 10) >= from && local.slice(0, 10) <= to;
  if (!event.repeat) return within(start) ? [occurrence(event, start, end, timeZone)] : [];
  const options = RRule.parseString(ruleText(event.repeat));
  // An UNTIL written with a Z is read on the wall clock too (an end date, in practice).
  const rule = new RRule({ ...options, dtstart: new Date(wallClock(start)) });
  const cancelled = new Set(event.cancelled ?? []);
  return rule
    .between(new Date(wallClock(`${from}T00:00`)), new Date(wallClock(`${to}T23:59`)), true)
    .map((d) => fromWallClock(d.getTime()))
    .filter((local) => !cancelled.has(local.slice(0, 10)) && within(local))
    .map((local) =>
      occurrence(event, local, length !== undefined ? fromWallClock(wallClock(local) + length) : undefined, timeZone),
    );
}

const byStart = (a: Occurrence, b: Occurrence) =>
  a.startUtc < b.startUtc ? -1 : a.startUtc > b.startUtc ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/**
 * Every occurrence of every event of the model between two local dates (inclusive), in time order.
 * The welcome pack's "next 90 days" and every agenda page use this.
 */
export function occurrencesBetween(model: Model, from: string, to: string): Occurrence[] {
  const timeZone = model.site.timezone;
  return model.events.flatMap((e) => expandEvent(e, from, to, timeZone)).sort(byStart);
}

/** Past one-off events (kept in the data, shown apart), newest first. */
export function pastEvents(model: Model, today: string): Occurrence[] {
  const timeZone = model.site.timezone;
  return model.events
    .filter((e) => !e.repeat && normalizeLocal(e.end ?? e.start, timeZone).slice(0, 10) < today)
    .flatMap((e) => expandEvent(e, "0000-01-01", today, timeZone))
    .sort((a, b) => byStart(b, a));
}

/** The Monday of the week of a date (ISO weeks, as in Belgium). */
export function weekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}
