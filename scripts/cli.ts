// `annuaire <command>`: the one entry point. Each command lives in scripts/commands/.
import { parseArgs } from "node:util";
import { LANGS, type Lang, langFromEnv } from "./model/messages.ts";

export interface CommonOptions {
  data: string;
  out: string;
  lang: Lang;
  format: "text" | "json" | "github";
  only?: "site" | "print";
  today?: string;
  port: number;
  imposition?: "booklet";
  largePrint: boolean;
}

const HELP = `annuaire — a directory of citizen initiatives, as a website and as printed booklets

Usage: annuaire <command> [options]

Commands:
  validate          check every data file and list all problems (exit 1 on errors)
  build             build the website, its search index and every PDF booklet
  dev               build the site, serve it on 127.0.0.1 and rebuild when data changes
  schema            write the JSON Schemas (data/schema/) and docs/data-format.md

Options:
  --data DIR        the data folder (default: data)
  --out DIR         where the build goes (default: _site)
  --only site|print build only the website or only the PDFs
  --format F        validate output: text (default), json or github
  --lang fr|nl|en   language of messages (default: from $LANG, else en)
  --today DATE      pretend today is DATE (YYYY-MM-DD), for stale checks and editions
  --port N          port for dev (default 8080)
  --imposition booklet   also impose booklets 2-up on A4 for saddle stitching
  --large-print     also build large-print editions
  -h, --help        show this help
`;

export async function main(argv: string[]): Promise<number> {
  // biome-ignore lint/suspicious/noImplicitAnyLet: the type is inferred from the options given to parseArgs below
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: "string", default: "data" },
        out: { type: "string", default: "_site" },
        only: { type: "string" },
        format: { type: "string", default: "text" },
        lang: { type: "string" },
        today: { type: "string" },
        port: { type: "string", default: "8080" },
        imposition: { type: "string" },
        "large-print": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command || command === "help") {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 2;
  }
  const bad = (what: string) => {
    process.stderr.write(`annuaire: ${what}\n\n${HELP}`);
    return 2;
  };
  if (values.only && values.only !== "site" && values.only !== "print")
    return bad(`--only takes "site" or "print", not "${values.only}"`);
  if (!["text", "json", "github"].includes(values.format))
    return bad(`--format takes text, json or github, not "${values.format}"`);
  if (values.lang && !(LANGS as readonly string[]).includes(values.lang))
    return bad(`--lang takes fr, nl or en, not "${values.lang}"`);
  if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    return bad(`--today takes a date like 2026-11-30, not "${values.today}"`);
  if (values.imposition && values.imposition !== "booklet")
    return bad(`--imposition takes "booklet", not "${values.imposition}"`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return bad(`--port takes a number from 1 to 65535`);

  const options: CommonOptions = {
    data: values.data,
    out: values.out,
    lang: (values.lang as Lang | undefined) ?? langFromEnv(),
    format: values.format as CommonOptions["format"],
    port,
    largePrint: values["large-print"],
    ...(values.only ? { only: values.only as "site" | "print" } : {}),
    ...(values.today ? { today: values.today } : {}),
    ...(values.imposition ? { imposition: "booklet" as const } : {}),
  };
  switch (command) {
    case "validate":
      return (await import("./commands/validate.ts")).validateCommand(options);
    case "build":
      return (await import("./commands/build.ts")).buildCommand(options);
    case "dev":
      return (await import("./commands/dev.ts")).devCommand(options);
    case "schema":
      return (await import("./commands/schema.ts")).schemaCommand(options);
    default:
      return bad(`unknown command "${command}"`);
  }
}
