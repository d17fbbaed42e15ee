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

export function tempDataDir(from = OTHER_CITY): TempData {
  const dir = mkdtempSync(path.join(tmpdir(), "annuaire-data-"));
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

export const tempDir = (prefix = "annuaire-"): string => mkdtempSync(path.join(tmpdir(), prefix));
