// `annuaire <command>`: the one entry point, on commander (per-command help, strict options, exit
// codes we choose). The commands themselves are declared in scripts/commands/registry.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError, Option } from "commander";
import { type CommandSpec, loadCommands } from "./commands/registry.ts";
import { isLang, type Lang } from "./lib/lang.ts";
import { langFromEnv } from "./model/messages.ts";

const VERSION = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../package.json"), "utf8")) as { version: string }
).version;

/** Every environment variable the program reads. Shown in `--help` and in the README. */
export const ENVIRONMENT = `Environment:
  ANNUAIRE_LANG        language of messages (fr, nl, en) when --lang is not given; then LC_ALL, LANG
  ANNUAIRE_QUIET       1 = no progress lines, even on a terminal (CI=true does the same)
  ANNUAIRE_PRINT_JOBS  how many booklets render at once (default: 2 per core, at most 4)
  ANNUAIRE_BASE_URL    the public address of the site, overriding baseUrl in site.yaml (QR codes)
  ANNUAIRE_OFFLINE     1 = read no remote calendar; use the copies in the cache (the build says so)
  ANNUAIRE_CACHE_DIR   where remote calendars, link-check results and parsed data files are kept (default .cache/)
  ANNUAIRE_FETCH_TIMEOUT_MS  deadline for one remote calendar (default 8000)
  ANNUAIRE_FETCH_MAX_AGE_S   reuse a remote calendar read less than this long ago (default 3600)
  SOURCE_DATE_EPOCH    seconds since 1970: the build date, when --today is not given
  PUPPETEER_EXECUTABLE_PATH  the Chrome or Chromium to print with`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

class UsageError extends Error {}

function addCommand(program: Command, spec: CommandSpec): void {
  const command = program.command(spec.name).description(spec.summary).allowExcessArguments(false);
  if (spec.argument) command.argument(spec.argument.syntax, spec.argument.description);
  for (const o of spec.options) {
    const option = new Option(o.flags, o.description);
    if (o.default !== undefined) option.default(o.default);
    if (o.choices) option.choices(o.choices);
    command.addOption(option);
  }
  command.addHelpText("after", `\nExamples:\n${spec.examples.map((e) => `  $ ${e}`).join("\n")}\n`);
  command.action(async (...received: unknown[]) => {
    const cmd = received[received.length - 1] as Command;
    const options = { ...cmd.opts() } as Record<string, string | boolean | string[] | undefined>;
    const positional = spec.argument ? received[0] : undefined;
    let args: string[] = [];
    if (spec.argument?.isDataFolder && typeof positional === "string") {
      // `annuaire validate ../my-city` means --data ../my-city; both at once must agree.
      const given = cmd.getOptionValueSource("data") === "cli" ? String(options.data) : undefined;
      if (given !== undefined && path.resolve(given) !== path.resolve(positional)) {
        throw new UsageError(`the folder "${positional}" and --data "${given}" disagree: give only one`);
      }
      options.data = positional;
    } else if (Array.isArray(positional)) args = positional.map(String);
    else if (typeof positional === "string") args = [positional];
    if (typeof options.today === "string" && !DATE.test(options.today)) {
      throw new UsageError(`--today takes a date like 2026-11-30, not "${options.today}"`);
    }
    const lang: Lang = typeof options.lang === "string" && isLang(options.lang) ? options.lang : langFromEnv();
    process.exitCode = await spec.run({ options, args, lang });
  });
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command("annuaire")
    .description("A directory of citizen initiatives, as a website and as printed booklets.")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help (also: annuaire <command> --help)")
    .addHelpCommand("help [command]", "show help for a command")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    })
    .addHelpText("after", `\n${ENVIRONMENT}\n`);
  for (const spec of await loadCommands()) addCommand(program, spec);
  for (const sub of program.commands) sub.exitOverride().configureOutput(program.configureOutput());
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return 2;
  }
  process.exitCode = 0;
  try {
    await program.parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
      if (error.code === "commander.help") return 0;
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`annuaire: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
