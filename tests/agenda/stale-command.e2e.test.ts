// The command itself, run as a process (slower than the unit tests of its functions).
import { describe, expect, it } from "vitest";
import { annuaire } from "../helpers/cli.ts";
import { TRI_CITY } from "../helpers/data-dir.ts";

describe("annuaire stale", () => {
  it("prints the list for a given date and limit, and refuses an unknown commune", () => {
    const out = annuaire(["stale", TRI_CITY, "--today", "2027-06-01", "--older-than", "8m", "--lang", "en"]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("# Upkeep: entries to check");
    expect(out.stdout).toContain("### Potager Zéphyr — verified on 1 October 2026 (8 months)");
    expect(out.stdout).not.toContain("Nébuleuse");
    expect(annuaire(["stale", TRI_CITY, "--commune", "atlantis"]).status).toBe(2);
  }, 60_000);
});
