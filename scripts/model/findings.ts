// A finding is one problem in one place of the data. It carries a stable `code` and its `params`,
// never prose: the words come from messages.ts in the reader's language, so the same finding can be
// printed for a volunteer (text), a machine (json) or a pull-request check (github).
import { type Lang, message } from "./messages.ts";

export type Severity = "error" | "warning" | "info";
export type Params = Record<string, string | number>;

export interface Finding {
  severity: Severity;
  /** Path relative to the folder the user ran the command from (or absolute if outside it). */
  file: string;
  line: number;
  col: number;
  code: string;
  params: Params;
}

export const sortFindings = (findings: Finding[]): Finding[] =>
  [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.col - b.col ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );

export const countBySeverity = (findings: Finding[]) => ({
  errors: findings.filter((f) => f.severity === "error").length,
  warnings: findings.filter((f) => f.severity === "warning").length,
});

export type Format = "text" | "json" | "github";

/** Findings listed under their own heading in the text format. */
const FINDING_GROUPS = [
  { heading: "heading-duplicates", codes: ["possible-duplicate", "similar-name", "similar-local-name"] },
  { heading: "heading-to-check", codes: ["to-check"] },
];

const githubEscape = (s: string, property = false) => {
  const out = s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  return property ? out.replace(/:/g, "%3A").replace(/,/g, "%2C") : out;
};

export function formatFindings(findings: Finding[], format: Format, lang: Lang, summary: { files: number }): string {
  const sorted = sortFindings(findings);
  const { errors, warnings } = countBySeverity(sorted);
  if (format === "json") {
    return JSON.stringify(
      {
        files: summary.files,
        errors,
        warnings,
        findings: sorted.map((f) => ({ ...f, message: message(f.code, f.params, lang) })),
      },
      null,
      2,
    );
  }
  if (format === "github") {
    return sorted
      .map(
        (f) =>
          `::${f.severity === "info" ? "notice" : f.severity} file=${githubEscape(f.file, true)},line=${f.line},col=${f.col}::${githubEscape(message(f.code, f.params, lang))}`,
      )
      .join("\n");
  }
  const line = (f: Finding) =>
    `${f.file}:${f.line}:${f.col}  ${message(`severity-${f.severity}`, {}, lang)}: ${message(f.code, f.params, lang)}`;
  // Possible duplicates and entries still to be checked each get their own heading after the rest.
  const lines = sorted.filter((f) => !FINDING_GROUPS.some((g) => g.codes.includes(f.code))).map(line);
  for (const group of FINDING_GROUPS) {
    const inGroup = sorted.filter((f) => group.codes.includes(f.code));
    if (inGroup.length) lines.push("", message(group.heading, { count: inGroup.length }, lang), ...inGroup.map(line));
  }
  lines.push(message("summary", { files: summary.files, errors, warnings }, lang));
  return lines.join("\n");
}
