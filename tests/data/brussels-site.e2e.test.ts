// The embedded Brussels data builds into a site (the PDFs are covered on the fixture city, to keep CI short).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { annuaire } from "../helpers/cli.ts";
import { TODAY, tempDir } from "../helpers/data-dir.ts";

const out = path.join(tempDir(), "site");
const result = annuaire(["build", "--only", "site", "--out", out, "--today", TODAY]);
const page = (p: string) => readFileSync(path.join(out, p), "utf8");

describe("the Brussels site", () => {
  it("builds from the embedded data", () => expect(result.status, result.stderr).toBe(0));

  it("has a page for each of the 19 communes in fr, nl and en, with their official names", () => {
    for (const lang of ["fr", "nl", "en"]) expect(readdirSync(path.join(out, lang, "communes"))).toHaveLength(19);
    expect(page("nl/communes/ixelles/index.html")).toContain("<h1>Elsene</h1>");
    expect(page("fr/communes/saint-gilles/index.html")).toContain("<h1>Saint-Gilles</h1>");
    expect(page("nl/communes/saint-gilles/index.html")).toContain("<h1>Sint-Gillis</h1>");
  });

  it("publishes Financité's address from the minutes, and no address for Fietsronleidingen", () => {
    expect(page("fr/initiatives/financite/index.html")).toContain("Rue Botanique 75");
    const group = page("nl/initiatives/fietsronleidingen/index.html");
    expect(group).toContain("Deze groep komt bij mensen thuis samen");
    expect(
      JSON.parse(page("data/initiatives.json")).initiatives.find((i: { id: string }) => i.id === "fietsronleidingen")
        .place,
    ).toEqual({ public: false });
    expect(existsSync(path.join(out, "i/fietsronleidingen/index.html"))).toBe(true);
  });

  it("shows the real 2017 meeting at Financité as a past meeting, kept in the feed", () => {
    const agenda = page("fr/agenda/index.html");
    expect(agenda).toMatch(/id="past".*Rencontre d&#39;initiatives citoyennes chez Financité/s);
    expect(agenda).toContain('datetime="2017-06-08T18:00:00+02:00"');
    expect(page("data/events.ics")).toContain("DTSTART;TZID=Europe/Brussels:20170608T180000");
  });
});
