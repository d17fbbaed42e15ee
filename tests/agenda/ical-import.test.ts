import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarEvents, importCalendars } from "../../scripts/agenda/ical-import.ts";
import { occurrencesBetween } from "../../scripts/agenda/occurrences.ts";
import type { Model } from "../../scripts/model/model.ts";
import { loadModel } from "../../scripts/model/validate.ts";
import { TODAY, TRI_CITY, tempDir } from "../helpers/data-dir.ts";
import { deadPort, startServer, type TestServer } from "../helpers/http-server.ts";

// A made-up calendar in the shape calendar apps publish: a VTIMEZONE, a weekly series with one
// cancelled date and one moved meeting, a one-off written in UTC, and a cancelled event.
const ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Fictional//Test//EN",
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Brussels",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
  "BEGIN:VEVENT",
  "UID:weekly-1@fictional.example",
  "DTSTAMP:20261101T000000Z",
  "DTSTART;TZID=Europe/Brussels:20270316T190000",
  "DTEND;TZID=Europe/Brussels:20270316T210000",
  "RRULE:FREQ=WEEKLY;BYDAY=TU",
  "EXDATE;TZID=Europe/Brussels:20270413T190000",
  "SUMMARY:Fictional <b>weekly</b> garden evening",
  "LOCATION:Fictional Hall\\, 1 Nowhere Street",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:weekly-1@fictional.example",
  "RECURRENCE-ID;TZID=Europe/Brussels:20270420T190000",
  "DTSTAMP:20261101T000000Z",
  "DTSTART;TZID=Europe/Brussels:20270421T190000",
  "SUMMARY:Fictional garden evening (moved to Wednesday)",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:once-1@fictional.example",
  "DTSTAMP:20261101T000000Z",
  "DTSTART:20261215T170000Z",
  "SUMMARY:Fictional winter meeting",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:off-1@fictional.example",
  "DTSTAMP:20261101T000000Z",
  "DTSTART:20261216T170000Z",
  "STATUS:CANCELLED",
  "SUMMARY:Fictional cancelled meeting",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

let server: TestServer;
let mode: "ok" | "dies" = "ok";
let cache: string;

beforeAll(async () => {
  server = await startServer({
    "/cal.ics": (_req, res) => {
      res.writeHead(200, { "content-type": "text/calendar" });
      if (mode === "ok") res.end(ICS);
      else {
        // Half the calendar, then the connection drops: the remote dies in the middle of a build.
        res.write(ICS.slice(0, ICS.length / 2));
        setTimeout(() => res.destroy(), 50);
      }
    },
    "/slow.ics": (_req, res) => {
      res.writeHead(200, { "content-type": "text/calendar" });
      res.write("BEGIN:VCALENDAR\r\n");
      // Never finishes.
    },
    "/error.ics": (_req, res) => {
      res.writeHead(500);
      res.end("server error");
    },
    "/not-ical.ics": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>a web page, not a calendar</html>");
    },
  });
  cache = tempDir("annuaire-cache-");
});
afterAll(async () => {
  await server.close();
  rmSync(cache, { recursive: true, force: true });
});

function modelWith(calendars: Record<string, string>): Model {
  const { model } = loadModel(TRI_CITY, { today: TODAY });
  for (const i of model.initiatives) {
    const url = calendars[i.id];
    if (url) i.ical = url;
    else delete i.ical;
  }
  return model;
}

describe("importCalendars", () => {
  it("reads a calendar into events in the site's local time, with EXDATE, moved and cancelled meetings", async () => {
    mode = "ok";
    const model = modelWith({ "potager-zephyr": server.url("/cal.ics") });
    const { events, reports } = await importCalendars(model, TODAY, { cacheDir: cache, maxAgeMs: 0 });
    expect(reports).toEqual([expect.objectContaining({ initiative: "potager-zephyr", state: "fresh", events: 3 })]);
    const weekly = events.find((e) => e.repeat)!;
    expect(weekly).toMatchObject({
      start: "2027-03-16T19:00",
      end: "2027-03-16T21:00",
      repeat: "FREQ=WEEKLY;BYDAY=TU",
      cancelled: ["2027-04-13", "2027-04-20"],
      place: { public: true, name: "Fictional Hall, 1 Nowhere Street" },
      commune: "nordville",
    });
    expect(Object.values(weekly.title)[0]).toBe("Fictional weekly garden evening");
    expect(events.find((e) => e.start === "2026-12-15T18:00")).toBeDefined();
    model.events = events;
    const april = occurrencesBetween(model, "2027-04-01", "2027-04-30").map((o) => o.start);
    expect(april).toEqual(["2027-04-06T19:00", "2027-04-21T19:00", "2027-04-27T19:00"]);
  });

  it("never gives a place to a group that meets at home, whatever its calendar says", async () => {
    const model = modelWith({ "velo-nebuleuse": server.url("/cal.ics") });
    const { events } = await importCalendars(model, TODAY, { cacheDir: cache, maxAgeMs: 0 });
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.place).toBeUndefined();
      expect(e.commune).toBe("sudville");
    }
  });

  it("uses the saved copy when the calendar dies in the middle of a build, and says so", async () => {
    mode = "ok";
    const model = modelWith({ "potager-zephyr": server.url("/cal.ics") });
    await importCalendars(model, TODAY, { cacheDir: cache, maxAgeMs: 0 });
    mode = "dies";
    const notes: string[] = [];
    const reports = await addCalendarEvents(model, TODAY, (l) => notes.push(l), { cacheDir: cache, maxAgeMs: 0 });
    expect(reports[0]).toMatchObject({ state: "stale", events: 3 });
    expect(model.events.filter((e) => e.source.startsWith("ical:"))).toHaveLength(3);
    expect(notes[0]).toMatch(/Calendar of potager-zephyr .*using the copy read on/);
    mode = "ok";
  });

  it("uses the copy without the network in an offline build, and says so", async () => {
    const model = modelWith({ "potager-zephyr": server.url("/cal.ics") });
    const before = server.hits.get("/cal.ics") ?? 0;
    const notes: string[] = [];
    await addCalendarEvents(model, TODAY, (l) => notes.push(l), { cacheDir: cache, offline: true });
    expect(server.hits.get("/cal.ics") ?? 0).toBe(before);
    expect(notes[0]).toMatch(/offline build, using the copy/);
    expect(model.events.some((e) => e.source.startsWith("ical:"))).toBe(true);
  });

  it("gives up on slow, failing, dead and non-calendar sources within the deadline, without throwing", async () => {
    const port = await deadPort();
    const model = modelWith({
      "potager-zephyr": server.url("/slow.ics"),
      "cantine-pulsar": server.url("/error.ics"),
      "entraide-orion": `http://127.0.0.1:${port}/cal.ics`,
      "repair-cafe-quasar": server.url("/not-ical.ics"),
    });
    const started = Date.now();
    const notes: string[] = [];
    const reports = await addCalendarEvents(model, TODAY, (l) => notes.push(l), {
      cacheDir: tempDir("annuaire-empty-cache-"),
      timeoutMs: 500,
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(reports.map((r) => [r.initiative, r.state, r.error])).toEqual([
      ["cantine-pulsar", "failed", "HTTP 500"],
      ["entraide-orion", "failed", "ECONNREFUSED"],
      ["potager-zephyr", "failed", "timed out"],
      ["repair-cafe-quasar", "failed", expect.stringMatching(/^not an iCalendar file/)],
    ]);
    expect(notes).toHaveLength(4);
    expect(model.events.some((e) => e.source.startsWith("ical:"))).toBe(false);
  });
});
