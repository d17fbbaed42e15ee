import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { communesServed, searchTerms } from "../../scripts/site/search-terms.ts";
import { TODAY, TRI_CITY } from "../helpers/data-dir.ts";

const model = validateDataDir(TRI_CITY, { today: TODAY }).model!;
const entry = (id: string) => model.initiatives.find((i) => i.id === id)!;

describe("communesServed", () => {
  it("is the initiative's own communes", () => {
    expect(communesServed(model, entry("repair-cafe-quasar")).map((c) => c.id)).toEqual(["nordville", "sudville"]);
  });
  it("is every commune of its regions for a region-wide initiative", () => {
    expect(communesServed(model, entry("entraide-orion")).map((c) => c.id)).toEqual([
      "nordville",
      "sudville",
      "estville",
    ]);
  });
});

describe("searchTerms", () => {
  it("names the communes served in every language, for a region-wide entry too", () => {
    const terms = searchTerms(model, entry("entraide-orion"));
    for (const name of ["Noordstad", "Southtown", "Estville", "Fictiestad Gewest"]) expect(terms).toContain(name);
  });
  it("names the sectors and their synonyms in every language", () => {
    const terms = searchTerms(model, entry("velo-nebuleuse"));
    for (const word of ["Mobilité", "Mobiliteit", "vélo", "fiets", "bike"]) expect(terms).toContain(word);
    expect(terms).not.toContain("Noordstad");
  });
  it("gives each word once", () => {
    const terms = searchTerms(model, entry("repair-cafe-quasar"));
    expect(new Set(terms).size).toBe(terms.length);
  });
});
