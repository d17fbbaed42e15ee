// Builds the fictional trilingual city once (site and every PDF) for the end-to-end tests to read.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { annuaire } from "./helpers/cli.ts";
import { TODAY, TRI_CITY } from "./helpers/data-dir.ts";

declare module "vitest" {
  export interface ProvidedContext {
    triSite: string;
  }
}

let dir: string | undefined;

export default function setup(project: TestProject) {
  dir = mkdtempSync(path.join(tmpdir(), "annuaire-tri-site-"));
  const out = path.join(dir, "site");
  const result = annuaire(["build", "--data", TRI_CITY, "--out", out, "--today", TODAY]);
  if (result.status !== 0) throw new Error(`The fixture build failed:\n${result.stdout}\n${result.stderr}`);
  project.provide("triSite", out);
  return () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
