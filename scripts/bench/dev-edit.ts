// A one-entry edit as `annuaire dev` sees it: one process builds the site, then rebuilds after each edit
// with its modules loaded. Prints the seconds of each rebuild as JSON.
// Usage: dev-edit.ts DATA OUT RUNS
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseDocument } from "yaml";
import { build } from "../build.ts";
import type { Progress } from "../lib/progress.ts";

const [data, out, runs] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4] ?? 3)];
const silent: Progress = { phase() {}, done() {}, note() {}, count() {} };
const options = { data, out, only: "site" as const, today: "2026-11-30", progress: silent };
await build(options);
const file = path.join(data, "initiatives", readdirSync(path.join(data, "initiatives")).sort()[0]!);
const firstLanguage = (
  parseDocument(readFileSync(path.join(data, "site.yaml"), "utf8")).toJS() as {
    languages: string[];
  }
).languages[0]!;
const edit = (change: (doc: ReturnType<typeof parseDocument>, n: number) => void, n: number) => {
  const doc = parseDocument(readFileSync(file, "utf8"));
  change(doc, n);
  writeFileSync(file, doc.toString());
};
const time = async () => {
  const started = performance.now();
  const report = await build(options);
  return { seconds: (performance.now() - started) / 1000, incremental: report.site?.incremental ?? null };
};
const address = [];
const summary = [];
for (let n = 1; n <= runs; n++) {
  edit((doc) => doc.set("place", doc.createNode({ public: true, address: `Rue du Banc d'Essai ${n}` })), n);
  address.push(await time());
  edit((doc) => doc.setIn(["summary", firstLanguage], `Bench summary number ${n}.`), n);
  summary.push(await time());
}
process.stdout.write(`${JSON.stringify({ address, summary })}\n`);
