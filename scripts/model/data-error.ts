// An error that comes from the data, carrying the finding that says where: the build prints it as
// `file:line:col  error: …` in the reader's language instead of a stack trace.
import type { Finding } from "./findings.ts";

export class DataFileError extends Error {
  constructor(readonly finding: Finding) {
    super(`${finding.file}:${finding.line}:${finding.col} ${finding.code} ${JSON.stringify(finding.params)}`);
  }
}

/** The first line of an error's message, for a finding's `detail`. */
export const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error))
    .split("\n")[0]!
    .replace(/ at line \d+, column \d+:?$/, "")
    .slice(0, 300);
