// Wall-clock times in the site's time zone, with nothing but Intl. An event is written in local time
// ("2027-03-14T18:00"); recurring rules are expanded on the wall clock, so a meeting "every Tuesday at
// 19:00" stays at 19:00 when the clocks change. Instants (UTC) are derived only where a format needs one.

/** A local date-time "YYYY-MM-DDTHH:mm", no zone. */
export type LocalDateTime = string;

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows this IANA zone name. */
export function isTimeZone(name: string): boolean {
  try {
    partsFormatter(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of an instant in a zone, as milliseconds of a fake UTC date. */
function wallMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/** Offset of the zone from UTC at an instant, in minutes (Central Europe: 60 in winter, 120 in summer). */
export const offsetMinutes = (instant: number, timeZone: string): number =>
  Math.round((wallMs(instant, timeZone) - Math.floor(instant / 1000) * 1000) / 60_000);

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Milliseconds of a local date-time read as if it were UTC (the "wall clock" number). */
export function wallClock(local: LocalDateTime): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(local);
  if (!m) throw new Error(`Not a local date-time: ${local}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
}

/** The local date-time string of a wall-clock number. */
export function fromWallClock(ms: number): LocalDateTime {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/**
 * The instant (ms since 1970) at which the wall clock of `timeZone` shows `local`. A time that does not
 * exist (inside the spring-forward gap) moves forward by the gap, as calendars do.
 */
export function toInstant(local: LocalDateTime, timeZone: string): number {
  const wall = wallClock(local);
  let guess = wall - offsetMinutes(wall, timeZone) * 60_000;
  const second = wall - offsetMinutes(guess, timeZone) * 60_000;
  if (second !== guess) guess = Math.max(guess, second);
  return guess;
}

/** The local date-time in `timeZone` of an instant. */
export const toLocal = (instant: number, timeZone: string): LocalDateTime => fromWallClock(wallMs(instant, timeZone));

/** "+01:00" for 60 minutes. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** A local date-time with its offset, for JSON-LD and Atom: "2027-03-30T19:00:00+02:00". */
export function withOffset(local: LocalDateTime, timeZone: string): string {
  const instant = toInstant(local, timeZone);
  return `${local.slice(0, 16)}:00${offsetText(offsetMinutes(instant, timeZone))}`;
}

/**
 * A written date-time as local time in `timeZone`: "2027-03-14T18:00" stays as it is; one with "Z" or
 * an offset is converted.
 */
export function normalizeLocal(written: string, timeZone: string): LocalDateTime {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?$/.exec(written);
  if (!m) return `${written.slice(0, 10)}T00:00`;
  if (!m[3]) return `${m[1]}T${m[2]}`;
  return toLocal(Date.parse(`${m[1]}T${m[2]}:00${m[3]}`), timeZone);
}

/**
 * A VTIMEZONE component for `timeZone` covering the given years, built from the zone's actual
 * transitions (found with Intl), one STANDARD or DAYLIGHT block per change. Valid for any zone
 * Intl knows, without a bundled tz database.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  // Scanning years hour by hour is slow and every feed (one per initiative) asks the same: once per range.
  const key = `${timeZone}|${fromYear}|${toYear}`;
  let block = vtimezones.get(key);
  if (block === undefined) vtimezones.set(key, (block = computeVtimezone(timeZone, fromYear, toYear)));
  return block;
}
const vtimezones = new Map<string, string>();

function computeVtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  // Offsets change at most once a day (twice a year in practice): step by day, then narrow down.
  const day = 86_400_000;
  let before = offsetMinutes(start, timeZone);
  const blocks: string[][] = [];
  // The offset in force on 1 January of the first year, as a block of its own.
  const initial = (() => {
    // Whether that offset is summer time: compare with the other half of the year.
    const july = offsetMinutes(Date.UTC(fromYear, 6, 1), timeZone);
    return before > july ? "DAYLIGHT" : "STANDARD";
  })();
  blocks.push(tzBlock(initial, fromWallClock(start + before * 60_000), before, before));
  for (let t = start + day; t < end + day; t += day) {
    const now = offsetMinutes(Math.min(t, end - 1), timeZone);
    if (now === before) continue;
    // Narrow the change down to the minute.
    let lo = t - day;
    let hi = Math.min(t, end - 1);
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(mid, timeZone) === before) lo = mid;
      else hi = mid;
    }
    // DTSTART of a block is the local time of the change in the offset it comes FROM.
    blocks.push(tzBlock(now > before ? "DAYLIGHT" : "STANDARD", fromWallClock(hi + before * 60_000), before, now));
    before = now;
  }
  // The last change of each kind repeats yearly when the year before followed the same rule (e.g. the
  // last Sunday of March): then it gets an RRULE, so calendars stay right after the last listed year.
  for (const kind of ["DAYLIGHT", "STANDARD"]) {
    const same = blocks.filter((b) => b[0] === `BEGIN:${kind}`);
    const last = same.at(-1);
    const before = same.at(-2);
    if (!last || !before || same.length < 3) continue;
    const rule = yearlyRule(last[1]!.slice(8));
    if (rule && rule === yearlyRule(before[1]!.slice(8)) && last[2] === before[2] && last[3] === before[3])
      last.splice(last.length - 1, 0, `RRULE:${rule}`);
  }
  for (const block of blocks) lines.push(...block);
  lines.push("END:VTIMEZONE");
  return `${lines.join("\r\n")}\r\n`;
}

const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/** "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" for a compact local date-time "20270328T020000". */
function yearlyRule(compact: string): string | undefined {
  const y = Number(compact.slice(0, 4));
  const m = Number(compact.slice(4, 6));
  const d = Number(compact.slice(6, 8));
  if (!y || !m || !d) return undefined;
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  const monthLength = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const nth = d + 7 > monthLength ? -1 : Math.ceil(d / 7);
  return `FREQ=YEARLY;BYMONTH=${m};BYDAY=${nth}${weekday}`;
}

function tzBlock(kind: string, localStart: LocalDateTime, from: number, to: number): string[] {
  const compact = (m: number) => offsetText(m).replace(":", "");
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStart.replace(/[-:]/g, "")}00`,
    `TZOFFSETFROM:${compact(from)}`,
    `TZOFFSETTO:${compact(to)}`,
    `END:${kind}`,
  ];
}
