import { readFileSync } from "node:fs";
import { formatReport, importSubmissions } from "../contribute/import.ts";
import { parseExport } from "../contribute/submission.ts";
import { todayIso } from "../model/model.ts";
import { type CommandSpec, DATA, LANG, TODAY } from "./registry.ts";

export const command: CommandSpec = {
  name: "import-submissions",
  summary:
    "turn a Netlify Forms export (JSON or CSV) into new or corrected data/initiatives/*.yaml files, with a report",
  argument: { syntax: "<file>", description: "the export: Netlify's JSON (API or download) or CSV" },
  options: [
    DATA,
    LANG,
    { ...TODAY, description: "the date used when a submission has no date (default: today)" },
    { flags: "--force", description: "replace files written from the same submission that were changed since" },
    { flags: "--dry-run", description: "print the report, write nothing" },
  ],
  examples: [
    "annuaire import-submissions ~/Downloads/contribute-submissions.csv",
    "annuaire import-submissions export.json --dry-run --lang fr",
  ],
  async run({ options, args, lang }) {
    const file = args[0]!;
    const submissions = parseExport(readFileSync(file, "utf8"));
    const outcomes = importSubmissions(String(options.data), submissions, {
      today: (options.today as string | undefined) ?? todayIso(),
      force: options.force === true,
      dryRun: options.dryRun === true,
    });
    process.stdout.write(`${formatReport(outcomes, lang)}\n`);
    return outcomes.some((o) => o.kind === "invalid") ? 1 : 0;
  },
};
