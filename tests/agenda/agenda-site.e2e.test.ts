// One real build (site and PDFs) of the fictional city with: a weekly meeting across the last Sundays of
// March and October (one date cancelled), a remote calendar served on 127.0.0.1, and a frozen previous
// edition. Checks the agenda page, the iCal feed read back by ical.js, the welcome pack read back by
// pdftotext, the Atom feeds, and the booklets' "changes since the last edition" page.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xml2js } from "xml-js";
import { ROOT, type TempData, TRI_CITY, tempDataDir, tempDir } from "../helpers/data-dir.ts";
import { pdfText } from "../helpers/files.ts";
import { startServer, type TestServer } from "../helpers/http-server.ts";

const WEEKLY = `# Synthetic test event: a made-up weekly meeting.
title: { fr: Soirée fictive du mardi, nl: Fictieve dinsdagavond, en: Fictional Tuesday evening }
initiative: potager-zephyr
start: 2027-03-02T19:00
end: 2027-03-02T21:00
repeat: FREQ=WEEKLY;BYDAY=TU
cancelled: [2027-04-13]
commune: nordville
`;

const REMOTE = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Fictional//Test//EN",
  "BEGIN:VEVENT",
  "UID:remote-1@fictional.example",
  "DTSTAMP:20270101T000000Z",
  "DTSTART:20270310T170000Z",
  "SUMMARY:Fictional remote workshop",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

// The previous edition, frozen: Nordville's booklet then had Potager Zéphyr and a group since closed.
const FROZEN = `edition: Test 0
frozen: 2026-03-01
booklets:
  /print/fr/commune/nordville.pdf:
    - { id: potager-zephyr, name: Potager Zéphyr }
    - { id: fictional-gone, name: Groupe fictif disparu }
`;

let server: TestServer;
let remote: "ok" | "dies" = "ok";
let data: TempData;
let out: string;
let cache: string;
let log = "";

function build(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  // Asynchronous, so the calendar server in this process can answer during the build.
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin/annuaire.js"), ...args], {
      cwd: ROOT,
      env: { ...process.env, LANG: "en_US.UTF-8", ANNUAIRE_LANG: "", ...env },
    });
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("close", (code) => resolve(code ?? 1));
  });
}

const read = (relative: string) => readFileSync(path.join(out, relative), "utf8");
const flat = (s: string) => s.replace(/\s+/g, " ");

beforeAll(async () => {
  server = await startServer({
    "/zephyr.ics": (_req, res) => {
      res.writeHead(200, { "content-type": "text/calendar" });
      if (remote === "ok") res.end(REMOTE);
      else {
        // Half the calendar, then the connection drops.
        res.write(REMOTE.slice(0, 120));
        setTimeout(() => res.destroy(), 50);
      }
    },
  });
  data = tempDataDir(TRI_CITY);
  data.write("events/fictional-weekly.yaml", WEEKLY);
  data.write("editions/test-0.yaml", FROZEN);
  const site = readFileSync(path.join(data.dir, "site.yaml"), "utf8");
  data.write("site.yaml", `${site}\nagenda: { monthsAhead: 9 }\n`);
  const zephyr = readFileSync(path.join(data.dir, "initiatives/potager-zephyr.yaml"), "utf8");
  data.write("initiatives/potager-zephyr.yaml", `${zephyr}\nical: ${server.url("/zephyr.ics")}\n`);
  const dir = tempDir("annuaire-agenda-site-");
  out = path.join(dir, "site");
  cache = path.join(dir, "cache");
  const status = await build(["build", "--data", data.dir, "--out", out, "--today", "2027-03-01"], {
    ANNUAIRE_CACHE_DIR: cache,
  });
  if (status !== 0) throw new Error(`build failed:\n${log}`);
}, 600_000);

afterAll(async () => {
  await server?.close();
  data?.cleanup();
  if (out) rmSync(path.dirname(out), { recursive: true, force: true });
});

describe("a weekly meeting across the clock changes", () => {
  it("shows 19:00 local with the right offset on both sides of March and October on the agenda page", () => {
    const page = read("fr/agenda/index.html");
    for (const [date, offset] of [
      ["2027-03-23", "+01:00"],
      ["2027-03-30", "+02:00"],
      ["2027-10-26", "+02:00"],
      ["2027-11-02", "+01:00"],
    ]) {
      expect(page).toContain(`<time datetime="${date}T19:00:00${offset}">`);
    }
    expect(flat(page)).toContain("mardi 30 mars 2027 à 19:00");
    expect(flat(page)).toContain("mardi 2 novembre 2027 à 19:00");
    expect(page).not.toContain('datetime="2027-04-13T19:00');
    // Filter pages without JavaScript, and a "this week" anchor.
    expect(page).toContain('href="/fr/agenda/communes/nordville/"');
    expect(page).toContain('id="this-week"');
    expect(read("fr/agenda/communes/nordville/index.html")).toContain('datetime="2027-03-30T19:00:00+02:00"');
  });

  it("keeps the rule in the iCal feed, which ical.js expands to the right instants", () => {
    const text = read("data/events.ics");
    expect(text).toContain("RRULE:FREQ=WEEKLY;BYDAY=TU");
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
    const weekly = calendar
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .find((e) => e.uid === "fictional-weekly@fictiville.example.org")!;
    const iterator = weekly.iterator();
    const instants: string[] = [];
    for (let next = iterator.next(); next && instants.length < 45; next = iterator.next())
      instants.push(next.toJSDate().toISOString());
    expect(instants).toEqual(
      expect.arrayContaining([
        "2027-03-23T18:00:00.000Z",
        "2027-03-30T17:00:00.000Z",
        "2027-10-26T17:00:00.000Z",
        "2027-11-02T18:00:00.000Z",
      ]),
    );
    expect(instants).not.toContain("2027-04-13T17:00:00.000Z");
    expect(read("data/communes/nordville.ics")).toContain("fictional-weekly@fictiville.example.org");
    expect(read("data/initiatives/potager-zephyr.ics")).toContain("fictional-weekly@fictiville.example.org");
    expect(read("data/communes/sudville.ics")).not.toContain("fictional-weekly");
  });

  it("prints the same local times in the welcome pack (pdftotext)", () => {
    const text = flat(pdfText(path.join(out, "print/fr/welcome/nordville.pdf")));
    expect(text).toContain("mardi 23 mars 2027 à 19:00");
    expect(text).toContain("mardi 30 mars 2027 à 19:00");
    expect(text).not.toContain("mardi 13 avril 2027");
  });
});

describe("the rest of the agenda", () => {
  it("imports the group's own calendar and shows its meeting in local time", () => {
    expect(read("fr/agenda/index.html")).toContain('datetime="2027-03-10T18:00:00+01:00"');
    expect(read("fr/initiatives/potager-zephyr/index.html")).toContain("Fictional remote workshop");
  });

  it("keeps past meetings apart, and gives a JSON-LD Event per meeting", () => {
    const page = read("en/agenda/index.html");
    expect(page).toMatch(/<section class="agenda-past" id="past".*Sowing day/s);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!);
    const events = ld["@graph"] as { "@type": string; startDate: string }[];
    expect(events.every((e) => e["@type"] === "Event")).toBe(true);
    expect(events.map((e) => e.startDate)).toContain("2027-03-30T19:00:00+02:00");
  });

  it("writes an Atom feed per language that parses, linked from every page's head", () => {
    for (const lang of ["fr", "nl", "en"]) {
      const feed = xml2js(read(`${lang}/feed.xml`)) as { elements: { name: string }[] };
      expect(feed.elements[0]!.name).toBe("feed");
      expect(read(`${lang}/agenda/index.html`)).toContain(
        `<link rel="alternate" type="application/atom+xml" href="/${lang}/feed.xml"`,
      );
    }
    expect(read("fr/news/index.html")).toContain("Nouvelles graines fictives");
  });
});

describe("a calendar that dies in the middle of the next build", () => {
  it("does not fail the build, which keeps the last copy of the calendar and says so", async () => {
    remote = "dies";
    log = "";
    const again = path.join(path.dirname(out), "again");
    const status = await build(
      ["build", "--only", "site", "--data", data.dir, "--out", again, "--today", "2027-03-01"],
      {
        ANNUAIRE_CACHE_DIR: cache,
        ANNUAIRE_FETCH_MAX_AGE_S: "0",
      },
    );
    expect(status, log).toBe(0);
    expect(log).toMatch(
      /Calendar of potager-zephyr \(http:\/\/127\.0\.0\.1:\d+\/zephyr\.ics\): .*; using the copy read on/,
    );
    expect(readFileSync(path.join(again, "fr/agenda/index.html"), "utf8")).toContain(
      'datetime="2027-03-10T18:00:00+01:00"',
    );
  });
});

describe("changes since the last edition", () => {
  it("compares with the frozen edition in the data folder, not with a previous build", () => {
    const text = flat(pdfText(path.join(out, "print/fr/commune/nordville.pdf")));
    const changes = text.slice(text.lastIndexOf("Ce qui a changé depuis la dernière édition"));
    expect(changes).toMatch(/Nouvelles initiatives .*Repair Café Quasar/);
    expect(changes).toMatch(/N'y figurent plus .*Groupe fictif disparu/);
    expect(changes).not.toContain("C'est la première édition");
  });
});
