// `annuaire verify ID`: someone checked an entry; its `verified` date becomes today. Only the date's own
// characters change: the file is parsed with yaml's parseDocument to find where the value sits, and the
// text is spliced there, so comments, key order, quotes and line breaks stay exactly as written. The
// new file replaces the old one with a rename (never half-written).
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, parseDocument } from "yaml";
import { ID_PATTERN } from "../model/schema.ts";

export interface VerifyOutcome {
  id: string;
  file: string;
  state: "updated" | "unchanged" | "missing" | "invalid";
  before?: string;
  detail?: string;
}

/** The new text of one initiative file with `verified: today`, or why not. */
export function setVerified(text: string, today: string): { text: string; before?: string } {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(doc.errors[0]!.message.split("\n")[0]);
  if (!isMap(doc.contents)) throw new Error("the file is not a list of fields");
  const node = doc.contents.get("verified", true);
  if (isScalar(node) && node.range) {
    const [start, end] = node.range;
    const before = String(node.value);
    // Keep the quoting style the file used.
    const quote = node.type === "QUOTE_DOUBLE" ? '"' : node.type === "QUOTE_SINGLE" ? "'" : "";
    return { text: `${text.slice(0, start)}${quote}${today}${quote}${text.slice(end)}`, before };
  }
  if (node !== undefined) throw new Error("`verified` is not a date");
  return { text: `${text}${text.endsWith("\n") || text === "" ? "" : "\n"}verified: ${today}\n` };
}

export function verifyEntries(dataDir: string, ids: readonly string[], today: string): VerifyOutcome[] {
  return ids.map((id): VerifyOutcome => {
    const file = path.join(dataDir, "initiatives", `${id}.yaml`);
    if (!ID_PATTERN.test(id) || !existsSync(file)) return { id, file, state: "missing" };
    const text = readFileSync(file, "utf8");
    let next: { text: string; before?: string };
    try {
      next = setVerified(text, today);
    } catch (error) {
      return { id, file, state: "invalid", detail: (error as Error).message };
    }
    if (next.text === text) return { id, file, state: "unchanged", ...(next.before ? { before: next.before } : {}) };
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, next.text);
    renameSync(tmp, file);
    return { id, file, state: "updated", ...(next.before ? { before: next.before } : {}) };
  });
}
