import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { annuaire } from "../helpers/cli.ts";
import { TRI_CITY, tempDataDir } from "../helpers/data-dir.ts";

const data = tempDataDir(TRI_CITY);
afterAll(() => data.cleanup());

describe("annuaire new", () => {
  it("writes a valid file from flags, with today's `verified`, and prints its path", () => {
    const r = annuaire([
      "new",
      "--data",
      data.dir,
      "--today",
      "2026-11-30",
      "--lang",
      "fr",
      "--name",
      "Donnerie Comète",
      "--summary",
      "On donne ce dont on n'a plus besoin.",
      "--sector",
      "solidarity",
      "--commune",
      "nordville",
      "--private",
    ]);
    expect(r.status).toBe(0);
    const file = r.stdout.trim();
    expect(path.basename(file)).toBe("donnerie-comete.yaml");
    const text = readFileSync(path.resolve(file), "utf8");
    expect(text).toContain("verified: 2026-11-30");
    expect(text).toContain("place:\n  public: false\n");
    expect(validateDataDir(data.dir, { today: "2026-11-30" }).findings.filter((f) => f.severity === "error")).toEqual(
      [],
    );
  });

  it("refuses, with the validator's message, a sector that does not exist", () => {
    const r = annuaire([
      "new",
      "--data",
      data.dir,
      "--name",
      "X Y Z W",
      "--summary",
      "Test.",
      "--sector",
      "fod",
      "--commune",
      "nordville",
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("unknown sector `fod`");
    expect(r.stderr).toContain("Did you mean `food`?");
  });

  it("without a terminal, says which answers are missing instead of waiting", () => {
    const r = annuaire(["new", "--data", data.dir, "--name", "Only a name"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("summary, sectors, communes");
  });
});
