// A build error that comes from the data names the data file and a position, never only a stack trace.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { annuaire } from "./helpers/cli.ts";
import { ROOT, TODAY, TRI_CITY, tempDataDir, tempDir } from "./helpers/data-dir.ts";

describe("build errors from data", () => {
  it("names a content page whose front matter is broken, with line and column, in the reader's language", () => {
    const data = tempDataDir(TRI_CITY);
    try {
      cpSync(path.join(ROOT, "content"), path.join(data.dir, "content"), { recursive: true });
      const about = path.join(data.dir, "content/fr/about.md");
      writeFileSync(about, readFileSync(about, "utf8").replace(/^---\n/, "---\ntitle: [unclosed\n"));
      const outDir = tempDir();
      const out = path.join(outDir, "site");
      const result = annuaire([
        "build",
        "--only",
        "site",
        "--data",
        data.dir,
        "--out",
        out,
        "--today",
        TODAY,
        "--lang",
        "fr",
      ]);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(
        /content\/fr\/about\.md:\d+:\d+ {2}erreur ?: Les données de ce fichier ont fait échouer/,
      );
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
      rmSync(outDir, { recursive: true, force: true });
    } finally {
      data.cleanup();
    }
  });

  it("names the entry whose data makes a page template fail (data that bypassed validation)", () => {
    const dir = tempDir();
    const injections = path.join(dir, "injections.json");
    writeFileSync(injections, JSON.stringify({ "initiatives.potager-zephyr.sectors": ["no-such-sector"] }));
    const result = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(ROOT, "tests/helpers/render-injected.ts"),
        TRI_CITY,
        path.join(dir, "site"),
        TODAY,
        injections,
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 240_000 },
    );
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(
      /DataFileError: .*tests\/fixtures\/tri-city\/initiatives\/potager-zephyr\.yaml:1:1 build-data-error/,
    );
  });
});
describe("build settings", () => {
  it("refuses a cache folder inside the output (the cache holds private fields), in the language asked", () => {
    const dir = tempDir();
    const out = path.join(dir, "site");
    const result = annuaire(["build", TRI_CITY, "--out", out, "--only", "site", "--lang", "fr"], {
      env: { ANNUAIRE_CACHE_DIR: path.join(out, ".cache") },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("est dans le dossier de sortie");
    expect(existsSync(out)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
