import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateSynthetic } from "../../scripts/generate-synthetic.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { ROOT, tempDir } from "../helpers/data-dir.ts";

const dir = tempDir("annuaire-synthetic-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (out: string) =>
  readdirSync(path.join(out, "initiatives"))
    .map((f) => readFileSync(path.join(out, "initiatives", f), "utf8"))
    .join("\n");

describe("generateSynthetic", () => {
  it("writes valid, clearly fictional data that covers every commune and sector", () => {
    const out = path.join(dir, "a");
    generateSynthetic({ count: 60, out, from: path.join(ROOT, "data"), seed: 3 });
    const model = validateDataDir(out, { today: "2026-11-30" }).model!;
    expect(model.initiatives).toHaveLength(60);
    expect(new Set(model.initiatives.flatMap((i) => i.communes)).size).toBe(19);
    expect(new Set(model.initiatives.flatMap((i) => i.sectors)).size).toBe(model.sectors.length);
    expect(
      model.initiatives.every((i) => /\(fictif\)$/.test(i.name.fr!) && i.contact?.website?.includes(".example.org")),
    ).toBe(true);
    expect(model.initiatives.some((i) => i.place?.public === false)).toBe(true);
  });

  it("gives the same bytes for the same seed, and others for another seed", () => {
    generateSynthetic({ count: 20, out: path.join(dir, "b"), from: path.join(ROOT, "data"), seed: 5 });
    generateSynthetic({ count: 20, out: path.join(dir, "c"), from: path.join(ROOT, "data"), seed: 5 });
    generateSynthetic({ count: 20, out: path.join(dir, "d"), from: path.join(ROOT, "data"), seed: 6 });
    expect(read(path.join(dir, "b"))).toBe(read(path.join(dir, "c")));
    expect(read(path.join(dir, "b"))).not.toBe(read(path.join(dir, "d")));
  });

  it("refuses to write inside the real data folder", () => {
    expect(() =>
      generateSynthetic({ count: 1, out: path.join(ROOT, "data/fake"), from: path.join(ROOT, "data") }),
    ).toThrow(/Refusing to write synthetic data inside/);
  });
});
