// Checks a would-be initiative file against a data folder with the validator itself (same rules, same
// messages) and the duplicate index, without writing into the data folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DuplicateIndex, type DuplicateMatch } from "../model/duplicates.ts";
import type { Finding } from "../model/findings.ts";
import { loadDataDir, loadYamlFile, type SourceFile, showPath } from "../model/load.ts";
import type { Initiative, Model } from "../model/model.ts";
import { validateFiles } from "../model/validate.ts";

const DUPLICATE_CODES = new Set(["possible-duplicate", "similar-name", "similar-local-name"]);

export interface CheckResult {
  /** Findings about this file only (duplicates excluded: see `duplicates`). */
  findings: Finding[];
  errors: Finding[];
  duplicates: DuplicateMatch[];
  initiative?: Initiative;
}

export class DataFolder {
  readonly dir: string;
  readonly model: Model;
  private readonly files: SourceFile[];
  private readonly loadFindings: Finding[];
  private readonly scratch = mkdtempSync(path.join(tmpdir(), "annuaire-check-"));
  private readonly today: string;

  constructor(dataDir: string, options: { today: string }) {
    this.dir = path.resolve(dataDir);
    const { files, findings } = loadDataDir(this.dir);
    this.files = files;
    this.loadFindings = findings;
    const base = validateFiles(files, findings, this.dir, { today: options.today });
    if (!base.model) {
      const first = base.findings.find((f) => f.severity === "error");
      throw new Error(
        `The data folder ${dataDir} has errors (first: ${first?.file}:${first?.line}); run annuaire validate`,
      );
    }
    this.model = base.model;
    this.today = options.today;
  }

  get languages(): string[] {
    return this.model.site.languages;
  }

  has(id: string): boolean {
    return this.model.initiatives.some((i) => i.id === id);
  }

  /** Validates `text` as initiatives/<id>.yaml, replacing the file of that id if there is one. */
  check(id: string, text: string): CheckResult {
    const shown = showPath(path.join(this.dir, "initiatives", `${id}.yaml`));
    const scratchFile = path.join(this.scratch, "initiatives", `${id}.yaml`);
    mkdirSync(path.dirname(scratchFile), { recursive: true });
    writeFileSync(scratchFile, text);
    const findings: Finding[] = [];
    const file = loadYamlFile("initiative", scratchFile, shown, findings);
    file.id = id;
    file.abs = path.join(this.dir, "initiatives", `${id}.yaml`);
    const others = this.files.filter((f) => !(f.kind === "initiative" && f.id === id));
    const result = validateFiles([...others, file], [...this.loadFindings, ...findings], this.dir, {
      today: this.today,
    });
    const mine = result.findings.filter((f) => f.file === shown && !DUPLICATE_CODES.has(f.code));
    const initiative = result.model?.initiatives.find((i) => i.id === id);
    const duplicates = initiative
      ? DuplicateIndex.of(
          this.model.initiatives.filter((i) => i.id !== id),
          this.languages,
        ).matches(initiative)
      : [];
    return {
      findings: mine,
      errors: mine.filter((f) => f.severity === "error"),
      duplicates,
      ...(initiative ? { initiative } : {}),
    };
  }

  /** Takes a written file into account for the next checks (ids and duplicates). */
  accept(id: string, text: string): void {
    const abs = path.join(this.dir, "initiatives", `${id}.yaml`);
    const findings: Finding[] = [];
    const scratchFile = path.join(this.scratch, `${id}.yaml`);
    writeFileSync(scratchFile, text);
    const file = loadYamlFile("initiative", scratchFile, showPath(abs), findings);
    file.id = id;
    file.abs = abs;
    const i = this.files.findIndex((f) => f.kind === "initiative" && f.id === id);
    if (i >= 0) this.files[i] = file;
    else this.files.push(file);
    const result = this.check(id, text);
    if (result.initiative) {
      const j = this.model.initiatives.findIndex((x) => x.id === id);
      if (j >= 0) this.model.initiatives[j] = result.initiative;
      else this.model.initiatives.push(result.initiative);
    }
  }

  dispose(): void {
    rmSync(this.scratch, { recursive: true, force: true });
  }
}
