// Stage 1, load: files on disk → parsed YAML documents that remember where every value came from.
// Nothing here knows the contract; it only reads, decodes and parses, and reports what it cannot.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, type Stats, statSync } from "node:fs";
import path from "node:path";
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Node as YamlNode,
} from "yaml";
import type { Finding, Params } from "./findings.ts";
import { parsed } from "./parse-cache.ts";
import type { FileKind } from "./schema.ts";

export const MAX_FILE_BYTES = 1024 * 1024;

export interface SourceFile {
  kind: FileKind;
  /** Absolute path on disk. */
  abs: string;
  /** Path as shown to the user. */
  shown: string;
  /** For initiatives and events: the id taken from the file name. */
  id?: string;
  /** Parsed plain data, or undefined when the file could not be read or parsed. */
  data: unknown;
  doc?: Document.Parsed;
  lines?: LineCounter;
  /** The text, kept when the data came from the parse cache (the document is parsed on demand). */
  text?: string;
}

export interface LoadResult {
  files: SourceFile[];
  findings: Finding[];
}

export type PathSegment = string | number;

const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

const YAML_CODES: Record<string, string> = {
  TAB_AS_INDENT: "tab-indent",
  DUPLICATE_KEY: "duplicate-key",
  BLOCK_AS_IMPLICIT_KEY: "colon-in-text",
  MULTILINE_IMPLICIT_KEY: "colon-in-text",
  BAD_INDENT: "bad-indent",
};

/** Reads and parses one YAML file, pushing any finding about its bytes or syntax. */
export function loadYamlFile(kind: FileKind, abs: string, shown: string, findings: Finding[]): SourceFile {
  const file: SourceFile = { kind, abs, shown, data: undefined };
  const at = (line: number, col: number, code: string, params: Finding["params"] = {}) =>
    findings.push({ severity: "error", file: shown, line, col, code, params });

  const size = statSync(abs).size;
  if (size > MAX_FILE_BYTES) {
    at(1, 1, "file-too-large", { size: formatSize(size), max: formatSize(MAX_FILE_BYTES) });
    return file;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(abs));
  } catch {
    at(1, 1, "not-utf8");
    return file;
  }
  // A byte-order mark is invisible in editors and harmless: drop it so columns stay right.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "" || /^(\s*#.*\n?)*\s*$/.test(text)) {
    at(1, 1, "empty-file");
    return file;
  }

  // A file parsed cleanly before with the same text: its data from the cache, its document (for
  // positions in messages) parsed again only if a message needs one (see positionOf).
  const key = parsed.key(text);
  const known = parsed.get(key);
  if (known !== undefined) {
    file.data = known;
    file.text = text;
    return file;
  }
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (!Array.isArray(docs)) {
    at(1, 1, "empty-file");
    return file;
  }
  const doc = docs[0];
  if (!doc) {
    at(1, 1, "empty-file");
    return file;
  }
  if (docs.length > 1) {
    const second = docs[1]!;
    const pos = lines.linePos(second.range[0]);
    at(pos.line, pos.col, "multiple-documents");
  }
  let syntaxError = false;
  const linesWithError = new Set<number>();
  for (const error of doc.errors) {
    syntaxError = true;
    const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
    let code = YAML_CODES[error.code] ?? "yaml-syntax";
    let where = pos;
    const quote = error.code === "MISSING_CHAR" ? /closing (["'])quote/.exec(error.message)?.[1] : undefined;
    if (quote) {
      // The parser notices a missing closing quote at the end of the file; the mistake is where it opens.
      const opening = findOpeningQuote(text, error.pos[0], quote);
      if (opening >= 0) {
        code = "unclosed-quote";
        where = lines.linePos(opening);
      }
    }
    const detail = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    const params: Finding["params"] = code === "yaml-syntax" ? { detail } : {};
    if (code === "duplicate-key") {
      const key = /"?([^"\s]+)"?/.exec(text.slice(error.pos[0], error.pos[1]))?.[1];
      params.field = key ?? "?";
    }
    // One syntax error a line: the parser's follow-up complaints are about the same mistake.
    if (linesWithError.has(where.line)) continue;
    linesWithError.add(where.line);
    at(where.line, where.col, code, params);
  }
  if (syntaxError) return file;
  file.doc = doc;
  file.lines = lines;
  try {
    file.data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // yaml refuses documents whose aliases would expand without bound.
    at(1, 1, "too-many-aliases");
    return file;
  }
  if (file.data === null || file.data === undefined) at(1, 1, "empty-file");
  else if (docs.length === 1) parsed.set(key, file.data, text);
  return file;
}

/** The offset of the quote that opens a value and is never closed, or -1. */
function findOpeningQuote(text: string, before: number, quote: string): number {
  for (let i = Math.min(before, text.length) - 1; i >= 0; i--) {
    if (text[i] === quote && /(^|[:\-[{,]\s*)$/.test(text.slice(Math.max(0, i - 3), i).replace(/^.*\n/s, ""))) return i;
  }
  return -1;
}

/** Where a path inside a document starts: the value if it exists, else the nearest parent. */
export function positionOf(
  file: SourceFile,
  pathSegments: readonly PathSegment[],
  which: "value" | "key" = "value",
): { line: number; col: number } {
  if (!file.doc && file.text !== undefined) {
    // Data from the parse cache: parse the text now, for its positions.
    file.lines = new LineCounter();
    file.doc = parseAllDocuments(file.text, { lineCounter: file.lines, uniqueKeys: true })[0] as Document.Parsed;
  }
  if (!file.doc || !file.lines) return { line: 1, col: 1 };
  let node: unknown = file.doc.contents;
  let offset = (node as YamlNode | null)?.range?.[0] ?? 0;
  for (let i = 0; i < pathSegments.length; i++) {
    const segment = pathSegments[i]!;
    const last = i === pathSegments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment),
      );
      if (!pair) break;
      const keyNode = pair.key as YamlNode | null;
      if (last && which === "key" && keyNode?.range) {
        offset = keyNode.range[0];
        break;
      }
      const valueNode = pair.value as YamlNode | null;
      // An empty value has no range of its own: point at its key.
      offset = valueNode?.range?.[0] ?? keyNode?.range?.[0] ?? offset;
      node = valueNode;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as YamlNode | undefined;
      if (!item?.range) break;
      offset = item.range[0];
      node = item;
    } else break;
  }
  return file.lines.linePos(offset);
}

const YAML_FILE = /\.ya?ml$/i;

interface Listed {
  /** Absolute path as found in the folder (a link keeps its own name). */
  abs: string;
  /** Where the bytes really are. */
  real: string;
}

/**
 * Lists the YAML files of `dir` and of its subfolders, in a stable order (by code point, so every
 * machine agrees). Symbolic links are followed once: a link leaving the data folder, a loop or a
 * dangling link is reported, never read. Other files are reported as not read; hidden ones (.git,
 * editor back-ups) are left alone, as every tool does.
 */
function listYaml(
  dir: string,
  realRoot: string,
  report: (abs: string, code: string, params?: Params) => void,
): Listed[] {
  const out: Listed[] = [];
  const visited = new Set<string>();
  const walk = (folder: string, realFolder: string) => {
    visited.add(realFolder);
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const abs = path.join(folder, entry.name);
      let real = abs;
      let stats: Stats;
      if (entry.isSymbolicLink()) {
        try {
          real = realpathSync(abs);
        } catch (error) {
          report(abs, (error as NodeJS.ErrnoException).code === "ELOOP" ? "symlink-loop" : "symlink-broken");
          continue;
        }
        if (!isInside(realRoot, real)) {
          report(abs, "symlink-outside", { target: real });
          continue;
        }
        stats = statSync(real);
        if (stats.isDirectory() && (visited.has(real) || isInside(real, realFolder))) {
          report(abs, "symlink-loop");
          continue;
        }
      } else stats = statSync(abs);
      if (stats.isDirectory()) walk(abs, real);
      else if (stats.isFile() && YAML_FILE.test(entry.name)) out.push({ abs, real });
      else report(abs, "ignored-file");
    }
  };
  if (existsSync(dir)) walk(dir, realpathSync(dir));
  return out;
}

const isInside = (root: string, file: string) => {
  const rel = path.relative(root, file);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

/** 0 for a file named as it should be (a lowercase id, .yaml); higher for each way it is not. */
const canonical = (file: SourceFile) =>
  (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(file.id ?? "") ? 0 : 2) + (file.abs.endsWith(".yaml") ? 0 : 1);

const lstatIfAny = (abs: string) => {
  try {
    return lstatSync(abs);
  } catch {
    return undefined;
  }
};

export const showPath = (abs: string, cwd = process.cwd()): string => {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : abs;
};

/** Loads every file of a data folder. Missing required files are findings, not exceptions. */
export function loadDataDir(dataDir: string, cwd = process.cwd()): LoadResult {
  const findings: Finding[] = [];
  const files: SourceFile[] = [];
  const root = path.resolve(cwd, dataDir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    findings.push({
      severity: "error",
      file: showPath(root, cwd),
      line: 1,
      col: 1,
      code: "missing-data-dir",
      params: { dir: showPath(root, cwd) },
    });
    return { files, findings };
  }
  const realRoot = realpathSync(root);
  parsed.open(realRoot);
  const problem = (abs: string, code: string, params: Params = {}) =>
    findings.push({
      severity: code === "ignored-file" ? "warning" : "error",
      file: showPath(abs, cwd),
      line: 1,
      col: 1,
      code,
      params: { name: path.relative(root, abs).split(path.sep).join("/"), ...params },
    });
  for (const kind of ["site", "regions", "communes", "sectors"] as const) {
    const name = `${kind}.yaml`;
    const abs = path.join(root, name);
    if (existsSync(abs) && lstatSync(abs).isSymbolicLink() && !isInside(realRoot, realpathSync(abs))) {
      problem(abs, "symlink-outside", { target: realpathSync(abs) });
      continue;
    }
    if (!existsSync(abs)) {
      if (lstatIfAny(abs)) {
        problem(abs, "symlink-broken");
        continue;
      }
      findings.push({
        severity: "error",
        file: showPath(abs, cwd),
        line: 1,
        col: 1,
        code: "missing-file",
        params: { name },
      });
      continue;
    }
    files.push(loadYamlFile(kind, abs, showPath(abs, cwd), findings));
  }
  for (const [kind, folder] of [
    ["initiative", "initiatives"],
    ["event", "events"],
  ] as const) {
    // Ids come from file names, without .yaml/.yml, in any subfolder; two files may not share one,
    // even by case alone (they would collide on a case-insensitive disk and in URLs).
    const taken = new Map<string, SourceFile>();
    for (const { abs } of listYaml(path.join(root, folder), realRoot, problem)) {
      let file = loadYamlFile(kind, abs, showPath(abs, cwd), findings);
      file.id = path.basename(abs).replace(YAML_FILE, "");
      const key = file.id.toLowerCase();
      let first = taken.get(key);
      if (first) {
        // Keep the file whose name is already right (lowercase id, .yaml); the error goes on the other.
        if (canonical(file) < canonical(first)) {
          files[files.indexOf(first)] = file;
          taken.set(key, file);
          [first, file] = [file, first];
        }
        const where = positionOf(first, []);
        const here = positionOf(file, []);
        findings.push({
          severity: "error",
          file: file.shown,
          line: here.line,
          col: here.col,
          code: "duplicate-file-id",
          params: { value: file.id!, other: `${first.shown}:${where.line}:${where.col}` },
        });
        continue;
      }
      taken.set(key, file);
      files.push(file);
    }
  }
  parsed.save();
  return { files, findings };
}
