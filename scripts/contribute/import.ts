// Form submissions → files in data/initiatives/. Each submission is spam, invalid (validator messages),
// a new entry, or a correction of an existing one; possible duplicates are named with their reason.
// Nothing is overwritten without `force`, writes are atomic, and a second run changes nothing.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DuplicateMatch } from "../model/duplicates.ts";
import type { Finding } from "../model/findings.ts";
import { type Lang, message } from "../model/messages.ts";
import { DataFolder } from "./check.ts";
import { applyCorrection, entryFromSubmission, entryYaml, receivedOn, slugify } from "./convert.ts";
import { META_FIELDS, one, type SpamVerdict, type Submission, spamVerdict } from "./submission.ts";

export type Outcome =
  | { kind: "spam"; submission: Submission; spam: SpamVerdict }
  | { kind: "invalid"; submission: Submission; id: string; findings: Finding[]; text: string }
  | {
      kind: "created" | "edited" | "unchanged" | "kept";
      submission: Submission;
      id: string;
      file: string;
      text: string;
      correction: boolean;
      changed: string[];
      duplicates: DuplicateMatch[];
      notes: string[];
      warnings: Finding[];
    };

/** A submission that became (or already was) a file. */
export type WrittenOutcome = Extract<Outcome, { file: string }>;

export interface ImportOptions {
  today: string;
  force?: boolean;
  /** Compute everything, write nothing (the Netlify Function uses this to get the file text). */
  dryRun?: boolean;
  /** The current text of an entry; by default read from the data folder (the Function asks GitHub). */
  existing?: (id: string) => string | undefined;
}

const MARKER = "submission:";

/** The header comment of a new file: where it came from, with the submission id that makes re-runs idempotent. */
function provenanceComment(s: Submission, today: string): string {
  const publicSource = one(s, "provenance") === "public-source";
  return publicSource
    ? `From public sources (see sources), written down on ${receivedOn(s, today)}; not yet checked with the initiative.\n${MARKER} ${s.id}`
    : `Received through the contribute form on ${receivedOn(s, today)}.\n${MARKER} ${s.id}`;
}

/** Submission id → the id of the file an earlier run wrote for it, from the files' header comments. */
function filesBySubmission(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const folder = path.join(dir, "initiatives");
  if (!existsSync(folder)) return found;
  for (const name of readdirSync(folder)) {
    if (!name.endsWith(".yaml")) continue;
    const head = readFileSync(path.join(folder, name), "utf8").slice(0, 600);
    const m = new RegExp(`^# ${MARKER} (\\S+)$`, "m").exec(head);
    if (m) found.set(m[1]!, name.replace(/\.yaml$/, ""));
  }
  return found;
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** A free id for a new entry: its name, then name + commune, then a number. */
function freeId(data: DataFolder, entry: Record<string, unknown>): string {
  const name = typeof entry.name === "string" ? entry.name : Object.values(entry.name as Record<string, string>)[0]!;
  const base = slugify(name);
  const commune = (entry.communes as string[] | undefined)?.[0];
  const candidates = [base, ...(commune && !base.endsWith(commune) ? [`${base}-${commune}`] : [])];
  for (let n = 2; n < 100; n++) candidates.push(`${candidates[candidates.length > 1 ? 1 : 0]}-${n}`);
  return candidates.find((id) => !data.has(id) && !existsSync(path.join(data.dir, "initiatives", `${id}.yaml`)))!;
}

export function importSubmissions(dataDir: string, submissions: Submission[], options: ImportOptions): Outcome[] {
  const data = new DataFolder(dataDir, { today: options.today });
  const written = filesBySubmission(data.dir);
  try {
    return submissions.map((s) => importOne(data, written, s, options));
  } finally {
    data.dispose();
  }
}

function importOne(data: DataFolder, written: Map<string, string>, s: Submission, options: ImportOptions): Outcome {
  const spam = spamVerdict(s);
  if (spam) return { kind: "spam", submission: s, spam };
  const correctionOf = one(s, META_FIELDS.correctionOf);
  const languages = data.languages;

  if (correctionOf) {
    const file = path.join(data.dir, "initiatives", `${correctionOf}.yaml`);
    const before = options.existing
      ? options.existing(correctionOf)
      : existsSync(file)
        ? readFileSync(file, "utf8")
        : undefined;
    if (before === undefined)
      return {
        kind: "invalid",
        submission: s,
        id: correctionOf,
        text: "",
        findings: [
          { severity: "error", file: "", line: 1, col: 1, code: "unknown-correction", params: { value: correctionOf } },
        ],
      };
    const { text, changed, notes } = applyCorrection(before, s, languages, options.today);
    const checked = data.check(correctionOf, text);
    if (checked.errors.length)
      return { kind: "invalid", submission: s, id: correctionOf, findings: checked.errors, text };
    if (changed.length && !options.dryRun) {
      writeAtomic(file, text);
      data.accept(correctionOf, text);
    }
    return {
      kind: changed.length ? "edited" : "unchanged",
      submission: s,
      id: correctionOf,
      file,
      text,
      correction: true,
      changed,
      duplicates: [],
      notes,
      warnings: checked.findings.filter((f) => f.severity !== "error"),
    };
  }

  const { entry, notes } = entryFromSubmission(s, languages, options.today);
  const earlier = written.get(s.id);
  const id = earlier ?? (entry.name ? freeId(data, entry) : "initiative");
  const text = entryYaml(entry, provenanceComment(s, options.today));
  const file = path.join(data.dir, "initiatives", `${id}.yaml`);
  const onDisk = earlier ? readFileSync(file, "utf8") : undefined;
  // The data folder validated as a whole: a file that is already exactly this text needs no new check.
  const checked = onDisk === text ? { errors: [], duplicates: [], findings: [] } : data.check(id, text);
  if (checked.errors.length) return { kind: "invalid", submission: s, id, findings: checked.errors, text };
  const base = {
    submission: s,
    id,
    file,
    text,
    correction: false,
    changed: [],
    duplicates: checked.duplicates,
    notes,
    warnings: checked.findings.filter((f) => f.severity !== "error"),
  };
  if (earlier) {
    if (onDisk === text) return { kind: "unchanged", ...base, duplicates: [] };
    if (!options.force) return { kind: "kept", ...base, duplicates: [] };
  }
  if (!options.dryRun) {
    writeAtomic(file, text);
    data.accept(id, text);
    written.set(s.id, id);
  }
  return { kind: earlier ? "edited" : "created", ...base };
}

const REPORT_ORDER = ["created", "edited", "unchanged", "kept", "invalid", "spam"] as const;

/** The report a maintainer reads: every submission in one section, duplicates named with their reason. */
export function formatReport(outcomes: Outcome[], lang: Lang): string {
  const out: string[] = [];
  const label = (s: Submission) => {
    const name =
      one(s, "name") ||
      Object.entries(s.fields).find(([k]) => k.startsWith("name."))?.[1] ||
      one(s, META_FIELDS.correctionOf) ||
      "?";
    return `#${s.id} “${String(name)}”`;
  };
  for (const kind of REPORT_ORDER) {
    const items = outcomes.filter((o) => o.kind === kind);
    if (!items.length) continue;
    out.push(message(`import-${kind}`, { count: items.length }, lang));
    for (const o of items) {
      if (o.kind === "spam") out.push(`  ${label(o.submission)}: ${message(o.spam.code, o.spam.params, lang)}`);
      else if (o.kind === "invalid") {
        out.push(`  ${label(o.submission)} → initiatives/${o.id}.yaml`);
        for (const f of o.findings) out.push(`    ${f.line}:${f.col}  ${message(f.code, f.params, lang)}`);
      } else {
        const what = o.changed.length ? ` (${o.changed.join(", ")})` : "";
        out.push(`  ${label(o.submission)} → initiatives/${o.id}.yaml${what}`);
        for (const note of o.notes) out.push(`    ${message(note, {}, lang)}`);
        if (o.kind === "kept") out.push(`    ${message("file-exists", { value: `initiatives/${o.id}.yaml` }, lang)}`);
      }
    }
  }
  const duplicates = outcomes.filter((o) => "duplicates" in o && o.duplicates.length);
  if (duplicates.length) {
    out.push(message("heading-duplicates", { count: duplicates.length }, lang));
    for (const o of duplicates) {
      if (!("duplicates" in o)) continue;
      for (const d of o.duplicates) {
        const other = `initiatives/${d.other}.yaml`;
        const why =
          d.reason === "name"
            ? message("similar-name", { other, value: d.otherName }, lang)
            : d.reason === "local-name"
              ? message("similar-local-name", { other, value: d.otherName }, lang)
              : message("possible-duplicate", { what: d.reason, other }, lang);
        out.push(`  initiatives/${o.id}.yaml: ${why}`);
      }
    }
  }
  const count = (k: Outcome["kind"]) => outcomes.filter((o) => o.kind === k).length;
  out.push(
    message(
      "import-summary",
      {
        total: outcomes.length,
        valid: count("created") + count("edited") + count("unchanged") + count("kept"),
        invalid: count("invalid"),
        spam: count("spam"),
        duplicates: duplicates.length,
      },
      lang,
    ),
  );
  return out.join("\n");
}
