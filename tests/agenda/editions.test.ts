import { cpSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  editionBaseline,
  editionFileName,
  freezeEdition,
  frozenKey,
  loadEditions,
  writeEdition,
} from "../../scripts/agenda/editions.ts";
import { loadModel } from "../../scripts/model/validate.ts";
import { TRI_CITY, tempDataDir, tempDir } from "../helpers/data-dir.ts";

describe("editionBaseline", () => {
  it("compares with the latest frozen edition other than the current one, from a fresh copy of the data folder", () => {
    const data = tempDataDir(TRI_CITY);
    try {
      const { model } = loadModel(data.dir, { today: "2026-11-30" });
      expect(editionBaseline(model, "/print/fr/commune/nordville.pdf")).toBeUndefined();
      const old = freezeEdition(model, "2025-11-30", "2025");
      old.booklets["/print/fr/commune/nordville.pdf"] = [
        { id: "potager-zephyr", name: "Potager Zéphyr" },
        { id: "closed-since", name: "Fictional group closed since" },
      ];
      writeEdition(data.dir, old);
      // The current edition frozen too: rebuilding it still compares with the one before.
      writeEdition(data.dir, freezeEdition(model, "2026-11-30"));
      // A fresh copy: nothing but the data folder, as on another machine.
      const copy = tempDir("annuaire-fresh-");
      cpSync(data.dir, copy, { recursive: true });
      const fresh = loadModel(copy, { today: "2026-11-30" }).model;
      expect(loadEditions(copy).map((e) => e.edition)).toEqual(["2025", "Test 1"]);
      expect(editionBaseline(fresh, "/print/fr/welcome/nordville.pdf")).toEqual({
        edition: "2025",
        ids: ["potager-zephyr", "closed-since"],
        names: { "potager-zephyr": "Potager Zéphyr", "closed-since": "Fictional group closed since" },
      });
    } finally {
      data.cleanup();
    }
  });

  it("maps welcome packs, large print, imposed and bilingual booklets to their frozen booklet", () => {
    expect(frozenKey("/print/fr/welcome/x.pdf")).toBe("/print/fr/commune/x.pdf");
    expect(frozenKey("/print/nl/sector/food-large-print.pdf")).toBe("/print/nl/sector/food.pdf");
    expect(frozenKey("/print/en/region/r-imposed-a4.pdf")).toBe("/print/en/region/r.pdf");
    expect(frozenKey("/print/fr-nl/commune/x.pdf")).toBe("/print/fr/commune/x.pdf");
    expect(editionFileName("Printemps 2027 — é")).toBe("printemps-2027-e.yaml");
  });
});
