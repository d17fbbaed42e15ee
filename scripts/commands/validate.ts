import type { CommonOptions } from "../cli.ts";
import { createProgress } from "../lib/progress.ts";
import { formatFindings } from "../model/findings.ts";
import { validateDataDir } from "../model/validate.ts";

export async function validateCommand(options: CommonOptions): Promise<number> {
  const progress = createProgress();
  progress.phase("validate");
  const result = validateDataDir(options.data, options.today ? { today: options.today } : {});
  progress.done(`${result.files} files`);
  const output = formatFindings(result.findings, options.format, options.lang, { files: result.files });
  if (output) process.stdout.write(`${output}\n`);
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}
