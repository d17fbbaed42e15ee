// The command itself, run as a process (slower than the unit tests of its functions).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { annuaire } from "../helpers/cli.ts";
import { TRI_CITY, tempDataDir } from "../helpers/data-dir.ts";

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
