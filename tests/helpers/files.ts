// Reading a built site back: every file, as text, with Pagefind's compressed files unpacked and PDFs
// turned into text by pdftotext.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(root);
  return out.sort();
}

export const pdfText = (file: string, first?: number, last?: number): string =>
  execFileSync(
    "pdftotext",
    [...(first ? ["-f", String(first)] : []), ...(last ? ["-l", String(last)] : []), "-layout", file, "-"],
    { encoding: "utf8" },
  );

/** The readable text of any output file. */
export function readableText(file: string): string {
  const bytes = readFileSync(file);
  if (file.endsWith(".pdf")) return pdfText(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b)
    return gunzipSync(bytes).toString("latin1") + gunzipSync(bytes).toString("utf8");
  return bytes.toString("utf8");
}

export const read = (root: string, relative: string): string => readFileSync(path.join(root, relative), "utf8");
