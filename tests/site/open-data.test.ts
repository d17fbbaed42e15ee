// The CSV formula guard: texts a spreadsheet would run are neutralised, numbers are left alone.
import { describe, expect, it } from "vitest";
import { csvCell } from "../../scripts/site/open-data.ts";

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
