// Each stage of validation, called alone: shapes → links → warnings → model.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Finding } from "../../scripts/model/findings.ts";
import { loadDataDir } from "../../scripts/model/load.ts";
import { buildModel, checkLinks, checkShapes, checkWarnings } from "../../scripts/model/validate.ts";
import { type TempData, tempDataDir } from "../helpers/data-dir.ts";

let data: TempData;
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.cleanup());

const load = () => loadDataDir(data.dir, data.dir).files;
const codes = (findings: Finding[]) => findings.map((f) => f.code);

describe("validation stages", () => {
  it("shapes: reports a wrong type and keeps the files that are fine", () => {
    data.write(
      "initiatives/bad.yaml",
      "name: X\nsummary: 12\nsectors: [groen]\ncommunes: [noord]\nverified: 2026-10-01\n",
    );
    const findings: Finding[] = [];
    const shapes = checkShapes(load(), findings);
    expect(codes(findings)).toEqual(["wrong-type"]);
    expect(shapes.initiatives.find((i) => i.file.id === "bad")?.input).toBeUndefined();
    expect(shapes.initiatives.filter((i) => i.input).length).toBeGreaterThan(0);
  });

  it("links: finds a reference to a commune that does not exist, and nothing else", () => {
    data.write(
      "initiatives/lost.yaml",
      "name: X\nsummary: { nl: Y }\nsectors: [groen]\ncommunes: [nergens]\nverified: 2026-10-01\n",
    );
    const shapeFindings: Finding[] = [];
    const shapes = checkShapes(load(), shapeFindings);
    const findings: Finding[] = [];
    checkLinks(shapes, findings, data.dir);
    expect(shapeFindings).toEqual([]);
    expect(codes(findings)).toEqual(["unknown-commune"]);
  });

  it("warnings: an old check date is a warning, with the months given", () => {
    data.write(
      "initiatives/old.yaml",
      "name: Oud (fictief)\nsummary: { nl: Y, en: Y }\nsectors: [groen]\ncommunes: [noord]\nverified: 2020-01-01\n",
    );
    const shapes = checkShapes(load(), []);
    const links = checkLinks(shapes, [], data.dir);
    const findings: Finding[] = [];
    checkWarnings(shapes, links, findings, { today: "2026-11-30", staleWarningMonths: 24 });
    expect(findings.filter((f) => f.file.endsWith("old.yaml")).map((f) => [f.code, f.params.months])).toEqual([
      ["stale", 24],
    ]);
  });

  it("model: built from valid shapes, initiatives sorted by id, regions filled in from communes", () => {
    const shapes = checkShapes(load(), []);
    const model = buildModel(shapes, checkLinks(shapes, [], data.dir), data.dir)!;
    const ids = model.initiatives.map((i) => i.id);
    expect(ids).toEqual([...ids].sort());
    expect(model.initiatives.every((i) => i.regions.length > 0)).toBe(true);
  });

  it("model: none while a reference file cannot be read", () => {
    data.remove("sectors.yaml");
    const shapes = checkShapes(load(), []);
    expect(buildModel(shapes, checkLinks(shapes, [], data.dir), data.dir)).toBeUndefined();
  });
});
