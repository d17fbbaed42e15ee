// `annuaire merge-print DIR...`: join the parts of a print run made with `build --only print --shard K/N`
// (on several machines, e.g. a CI matrix) into one print/ folder with one index.json. The result is
// the same, byte for byte, as a single `build --only print`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { swap } from "../build.ts";
import { type CommandSpec, OUT } from "./registry.ts";

interface PrintIndex {
  buildDate: string;
  edition: string;
  booklets: { path: string; hash: string }[];
}

/** Merges the print/ folders of `parts` into `out`/print (atomically). Throws with a plain message. */
export function mergePrint(parts: readonly string[], out: string): { pdfs: number } {
  const indexes = parts.map((dir) => {
    const file = path.join(dir, "print", "index.json");
    if (!existsSync(file)) throw new Error(`${file} does not exist: is ${dir} the output of a print shard?`);
    return { dir, index: JSON.parse(readFileSync(file, "utf8")) as PrintIndex };
  });
  const first = indexes[0]!.index;
  const byPath = new Map<string, { dir: string; entry: PrintIndex["booklets"][number] }>();
  for (const { dir, index } of indexes) {
    if (index.buildDate !== first.buildDate || index.edition !== first.edition) {
      throw new Error(
        `${dir} was built for ${index.buildDate} (edition ${index.edition}), not ${first.buildDate} (edition ${first.edition}): build every part from the same data and --today.`,
      );
    }
    for (const entry of index.booklets) {
      const seen = byPath.get(entry.path);
      if (seen && seen.entry.hash !== entry.hash) {
        throw new Error(`${entry.path} is in ${seen.dir} and ${dir} with different contents.`);
      }
      byPath.set(entry.path, { dir, entry });
    }
  }
  const target = path.resolve(out);
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [pdf, { dir }] of byPath) {
      const to = path.join(tmp, pdf);
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(path.join(dir, pdf), to);
    }
    const booklets = [...byPath.values()].map((b) => b.entry).sort((a, b) => (a.path < b.path ? -1 : 1));
    mkdirSync(path.join(tmp, "print"), { recursive: true });
    const merged = { ...first, booklets };
    writeFileSync(path.join(tmp, "print", "index.json"), `${JSON.stringify(merged, null, 2)}\n`);
    swap(tmp, target);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  return { pdfs: byPath.size };
}

export const command: CommandSpec = {
  name: "merge-print",
  summary: "join the print parts made by `build --only print --shard K/N` into one print/ folder",
  argument: { syntax: "<dirs...>", description: "the output folders of the shards" },
  options: [OUT],
  examples: ["annuaire merge-print part-1 part-2 part-3 --out _site-print"],
  async run({ args, options }) {
    try {
      const { pdfs } = mergePrint(args, String(options.out));
      process.stdout.write(`Merged ${pdfs} PDFs from ${args.length} parts into ${options.out}.\n`);
      return 0;
    } catch (error) {
      process.stderr.write(`annuaire merge-print: ${(error as Error).message}\n`);
      return 1;
    }
  },
};
