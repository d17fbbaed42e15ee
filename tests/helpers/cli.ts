import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "./data-dir.ts";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `annuaire` entry point, as a user would. */
export function annuaire(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {},
): CliResult {
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin/annuaire.js"), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LANG: "en_US.UTF-8", ANNUAIRE_LANG: "", ...options.env },
    encoding: "utf8",
    timeout: options.timeout ?? 600_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
