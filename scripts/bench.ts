// `npm run bench`: speed figures, not pass/fail. Medians of several runs, each into a new folder (no
// deletion between timed runs: deleting many files slows the next writes on these machines), and
// ratios against a floor measured in the same run.

import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generateSynthetic } from "./generate-synthetic.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const WORK = path.join(ROOT, ".cache/bench");
const args = new Set(process.argv.slice(2));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZE = Number(process.env.BENCH_SIZE ?? 2000);
const TODAY = "2026-11-30";

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
let counter = 0;

function run(argv: string[]): { seconds: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin/annuaire.js"), ...argv], {
    encoding: "utf8",
    env: { ...process.env, CI: "1" },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && argv[0] !== "validate")
    throw new Error(`annuaire ${argv.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return { seconds, stdout: result.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(label: string, argv: () => string[], runs = RUNS): { median: number; stdout: string } {
  const times: number[] = [];
  let stdout = "";
  for (let i = 0; i < runs; i++) {
    const r = run(argv());
    times.push(r.seconds);
    stdout = r.stdout;
  }
  const m = median(times);
  process.stdout.write(
    `${label.padEnd(44)} median ${m.toFixed(2)} s  (${times.map((t) => t.toFixed(2)).join(", ")})\n`,
  );
  return { median: m, stdout };
}

const out = () => path.join(WORK, `out-${++counter}`);
const pagesOf = (stdout: string) => Number(/; (\d+) pages in/.exec(stdout)?.[1] ?? 0);

process.stdout.write(
  `annuaire benchmark — ${availableParallelism()} cores, Node ${process.version}, ${RUNS} runs each\n\n`,
);
const synthetic = path.join(WORK, `data-${SIZE}`);
generateSynthetic({ count: SIZE, out: synthetic, from: path.join(ROOT, "data"), seed: 1 });

const floor = timed("node start + --help (process floor)", () => ["--help"]);
const vB = timed("validate: embedded data", () => ["validate", "--today", TODAY]);
const vS = timed(`validate: ${SIZE} generated`, () => ["validate", "--data", synthetic, "--today", TODAY]);
const sB = timed("site: embedded data", () => ["build", "--only", "site", "--out", out(), "--today", TODAY]);
const sS = timed(`site: ${SIZE} generated`, () => [
  "build",
  "--only",
  "site",
  "--data",
  synthetic,
  "--out",
  out(),
  "--today",
  TODAY,
]);
process.stdout.write(`\nsite pages: embedded data ${pagesOf(sB.stdout)}, generated ${pagesOf(sS.stdout)}\n`);
process.stdout.write(
  `pages per second (whole command): embedded data ${(pagesOf(sB.stdout) / sB.median).toFixed(0)}, generated ${(pagesOf(sS.stdout) / sS.median).toFixed(0)}\n`,
);
process.stdout.write(
  `validate ${SIZE}: ${(((vS.median - floor.median) * 1000) / SIZE).toFixed(2)} ms per file above the process floor; embedded data ${(vB.median / floor.median).toFixed(1)}× the floor\n`,
);

if (!args.has("--no-print")) {
  process.stdout.write("\n");
  const pB = timed(
    "print: embedded data (all PDFs, from scratch)",
    () => ["build", "--only", "print", "--out", out(), "--today", TODAY],
    1,
  );
  const again = out();
  run(["build", "--only", "print", "--out", again, "--today", TODAY]);
  const skip = timed(
    "print: embedded data again, nothing changed",
    () => ["build", "--only", "print", "--out", again, "--today", TODAY],
    1,
  );
  const pdfs = Number(/(\d+) PDFs/.exec(pB.stdout)?.[1] ?? 0);
  process.stdout.write(
    `${pdfs} PDFs: ${(pB.median / pdfs).toFixed(2)} s per PDF; unchanged rebuild ${((skip.median / pB.median) * 100).toFixed(0)}% of a full one\n`,
  );
  if (args.has("--print-generated"))
    timed(
      `print: ${SIZE} generated (all PDFs)`,
      () => ["build", "--only", "print", "--data", synthetic, "--out", out(), "--today", TODAY],
      1,
    );
}
rmSync(WORK, { recursive: true, force: true });
