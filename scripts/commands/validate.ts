import { createProgress } from "../lib/progress.ts";
import { formatFindings } from "../model/findings.ts";
import { validateDataDir } from "../model/validate.ts";
import { type CommandSpec, DATA, FORMAT, LANG, TODAY } from "./registry.ts";

export const command: CommandSpec = {
  name: "validate",
  summary: "check every data file and list all problems as file:line:col (exit 1 on errors)",
  argument: { syntax: "[folder]", description: "the data folder (same as --data)", isDataFolder: true },
  options: [
    DATA,
    FORMAT(["text", "json", "github"], "how findings are printed (github: pull-request annotations)"),
    LANG,
    TODAY,
  ],
  examples: ["annuaire validate", "annuaire validate ../my-city --lang nl", "annuaire validate --format github"],
  async run({ options, lang }) {
    const progress = createProgress();
    progress.phase("validate");
    const today = options.today as string | undefined;
    const result = validateDataDir(String(options.data), today ? { today } : {});
    progress.done(`${result.files} files`);
    const format = options.format as "text" | "json" | "github";
    const output = formatFindings(result.findings, format, lang, { files: result.files });
    if (output) process.stdout.write(`${output}\n`);
    return result.findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};
