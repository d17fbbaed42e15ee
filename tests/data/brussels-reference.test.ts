import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importSubmissions } from "../../scripts/contribute/import.ts";
import { parseExport } from "../../scripts/contribute/submission.ts";
import { isRegionWide } from "../../scripts/model/model.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { ROOT } from "../helpers/data-dir.ts";

const CSV = path.join(ROOT, "data-sources/brussels-reference-2026.csv");
const model = validateDataDir(path.join(ROOT, "data"), { today: "2026-11-30" }).model!;
const fromSources = model.initiatives.filter((i) => i.provenance === "public-source");

describe("the Brussels local initiatives taken from the reference list", () => {
  it("gives every one of the 19 communes at least three local entries", () => {
    for (const commune of model.communes) {
      const local = model.initiatives.filter((i) => !isRegionWide(i) && i.communes.includes(commune.id));
      expect(local.length, commune.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("came in through import-submissions: importing the committed CSV again changes nothing", () => {
    const submissions = parseExport(readFileSync(CSV, "utf8"));
    expect(submissions.length).toBe(fromSources.length);
    const outcomes = importSubmissions(path.join(ROOT, "data"), submissions, { today: "2026-11-30", dryRun: true });
    expect(outcomes.map((o) => o.kind).filter((k) => k !== "unchanged")).toEqual([]);
  });

  it("keeps each source link, and marks every entry as not yet checked with the initiative", () => {
    expect(fromSources.length).toBeGreaterThan(100);
    for (const i of fromSources) expect(i.sources?.length, i.id).toBeGreaterThan(0);
  });

  it("never invents a position, phone or e-mail: only what the source gave", () => {
    for (const i of fromSources) {
      expect(i.place?.lat, i.id).toBeUndefined();
      expect(i.contact?.phone, i.id).toBeUndefined();
      expect(i.contact?.email, i.id).toBeUndefined();
    }
  });

  it("leaves out what the notes rule out: commercial, low-reliability source, check before use", () => {
    const names = fromSources.map((i) => i.name.fr);
    for (const excluded of ["Tandem", "La Lainerie", "Mare écologique Noguiera", "COTCOTWEST"])
      expect(names.some((n) => n?.includes(excluded))).toBe(false);
    expect(names.some((n) => /Sippelberg/.test(n ?? ""))).toBe(false);
  });
});
