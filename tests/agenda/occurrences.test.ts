import { describe, expect, it } from "vitest";
import { addMonths, expandEvent, weekStart } from "../../scripts/agenda/occurrences.ts";
import { normalizeLocal, toInstant, toLocal, vtimezone, withOffset } from "../../scripts/agenda/time-zone.ts";
import type { AgendaEvent } from "../../scripts/model/model.ts";

const TZ = "Europe/Brussels";
const weekly = (extra: Partial<AgendaEvent> = {}): AgendaEvent => ({
  id: "test-weekly",
  source: "events/test-weekly.yaml",
  title: { en: "Fictional weekly meeting" },
  initiative: "test-initiative",
  commune: "test-commune",
  start: "2027-03-16T19:00",
  end: "2027-03-16T21:00",
  repeat: "FREQ=WEEKLY;BYDAY=TU",
  ...extra,
});

describe("time zone arithmetic", () => {
  it("maps Brussels wall-clock times to UTC on both sides of the March and October changes", () => {
    expect(new Date(toInstant("2027-03-23T19:00", TZ)).toISOString()).toBe("2027-03-23T18:00:00.000Z");
    expect(new Date(toInstant("2027-03-30T19:00", TZ)).toISOString()).toBe("2027-03-30T17:00:00.000Z");
    expect(new Date(toInstant("2027-10-26T19:00", TZ)).toISOString()).toBe("2027-10-26T17:00:00.000Z");
    expect(new Date(toInstant("2027-11-02T19:00", TZ)).toISOString()).toBe("2027-11-02T18:00:00.000Z");
  });
  it("moves a time inside the spring gap forward by the gap", () => {
    expect(toLocal(toInstant("2027-03-28T02:30", TZ), TZ)).toBe("2027-03-28T03:30");
  });
  it("writes offsets for JSON-LD and converts written offsets to local time", () => {
    expect(withOffset("2027-03-23T19:00", TZ)).toBe("2027-03-23T19:00:00+01:00");
    expect(withOffset("2027-03-30T19:00", TZ)).toBe("2027-03-30T19:00:00+02:00");
    expect(normalizeLocal("2027-03-30T17:00Z", TZ)).toBe("2027-03-30T19:00");
    expect(normalizeLocal("2027-03-30T19:00", TZ)).toBe("2027-03-30T19:00");
  });
  it("builds a VTIMEZONE with the real transitions of each year", () => {
    const tz = vtimezone(TZ, 2027, 2027);
    expect(tz).toContain("BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200");
    expect(tz).toContain("BEGIN:STANDARD\r\nDTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100");
  });
});

describe("expandEvent", () => {
  it("keeps a weekly 19:00 meeting at 19:00 local across the last Sundays of March and October", () => {
    const march = expandEvent(weekly(), "2027-03-20", "2027-04-03", TZ);
    expect(march.map((o) => [o.start, o.end, o.offset, o.startUtc])).toEqual([
      ["2027-03-23T19:00", "2027-03-23T21:00", "+01:00", "2027-03-23T18:00:00.000Z"],
      ["2027-03-30T19:00", "2027-03-30T21:00", "+02:00", "2027-03-30T17:00:00.000Z"],
    ]);
    const october = expandEvent(weekly(), "2027-10-24", "2027-11-03", TZ);
    expect(october.map((o) => [o.start, o.offset])).toEqual([
      ["2027-10-26T19:00", "+02:00"],
      ["2027-11-02T19:00", "+01:00"],
    ]);
  });
  it("removes a cancelled date and nothing else", () => {
    const all = expandEvent(weekly(), "2027-04-01", "2027-04-30", TZ).map((o) => o.start.slice(0, 10));
    const less = expandEvent(weekly({ cancelled: ["2027-04-13"] }), "2027-04-01", "2027-04-30", TZ).map((o) =>
      o.start.slice(0, 10),
    );
    expect(all).toEqual(["2027-04-06", "2027-04-13", "2027-04-20", "2027-04-27"]);
    expect(less).toEqual(["2027-04-06", "2027-04-20", "2027-04-27"]);
  });
  it("expands a monthly 'second Tuesday' rule, which used to never appear", () => {
    const monthly = expandEvent(
      weekly({ repeat: "RRULE:FREQ=MONTHLY;BYDAY=2TU", start: "2027-01-12T18:30", end: undefined as never }),
      "2027-01-01",
      "2027-06-30",
      TZ,
    );
    expect(monthly.map((o) => o.start)).toEqual([
      "2027-01-12T18:30",
      "2027-02-09T18:30",
      "2027-03-09T18:30",
      "2027-04-13T18:30",
      "2027-05-11T18:30",
      "2027-06-08T18:30",
    ]);
    expect(monthly[0]!.key).toBe("test-weekly@2027-01-12T18:30");
  });
  it("gives a one-off event once, inside its window only", () => {
    const once = weekly({ repeat: undefined as never });
    delete once.repeat;
    expect(expandEvent(once, "2027-03-01", "2027-03-31", TZ)).toHaveLength(1);
    expect(expandEvent(once, "2027-04-01", "2027-04-30", TZ)).toHaveLength(0);
  });
});

describe("calendar helpers", () => {
  it("adds months with the end of month clamped, and finds Mondays", () => {
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(weekStart("2027-03-28")).toBe("2027-03-22");
    expect(weekStart("2027-03-22")).toBe("2027-03-22");
  });
});

describe("vtimezone rules", () => {
  it("gives the last changes a yearly rule, so times stay right after the last listed year (read back by ical.js)", async () => {
    const ICAL = (await import("ical.js")).default;
    const text = vtimezone(TZ, 2026, 2028);
    expect(text).toContain(
      "DTSTART:20280326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    );
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    const zone = new ICAL.Timezone(
      new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${text}END:VCALENDAR\r\n`)).getFirstSubcomponent("vtimezone")!,
    );
    const summer = ICAL.Time.fromData({ year: 2035, month: 7, day: 3, hour: 19, minute: 0 }, zone);
    const winter = ICAL.Time.fromData({ year: 2035, month: 12, day: 4, hour: 19, minute: 0 }, zone);
    expect(summer.toJSDate().toISOString()).toBe("2035-07-03T17:00:00.000Z");
    expect(winter.toJSDate().toISOString()).toBe("2035-12-04T18:00:00.000Z");
  });
});
