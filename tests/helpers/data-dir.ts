// A throw-away copy of a fixture data folder, to break one file at a time.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const OTHER_CITY = path.join(ROOT, "tests/fixtures/other-city");
export const TRI_CITY = path.join(ROOT, "tests/fixtures/tri-city");
/** The date every end-to-end build speaks for. */
export const TODAY = "2026-11-30";

export interface TempData {
  dir: string;
  write(relative: string, content: string | Buffer): string;
  remove(relative: string): void;
  cleanup(): void;
}

/** Every temporary folder a test file made; tests/setup.ts removes them after the file's tests. */
const created: string[] = [];
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function tempDataDir(from = OTHER_CITY): TempData {
  const dir = mkdtempSync(path.join(tmpdir(), "annuaire-data-"));
  created.push(dir);
  cpSync(from, dir, { recursive: true });
  return {
    dir,
    write(relative, content) {
      const file = path.join(dir, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    remove(relative) {
      rmSync(path.join(dir, relative), { force: true, recursive: true });
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function tempDir(prefix = "annuaire-"): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}
