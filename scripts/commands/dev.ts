// `annuaire dev`: build the site, serve it on 127.0.0.1, rebuild when data or content change.
import { watch } from "node:fs";
import path from "node:path";
import { serveStatic } from "../lib/static-server.ts";
import { type BuildCommandOptions, runBuild } from "./build.ts";
import { type CommandSpec, DATA, LANG, OUT, TODAY } from "./registry.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

export const command: CommandSpec = {
  name: "dev",
  summary: "build the site, serve it on 127.0.0.1 and rebuild when data or content change",
  argument: { syntax: "[folder]", description: "the data folder (same as --data)", isDataFolder: true },
  options: [
    DATA,
    OUT,
    { flags: "--port <n>", description: "the port to serve on", default: "8080" },
    {
      flags: "--only <part>",
      description: "what to rebuild on each change (default: site)",
      choices: ["site", "print"],
    },
    TODAY,
    LANG,
  ],
  examples: ["annuaire dev", "annuaire dev ../my-city --port 8081"],
  async run({ options, lang }) {
    const port = Number(options.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      process.stderr.write("annuaire dev: --port takes a number from 1 to 65535\n");
      return 2;
    }
    const site: BuildCommandOptions = {
      data: String(options.data),
      out: String(options.out),
      lang,
      only: (options.only as "site" | "print" | undefined) ?? "site",
      ...(options.today ? { today: String(options.today) } : {}),
    };
    await runBuild(site);
    const server = await serveStatic(path.resolve(site.out), port, () => ({}), true);
    process.stdout.write(
      `Serving ${site.out} on ${server.url}/ — pages reload when you edit data or content. Ctrl+C to stop.\n`,
    );
    let timer: NodeJS.Timeout | undefined;
    let building = false;
    const rebuild = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        if (building) return rebuild();
        building = true;
        const status = await runBuild(site).catch((e: unknown) => {
          process.stderr.write(`${String(e)}\n`);
          return 1;
        });
        building = false;
        if (status === 0) server.reload();
      }, 200);
    };
    // Template code changes need a restart (modules are cached by Node); data and content do not.
    for (const dir of [path.resolve(site.data), path.join(ROOT, "content")]) watch(dir, { recursive: true }, rebuild);
    await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
    await server.close();
    return 0;
  },
};
