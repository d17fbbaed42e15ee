import { upkeepToday } from "../agenda/clock.ts";
import { modelOrReport } from "../agenda/load-for-command.ts";
import { staleCsv, staleHtmlDocument, staleMarkdown, staleReport } from "../agenda/stale.ts";
import { type CommandSpec, DATA, FORMAT, LANG, TODAY } from "./registry.ts";

export const command: CommandSpec = {
  name: "stale",
  summary: "list entries to check (by commune, with contacts and a ready-to-send message in each entry's language)",
  argument: { syntax: "[folder]", description: "the data folder (same as --data)", isDataFolder: true },
  options: [
    DATA,
    {
      flags: "--older-than <months>",
      description: "verified this long ago or more, e.g. 12m or 12 (default: staleWarningMonths in site.yaml)",
    },
    { flags: "--commune <id>", description: "only the entries of one commune" },
    FORMAT(
      ["md", "csv", "html"],
      "md (readable, mailto links), csv (a spreadsheet), html (printable, with a call sheet)",
    ),
    LANG,
    TODAY,
  ],
  examples: [
    "annuaire stale",
    "annuaire stale --older-than 18m --commune ixelles",
    "annuaire stale --format html > veille.html",
  ],
  async run({ options, lang }) {
    let olderThanMonths: number | undefined;
    if (typeof options.olderThan === "string") {
      const m = /^(\d+)\s*m?$/.exec(options.olderThan.trim());
      if (!m) {
        process.stderr.write(`annuaire stale: --older-than takes months, like 12m, not "${options.olderThan}"\n`);
        return 2;
      }
      olderThanMonths = Number(m[1]);
    }
    const model = modelOrReport(String(options.data), lang);
    if (!model) return 1;
    if (typeof options.commune === "string" && !model.communes.some((c) => c.id === options.commune)) {
      process.stderr.write(`annuaire stale: no commune "${options.commune}" in communes.yaml\n`);
      return 2;
    }
    const today = upkeepToday(options.today);
    const report = staleReport(model, today, {
      lang,
      ...(olderThanMonths !== undefined ? { olderThanMonths } : {}),
      ...(typeof options.commune === "string" ? { commune: options.commune } : {}),
    });
    const format = options.format as "md" | "csv" | "html";
    process.stdout.write(
      format === "csv"
        ? staleCsv(report)
        : format === "html"
          ? staleHtmlDocument(report, lang)
          : staleMarkdown(report, lang),
    );
    return 0;
  },
};
