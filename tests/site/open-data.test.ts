import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { csvCell, openDataFiles, publicInitiative } from "../../scripts/site/open-data.ts";
import { TODAY, TRI_CITY } from "../helpers/data-dir.ts";

const model = validateDataDir(TRI_CITY, { today: TODAY }).model!;
const files = openDataFiles(model, TODAY);

describe("openDataFiles", () => {
  it("writes the files the plan lists, and nothing else but a README", () => {
    expect(Object.keys(files).sort()).toEqual([
      "README.txt",
      "elements.json",
      "initiatives.csv",
      "initiatives.geojson",
      "initiatives.json",
    ]);
  });

  it("keeps a private-home group's place to `public: false`, in every file", () => {
    const privateOne = model.initiatives.find((i) => i.place && !i.place.public)!;
    expect(publicInitiative(model, privateOne).place).toEqual({ public: false });
    const json = JSON.parse(files["initiatives.json"]!);
    expect(json.initiatives.find((i: { id: string }) => i.id === privateOne.id).place).toEqual({ public: false });
    const geo = JSON.parse(files["initiatives.geojson"]!);
    expect(geo.features.map((f: { id: string }) => f.id)).not.toContain(privateOne.id);
  });

  it("drops what only the build needs (source file, print flag)", () => {
    const one = publicInitiative(model, model.initiatives[0]!) as unknown as Record<string, unknown>;
    expect(one.source).toBeUndefined();
    expect(one.print).toBeUndefined();
    expect(one.url).toMatch(/^https:\/\/fictiville\.example\.org\/fr\/initiatives\//);
  });

  it("writes the same bytes for the same model", () => {
    expect(openDataFiles(model, TODAY)).toEqual(files);
  });
});

// The CSV formula guard: texts a spreadsheet would run are neutralised, numbers are left alone.
describe("csvCell", () => {
  it.each([
    [-4.3517, "-4.3517"],
    [50.8466, "50.8466"],
    [0, "0"],
    ["-4.3517", "-4.3517"],
    ["+32 2 123 45 67", "+32 2 123 45 67"],
    ["+32 (0)2 512.34.56", "+32 (0)2 512.34.56"],
    ["-12", "-12"],
    ["02/512 34 56", "02/512 34 56"],
  ])("leaves the number %j as it is", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
    ["@SUM(1+1)", "'@SUM(1+1)"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["+1+1", "'+1+1"],
    ["  =1+1", "'  =1+1"],
    ["\t=1+1", "'\t=1+1"],
    ["＝1+1", "'＝1+1"],
  ])("neutralises %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("quotes separators and doubles quotes", () => {
    expect(csvCell('a, "b"; c')).toBe('"a, ""b""; c"');
    expect(csvCell(undefined)).toBe("");
  });
});
