import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  editionBaseline,
  editionFileName,
  freezeEdition,
  frozenKey,
  loadEditions,
  writeEdition,
} from "../../scripts/agenda/editions.ts";
import { loadModel } from "../../scripts/model/validate.ts";
import { annuaire } from "../helpers/cli.ts";
import { TRI_CITY, tempDataDir, tempDir } from "../helpers/data-dir.ts";

describe("edition freeze", () => {
  it("writes, per booklet, the ids and names of its entries, dated by the injected day", () => {
    const data = tempDataDir(TRI_CITY);
    try {
      const out = annuaire(["edition", "freeze", "--data", data.dir, "--today", "2026-12-01"]);
      expect(out.status).toBe(0);
      const file = path.join(data.dir, "editions", "test-1.yaml");
      expect(out.stdout).toContain('edition "Test 1" frozen on 2026-12-01');
      const frozen = parse(readFileSync(file, "utf8"));
      expect(frozen.edition).toBe("Test 1");
      expect(frozen.frozen).toBe("2026-12-01");
      expect(frozen.booklets["/print/fr/commune/nordville.pdf"]).toEqual(
        expect.arrayContaining([{ id: "potager-zephyr", name: "Potager Zéphyr" }]),
      );
      expect(frozen.booklets["/print/nl/commune/nordville.pdf"]).toEqual(
        expect.arrayContaining([{ id: "potager-zephyr", name: "Moestuin Zefier" }]),
      );
      // Closed entries are not in any booklet.
      expect(JSON.stringify(frozen)).not.toContain("ancien-troc-comete");
      // A frozen edition is not overwritten by accident.
      expect(annuaire(["edition", "freeze", "--data", data.dir]).status).toBe(1);
    } finally {
      data.cleanup();
    }
  }, 60_000);
});

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
