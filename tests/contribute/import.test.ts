import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatReport, importSubmissions, type Outcome, type WrittenOutcome } from "../../scripts/contribute/import.ts";
import { parseExport } from "../../scripts/contribute/submission.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { ROOT, TODAY, TRI_CITY, tempDataDir } from "../helpers/data-dir.ts";
import { listFiles } from "../helpers/files.ts";

const FIXTURES = path.join(ROOT, "tests/fixtures/submissions");
const json = parseExport(readFileSync(path.join(FIXTURES, "netlify-export.json"), "utf8"));
const csv = parseExport(readFileSync(path.join(FIXTURES, "netlify-export.csv"), "utf8"));
const data = tempDataDir(TRI_CITY);
afterAll(() => data.cleanup());
const read = (id: string) => readFileSync(path.join(data.dir, "initiatives", `${id}.yaml`), "utf8");
const snapshot = () => Object.fromEntries(listFiles(data.dir).map((f) => [f, readFileSync(f, "utf8")]));

const before = snapshot();
const first = importSubmissions(data.dir, [...json, ...csv], { today: TODAY });
const afterFirst = snapshot();
const byId = (n: string) => first.find((o) => o.submission.id === n)!;
const kind = (n: string) => byId(n).kind;

describe("import-submissions on a Netlify export", () => {
  it("reads both export shapes: JSON (with Netlify's extra fields) and CSV (quotes, commas)", () => {
    expect(json).toHaveLength(10);
    expect(csv.map((s) => s.fields.name)).toEqual(['Troc "Nébuleuse", livres et jeux', "Jardin des Cometes", "Robot"]);
  });

  it("writes a valid new entry in the contract's key order, dated the day it was received", () => {
    expect(kind("sub1")).toBe("created");
    expect(read("jardin-des-cometes")).toBe(`# yaml-language-server: $schema=../schema/initiative.schema.json
# Received through the contribute form on 2026-11-20.
# submission: sub1
name: Jardin des Comètes
summary:
  fr: Un potager partagé où chacun vient planter, arroser et récolter.
sectors: [food]
communes: [nordville]
place:
  public: true
  name: Parc des Comètes
  address: Rue des Comètes 12
  postcode: "9101"
contact:
  website: https://jardin-cometes.example.org/
schedule:
  fr: Le samedi matin, de 10 h à 12 h.
languages: [fr, nl]
verified: 2026-11-20
`);
  });

  it("never writes an address for a group meeting in private homes, and says it dropped one", () => {
    const o = byId("sub2") as WrittenOutcome;
    expect(o.kind).toBe("created");
    expect(read("buurtsoep-sudville")).toContain("place:\n  public: false\n");
    expect(read("buurtsoep-sudville")).not.toMatch(/Geheimstraat|address/);
    expect(o.notes).toEqual(["private-address-dropped"]);
  });

  it("refuses an invalid submission with the validator's own messages, and writes nothing for it", () => {
    const o = byId("sub3") as Extract<Outcome, { kind: "invalid" }>;
    expect(o.kind).toBe("invalid");
    expect(o.findings.map((f) => f.code).sort()).toEqual(["bad-email", "required"]);
    expect(Object.keys(afterFirst).some((f) => f.includes("broken-link-club"))).toBe(false);
  });

  it("sets aside likely spam: honeypot, too fast, too many links", () => {
    expect(
      first.filter((o) => o.kind === "spam").map((o) => [o.submission.id, o.kind === "spam" && o.spam.code]),
    ).toEqual([
      ["sub4", "spam-honeypot"],
      ["sub5", "spam-links"],
      ["sub6", "spam-too-fast"],
      ["csv3", "spam-honeypot"],
    ]);
  });

  it("names the possible duplicate and why: same website written differently, same name folded", () => {
    const dup = byId("sub7") as WrittenOutcome;
    expect(dup.duplicates.map((d) => [d.other, d.reason])).toEqual([["repair-cafe-quasar", "website"]]);
    const csvDup = byId("csv2") as WrittenOutcome;
    expect(csvDup.duplicates.map((d) => [d.other, d.reason])).toEqual([["jardin-des-cometes", "name"]]);
    const report = formatReport(first, "en");
    expect(report).toContain("Same website as initiatives/repair-cafe-quasar.yaml");
    expect(report).toContain("13 submission(s): 8 valid, 1 invalid, 4 likely spam, 2 possible duplicate(s).");
  });

  it("edits a corrected entry minimally: comments, flow style and other fields untouched", () => {
    expect(kind("sub8")).toBe("edited");
    const original = before[path.join(data.dir, "initiatives/cantine-pulsar.yaml")]!;
    expect(read("cantine-pulsar")).toBe(`${original}schedule:\n  fr: Chaque jeudi, de 12 h à 14 h.\n`);
    expect(kind("sub9")).toBe("edited");
    expect(read("repair-cafe-quasar")).toContain(
      'place: { public: true, address: Rue Neuve 5, postcode: "9101", lat: 50.1502, lon: 4.1497 }',
    );
    expect(read("vieux-jardin-saturne")).toContain("status: closed");
  });

  it("never files another language's prefilled text as a translation", () => {
    const nl = {
      id: "nl-fallback",
      createdAt: "2026-11-22T10:00:00.000Z",
      fields: {
        lang: "nl",
        "correction-of": "jardin-des-cometes",
        summary: "Un potager partagé où chacun vient planter, arroser et récolter.",
      },
    };
    const [o] = importSubmissions(data.dir, [nl], { today: TODAY, dryRun: true });
    expect(o!.kind).toBe("unchanged");
  });

  it("leaves a data folder that validates without errors", () => {
    const result = validateDataDir(data.dir, { today: TODAY });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("changes nothing on a second run", () => {
    const second = importSubmissions(data.dir, [...json, ...csv], { today: TODAY });
    expect(snapshot()).toEqual(afterFirst);
    expect(second.filter((o) => o.kind === "created" || o.kind === "edited")).toEqual([]);
  });

  it("does not overwrite a file changed since without --force", () => {
    const file = path.join(data.dir, "initiatives/jardin-des-cometes.yaml");
    const edited = `${read("jardin-des-cometes")}charter: 2026-11-25\n`;
    data.write("initiatives/jardin-des-cometes.yaml", edited);
    const again = importSubmissions(data.dir, [json[0]!], { today: TODAY });
    expect(again[0]!.kind).toBe("kept");
    expect(readFileSync(file, "utf8")).toBe(edited);
    const forced = importSubmissions(data.dir, [json[0]!], { today: TODAY, force: true });
    expect(forced[0]!.kind).toBe("edited");
    expect(readFileSync(file, "utf8")).not.toContain("charter");
  });
});
