// The benchmark runs end to end on a small generated dataset, so it cannot rot. It measures; it
// asserts only that every figure and ratio is printed and saved.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OTHER_CITY, ROOT, tempDir } from "../helpers/data-dir.ts";

const dir = tempDir("annuaire-bench-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run bench", () => {
  it("prints every phase, floor and ratio at N = 30, and writes them as JSON", () => {
    const results = path.join(dir, "results.json");
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
        "scripts/bench.ts",
        "--n",
        "30",
        "--runs",
        "1",
        "--from",
        OTHER_CITY,
        "--results",
        results,
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 600_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    for (const line of [
      /load \+ validate\s+\d+\.\d+ s\s+\d+\.\d+ s/,
      /site render \(Eleventy\)/,
      /search index \(Pagefind\)/,
      /floor: Eleventy alone, \d+ trivial pages: .* of it/,
      /floor: Hugo .*(of it|skipped)/,
      /address edit: \d+ of \d+ files changed, \d+ pages rendered again, search index kept/,
      /summary edit: \d+ of \d+ files changed, \d+ pages rendered again, search index written again/,
      /one-entry edit .*new address\), site rebuild: build command \d+\.\d+ s = \d+% of a full build; in dev \d+\.\d+ s = \d+%/,
      /bytes: an initiative page .* KB; first search .* KB/,
      /print: \d+ PDFs, \d+ pages/,
      /print again, nothing changed/,
      /floor: raw Chromium printing .* = \d+\.\d+×/,
    ]) {
      expect(r.stdout).toMatch(line);
    }
    const json = JSON.parse(readFileSync(results, "utf8"));
    expect(json.n).toBe(30);
    expect(json.site.pages).toBeGreaterThan(60);
    expect(json.chromiumFloor.raw).toBeGreaterThan(0);
  }, 900_000);
});
