// `annuaire dev`: build the site, serve it on 127.0.0.1, rebuild when data, content or templates change.
import { watch } from "node:fs";
import path from "node:path";
import type { CommonOptions } from "../cli.ts";
import { serveStatic } from "../lib/static-server.ts";
import { buildCommand } from "./build.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

export async function devCommand(options: CommonOptions): Promise<number> {
  const site: CommonOptions = { ...options, only: options.only ?? "site" };
  await buildCommand(site);
  const server = await serveStatic(path.resolve(options.out), options.port, () => ({}), true);
  process.stdout.write(
    `Serving ${options.out} on ${server.url}/ — pages reload when you edit data or content. Ctrl+C to stop.\n`,
  );
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (building) return rebuild();
      building = true;
      const status = await buildCommand(site).catch((e: unknown) => {
        process.stderr.write(`${String(e)}\n`);
        return 1;
      });
      building = false;
      if (status === 0) server.reload();
    }, 200);
  };
  // Templates and content are TypeScript and Markdown read at build time; a rebuild picks up data and
  // content edits. Template code changes need a restart (modules are cached by Node).
  for (const dir of [path.resolve(options.data), path.join(ROOT, "content")]) watch(dir, { recursive: true }, rebuild);
  await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
  await server.close();
  return 0;
}
