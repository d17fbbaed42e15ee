import { describe, expect, it } from "vitest";
import { ofName, PRINT_STRINGS, pt } from "../../print/print-strings.ts";

describe("ofName", () => {
  it("elides French 'de' before a vowel, from the rule in the strings", () => {
    expect(ofName("Ixelles", "fr")).toBe("d'Ixelles");
    expect(ofName("Etterbeek", "fr")).toBe("d'Etterbeek");
    expect(ofName("Schaerbeek", "fr")).toBe("de Schaerbeek");
    expect(ofName("Elsene", "nl")).toBe("Elsene");
  });
  it("gives the map title its article", () => {
    expect(pt("mapTitle", "fr", { commune: "Ixelles", ofCommune: ofName("Ixelles", "fr") })).toBe(
      "Carte des initiatives d'Ixelles",
    );
  });
});

describe("PRINT_STRINGS", () => {
  it("has every string in fr, nl and en, none empty", () => {
    for (const [key, entry] of Object.entries(PRINT_STRINGS))
      for (const lang of ["fr", "nl", "en"] as const) expect(entry[lang].trim(), `${key}.${lang}`).not.toBe("");
  });
});
