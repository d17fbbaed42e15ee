import path from "node:path";
import { upkeepToday } from "../agenda/clock.ts";
import { verifyEntries } from "../agenda/verify.ts";
import { type CommandSpec, DATA, TODAY } from "./registry.ts";

export const command: CommandSpec = {
  name: "verify",
  summary: "mark entries as checked today: sets `verified` in their files, keeping comments and layout",
  argument: { syntax: "<ids...>", description: "initiative ids (file names without .yaml)" },
  options: [DATA, { ...TODAY, description: "the date to write (YYYY-MM-DD); default: $SOURCE_DATE_EPOCH, else today" }],
  examples: ["annuaire verify repair-together", "annuaire verify financite flucity --today 2026-12-01"],
  async run({ options, args }) {
    const today = upkeepToday(options.today);
    const outcomes = verifyEntries(path.resolve(String(options.data)), args, today);
    let failed = 0;
    for (const o of outcomes) {
      const shown = path.relative(process.cwd(), o.file);
      if (o.state === "updated") process.stdout.write(`${shown}: verified ${o.before ?? "(none)"} → ${today}\n`);
      else if (o.state === "unchanged") process.stdout.write(`${shown}: already verified on ${today}\n`);
      else {
        failed++;
        process.stderr.write(
          o.state === "missing"
            ? `${o.id}: no file ${shown}\n`
            : `${shown}: not changed, ${o.detail ?? "unreadable"}\n`,
        );
      }
    }
    return failed ? 1 : 0;
  },
};
