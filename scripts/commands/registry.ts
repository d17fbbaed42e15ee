// Every `annuaire` command, declared as data: its name, what it does, its own options and examples.
// scripts/cli.ts turns these into a commander program; adding a command is one file plus one line in
// COMMANDS below. An option belongs to the commands that list it and no other.
import type { Lang } from "../lib/lang.ts";

export interface OptionSpec {
  /** commander flags, e.g. "--data <dir>" or "--large-print". */
  flags: string;
  description: string;
  default?: string | boolean;
  /** Allowed values, checked before the command runs (exit 2 otherwise). */
  choices?: readonly string[];
}

export interface CommandContext {
  /** Option values by camelCase name, positional folder already folded into `data`. */
  options: Record<string, string | boolean | string[] | undefined>;
  /** Positional arguments other than the data folder. */
  args: string[];
  lang: Lang;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** A positional argument, e.g. "[folder]" (the data folder) or "<ids...>". */
  argument?: { syntax: string; description: string; isDataFolder?: boolean };
  options: OptionSpec[];
  examples: string[];
  run(context: CommandContext): Promise<number>;
}

// ---- options shared by several commands (each command still lists the ones it accepts) ----
export const DATA: OptionSpec = { flags: "--data <dir>", description: "the data folder", default: "data" };
export const OUT: OptionSpec = { flags: "--out <dir>", description: "the output folder", default: "_site" };
export const LANG: OptionSpec = {
  flags: "--lang <lang>",
  description: "language of messages (default: $ANNUAIRE_LANG, else $LANG, else en)",
  choices: ["fr", "nl", "en"],
};
export const TODAY: OptionSpec = {
  flags: "--today <date>",
  description:
    "the date the command speaks for (YYYY-MM-DD); default: $SOURCE_DATE_EPOCH, else the date of the data's last git commit",
};
export const FORMAT = (choices: readonly string[], what: string): OptionSpec => ({
  flags: "--format <format>",
  description: what,
  default: choices[0]!,
  choices,
});

/** Every command, in the order `annuaire --help` lists them. */
export async function loadCommands(): Promise<CommandSpec[]> {
  const modules = await Promise.all([
    import("./validate.ts"),
    import("./build.ts"),
    import("./dev.ts"),
    import("./schema.ts"),
    import("./merge-print.ts"),
    import("./stale.ts"),
    import("./verify.ts"),
    import("./check-links.ts"),
    import("./edition.ts"),
    import("./import-submissions.ts"),
    import("./new.ts"),
  ]);
  return modules.map((m) => m.command);
}
