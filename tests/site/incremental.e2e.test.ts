// The incremental site rebuild (scripts/site/incremental.ts): after each kind of edit, the output
// updated in place must be byte for byte the output of a full build of the same data into a new folder.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { annuaire } from "../helpers/cli.ts";
import { TODAY, TRI_CITY, tempDataDir, tempDir } from "../helpers/data-dir.ts";
import { listFiles } from "../helpers/files.ts";

const data = tempDataDir(TRI_CITY);
const work = tempDir();
const live = path.join(work, "live");
afterAll(() => data.cleanup());

interface Built {
  stdout: string;
  incremental: { rendered: number; searchIndexed: boolean; searchLanguages: string[] } | null;
  pages: number;
}
let fulls = 0;
function build(out: string, extra: string[] = ["--only", "site"]): Built {
  const report = path.join(work, `report-${++fulls}.json`);
  const result = annuaire(["build", "--data", data.dir, "--out", out, "--today", TODAY, "--report", report, ...extra]);
  expect(result.status, result.stderr).toBe(0);
  const json = JSON.parse(readFileSync(report, "utf8")) as Built;
  return { ...json, stdout: result.stdout };
}

/** Every file of the two folders, relative path → bytes, compared whole. */
function expectSameOutput(a: string, b: string): void {
  const files = (root: string) =>
    listFiles(root)
      .map((f) => path.relative(root, f))
      .sort();
  const left = files(a);
  expect(left).toEqual(files(b));
  const different = left.filter((f) => !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
  expect(different).toEqual([]);
}

function edit(file: string, from: string | RegExp, to: string): void {
  const full = path.join(data.dir, "initiatives", file);
  const before = readFileSync(full, "utf8");
  const after = before.replace(from, to);
  expect(after, `${file}: "${from}" not found`).not.toBe(before);
  writeFileSync(full, after);
}

/** Rebuilds `live` after an edit, then checks it against a full build of the same data. */
function rebuildAndCompare(): Built {
  const updated = build(live);
  const full = path.join(work, `full-${fulls}`);
  expect(build(full).incremental).toBeNull();
  expectSameOutput(live, full);
  return updated;
}

describe("site: incremental rebuild", () => {
  it("writes a state on a full build, and a rebuild with no change renders only the pages that read everything", () => {
    const first = build(live);
    expect(first.incremental).toBeNull();
    const again = rebuildAndCompare();
    expect(again.incremental).not.toBeNull();
    expect(again.incremental!.searchIndexed).toBe(false);
    // Home, map, news, feeds, sitemap…: a fixed number per language, not the initiative pages.
    expect(again.incremental!.rendered).toBeLessThan(again.pages / 2);
    expect(again.stdout).toContain("updated in place");
  });

  it("writes again a page deleted from the output by hand, and rebuilds fully without a search index", () => {
    rmSync(path.join(live, "nl/initiatives/velo-nebuleuse/index.html"));
    expect(rebuildAndCompare().incremental).not.toBeNull();
    rmSync(path.join(live, "pagefind"), { recursive: true });
    expect(rebuildAndCompare().incremental).toBeNull();
  });

  it("a new address: the entry's pages and the lists that show it, no new search index", () => {
    const before = build(live).incremental!.rendered;
    edit("cantine-pulsar.yaml", "Avenue de la Soupe 7", "Avenue de la Soupe 8");
    const after = rebuildAndCompare();
    expect(after.incremental).not.toBeNull();
    expect(after.incremental!.searchIndexed).toBe(false);
    expect(after.incremental!.rendered).toBeGreaterThan(before);
    expect(readFileSync(path.join(live, "fr/initiatives/cantine-pulsar/index.html"), "utf8")).toContain(
      "Avenue de la Soupe 8",
    );
  });

  it("a new French summary: the French search index is written again, the others kept", () => {
    edit("cantine-pulsar.yaml", "Une cantine solidaire inventée.", "Une cantine solidaire imaginaire.");
    const after = rebuildAndCompare();
    expect(after.incremental?.searchLanguages).toEqual(["fr"]);
  });

  it("a new name of an entry another one lists as related, and a region-wide entry's text", () => {
    edit("repair-cafe-quasar.yaml", "Repair Café Quasar", "Repair Café Quasar Bis");
    expect(rebuildAndCompare().incremental).not.toBeNull();
    edit("entraide-orion.yaml", "Made-up mutual aid network", "Made-up mutual help network");
    expect(rebuildAndCompare().incremental).not.toBeNull();
  });

  it("a moved entry: the pages that list it as nearby follow", () => {
    edit("cantine-pulsar.yaml", "lat: 50.101, lon: 4.251", "lat: 50.15, lon: 4.15");
    expect(rebuildAndCompare().incremental).not.toBeNull();
  });

  it("a place made private, a new commune and the name of an entry with meetings", () => {
    edit("cantine-pulsar.yaml", /place: .*/, "place: { public: false }");
    expect(rebuildAndCompare().incremental).not.toBeNull();
    // Which entry is in which list changed: counts change everywhere, so the build is a full one.
    edit("cantine-pulsar.yaml", "communes: [estville]", "communes: [sudville]");
    expect(rebuildAndCompare().incremental).toBeNull();
    // The agenda names this entry on many pages: a full build too.
    edit("potager-zephyr.yaml", "Potager Zéphyr", "Potager Zéphyr Bis");
    expect(rebuildAndCompare().incremental).toBeNull();
  });

  it("with the booklets: the site is updated in place and the booklets folder swapped", () => {
    build(live, []);
    edit("velo-nebuleuse.yaml", /verified: .*/, "verified: 2026-11-02");
    const after = build(live, []);
    expect(after.incremental).not.toBeNull();
    const full = path.join(work, "full-with-print");
    build(full, []);
    expectSameOutput(live, full);
  }, 120_000);
});
