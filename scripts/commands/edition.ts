import path from "node:path";
import { upkeepToday } from "../agenda/clock.ts";
import { freezeEdition, loadEditions, previousEdition, writeEdition } from "../agenda/editions.ts";
import { modelOrReport } from "../agenda/load-for-command.ts";
import { type CommandSpec, DATA, TODAY } from "./registry.ts";

export const command: CommandSpec = {
  name: "edition",
  summary:
    "freeze: record what each booklet of this edition contains (data/editions/), for the next edition's changes page; list: show frozen editions",
  argument: { syntax: "<action>", description: "freeze or list" },
  options: [
    DATA,
    { flags: "--label <label>", description: "the edition's label (default: print.edition in site.yaml)" },
    { flags: "--force", description: "overwrite an edition that is already frozen" },
    TODAY,
  ],
  examples: ["annuaire edition freeze", "annuaire edition freeze --label 2027", "annuaire edition list"],
  async run({ options, args, lang }) {
    const action = args[0];
    const model = modelOrReport(String(options.data), lang);
    if (!model) return 1;
    const shown = (file: string) => path.relative(process.cwd(), file) || file;
    if (action === "list") {
      const editions = loadEditions(model.dataDir);
      if (!editions.length)
        process.stdout.write('No frozen edition yet: the next booklets will say "first edition".\n');
      for (const e of editions)
        process.stdout.write(`${e.edition}\tfrozen ${e.frozen}\t${Object.keys(e.booklets).length} booklets\n`);
      const previous = previousEdition(editions, model.site.print.edition);
      process.stdout.write(
        `Edition "${model.site.print.edition}" compares with: ${previous ? `"${previous.edition}"` : "nothing (first edition)"}\n`,
      );
      return 0;
    }
    if (action !== "freeze") {
      process.stderr.write(`annuaire edition: say "freeze" or "list", not "${action ?? ""}"\n`);
      return 2;
    }
    const today = upkeepToday(options.today);
    const edition = freezeEdition(model, today, typeof options.label === "string" ? options.label : undefined);
    const { file, written } = writeEdition(model.dataDir, edition, options.force === true);
    if (!written) {
      process.stderr.write(
        `${shown(file)} exists: edition "${edition.edition}" is already frozen (use --force to replace it)\n`,
      );
      return 1;
    }
    const entries = new Set(Object.values(edition.booklets).flatMap((list) => list.map((e) => e.id)));
    process.stdout.write(
      `${shown(file)}: edition "${edition.edition}" frozen on ${today}, ${Object.keys(edition.booklets).length} booklets, ${entries.size} entries. Commit it with the data.\n`,
    );
    return 0;
  },
};
