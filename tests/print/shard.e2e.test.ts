// A print run split across machines: three shards, merged, give the same files as one build.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { expectedPages, planPdfs, shardPdfs } from "../../scripts/plan/pdfs.ts";
import { annuaire } from "../helpers/cli.ts";
import { TODAY, TRI_CITY, tempDir } from "../helpers/data-dir.ts";
import { listFiles } from "../helpers/files.ts";

const whole = inject("triSite");
const dir = tempDir("annuaire-shards-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("print shards", () => {
  it("splits the PDFs into disjoint parts that cover them all, balanced by expected pages", () => {
    const model = validateDataDir(TRI_CITY, { today: TODAY }).model!;
    const pdfs = planPdfs(model, { buildDate: TODAY, imposition: "booklet" });
    const parts = [1, 2, 3].map((k) => shardPdfs(pdfs, { k, n: 3 }));
    const paths = parts.flatMap((p) => p.map((x) => x.path));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.sort()).toEqual(pdfs.map((p) => p.path).sort());
    for (const part of parts) {
      for (const p of part.filter((x) => x.imposedFrom)) expect(part.map((x) => x.path)).toContain(p.imposedFrom);
    }
    const weights = parts.map((p) => p.filter((x) => x.format !== "imposed").reduce((s, x) => s + expectedPages(x), 0));
    expect(Math.max(...weights) - Math.min(...weights)).toBeLessThanOrEqual(Math.max(...pdfs.map(expectedPages)));
  });

  it("merges three shards into print files byte-identical to a single build", () => {
    const parts = [1, 2, 3].map((k) => {
      const out = path.join(dir, `part-${k}`);
      const r = annuaire(["build", TRI_CITY, "--only", "print", "--shard", `${k}/3`, "--out", out, "--today", TODAY]);
      expect(r.status, r.stderr).toBe(0);
      return out;
    });
    const merged = path.join(dir, "merged");
    const r = annuaire(["merge-print", ...parts, "--out", merged]);
    expect(r.status, r.stderr).toBe(0);
    const files = (root: string) => listFiles(path.join(root, "print")).map((f) => path.relative(root, f));
    expect(files(merged)).toEqual(files(whole));
    for (const f of files(whole)) {
      expect(readFileSync(path.join(merged, f)).equals(readFileSync(path.join(whole, f))), f).toBe(true);
    }
  });

  it("refuses a shard without --only print, and parts of different builds", () => {
    expect(annuaire(["build", TRI_CITY, "--shard", "1/3", "--out", path.join(dir, "x")]).status).toBe(2);
    expect(
      annuaire(["build", TRI_CITY, "--only", "print", "--shard", "4/3", "--out", path.join(dir, "x")]).status,
    ).toBe(2);
    const missing = annuaire(["merge-print", path.join(dir, "nowhere"), "--out", path.join(dir, "y")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("does not exist");
  });
});
