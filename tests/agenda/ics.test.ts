import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFeed } from "../../scripts/agenda/ics.ts";
import type { AgendaEvent } from "../../scripts/model/model.ts";
import { loadModel } from "../../scripts/model/validate.ts";
import { TODAY, TRI_CITY } from "../helpers/data-dir.ts";

const { model } = loadModel(TRI_CITY, { today: TODAY });
const weekly: AgendaEvent = {
  id: "fictional-weekly",
  source: "events/fictional-weekly.yaml",
  title: { fr: "Rencontre fictive", nl: "Fictieve bijeenkomst", en: "Fictional meeting" },
  initiative: "potager-zephyr",
  commune: "nordville",
  start: "2027-03-16T19:00",
  end: "2027-03-16T21:00",
  repeat: "FREQ=WEEKLY;BYDAY=TU",
  cancelled: ["2027-04-13"],
};
const privateEvent: AgendaEvent = {
  id: "fictional-private",
  source: "events/fictional-private.yaml",
  title: { en: "Fictional repair evening at a member's home" },
  initiative: "velo-nebuleuse",
  commune: "sudville",
  place: { public: false },
  start: "2027-05-04T19:00",
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return calendar;
}

describe("calendarFeed", () => {
  const text = calendarFeed(model, [weekly, privateEvent], { name: "Test", lang: "en", buildDate: TODAY });
  const calendar = parse(text);
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

  it("keeps a repeated event as one VEVENT with its RRULE, EXDATE and a stable UID", () => {
    expect(text).toContain("RRULE:FREQ=WEEKLY;BYDAY=TU");
    expect(text).toContain("EXDATE;TZID=Europe/Brussels:20270413T190000");
    expect(text).toContain("DTSTART;TZID=Europe/Brussels:20270316T190000");
    expect(events.map((e) => e.uid)).toEqual([
      "fictional-weekly@fictiville.example.org",
      "fictional-private@fictiville.example.org",
    ]);
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(text).toContain("DTSTAMP:20261130T000000Z");
  });

  it("parses back with ical.js at 19:00 Brussels time on both sides of the March and October changes", () => {
    const it = events[0]!.iterator();
    const utc: string[] = [];
    for (let next = it.next(); next && utc.length < 40; next = it.next()) utc.push(next.toJSDate().toISOString());
    expect(utc).toContain("2027-03-23T18:00:00.000Z");
    expect(utc).toContain("2027-03-30T17:00:00.000Z");
    expect(utc).not.toContain("2027-04-13T17:00:00.000Z");
    expect(utc).toContain("2027-10-26T17:00:00.000Z");
    expect(utc).toContain("2027-11-02T18:00:00.000Z");
  });

  it("writes only the commune for a group meeting at home, and is the same for the same data", () => {
    expect(events[1]!.location).toBe("Southtown");
    expect(calendarFeed(model, [weekly, privateEvent], { name: "Test", lang: "en", buildDate: TODAY })).toBe(text);
  });
});
