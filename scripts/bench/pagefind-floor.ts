// Pagefind over a folder of HTML (Hugo's output), through the same Node API annuaire uses: the
// initiative pages only, read from disk as a Hugo user would index them.
import { performance } from "node:perf_hooks";
import * as pagefind from "pagefind";

const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
const added = await index.addDirectory({ path: process.argv[2]!, glob: "*/initiatives/*/index.html" });
await index.writeFiles({ outputPath: `${process.argv[2]}/pagefind` });
await pagefind.close();
process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000, pages: added.page_count })}\n`);
