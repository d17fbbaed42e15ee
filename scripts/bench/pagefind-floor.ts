// Pagefind over a folder of HTML (Hugo's output), through the same Node API annuaire uses.
import { performance } from "node:perf_hooks";
import { buildSearchIndex } from "../site/search-index.ts";

const started = performance.now();
const { pages } = await buildSearchIndex(process.argv[2]!);
process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000, pages })}\n`);
