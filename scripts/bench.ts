// `npm run bench [-- --n 2000 --runs 3 --no-print]`: speed figures, never pass/fail. For each phase:
// wall time, CPU time, peak memory and items per second, as medians of several runs; in the same run
// the floors (Eleventy alone, Hugo + Pagefind when `hugo` is installed, raw Chromium printing one
// booklet) and our time as a ratio of each. Every run writes to a new folder and nothing is deleted
// until the end: deleting many files slows the next writes on these machines.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { parseDocument } from "yaml";
import { generateSynthetic } from "./generate-synthetic.ts";
import { launchBrowser } from "./lib/browser.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    n: { type: "string", default: "2000" },
    runs: { type: "string", default: "3" },
    "no-print": { type: "boolean", default: false },
    /** The data folder whose site, communes and sectors the generated initiatives use. */
    from: { type: "string", default: path.join(ROOT, "data") },
    results: { type: "string", default: path.join(ROOT, ".cache/bench-results.json") },
  },
});
const N = Number(values.n);
const RUNS = Number(values.runs);
const TODAY = "2026-11-30";
const WORK = path.join(ROOT, ".cache", `bench-${process.pid}`);
mkdirSync(WORK, { recursive: true });
let counter = 0;
const fresh = (name: string) => path.join(WORK, `${name}-${++counter}`);
const tsx = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

interface Run {
  wall: number;
  stdout: string;
}
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const started = performance.now();
  const r = spawnSync(command, args, {
    encoding: "utf8",
    // Parsed data files are cached in the bench's own folder, never the project's.
    env: { ...process.env, CI: "1", ANNUAIRE_CACHE_DIR: path.join(WORK, "cache"), ...env },
    maxBuffer: 1 << 28,
  });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return { wall, stdout: r.stdout };
}
const annuaire = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(process.execPath, [path.join(ROOT, "bin/annuaire.js"), ...args], env);
const script = (file: string, args: string[]) =>
  run(process.execPath, [tsx, path.join(ROOT, "scripts/bench", file), ...args]);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (s: number) => `${s.toFixed(2)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

interface Report {
  pages: number;
  searchable: number;
  print: { pdfs: number; rendered: number; skipped: number; seconds: Record<string, number> } | null;
  timings: Record<string, { wall: number; cpu: number }>;
  peakRssMb: number;
  incremental: { rendered: number; searchIndexed: boolean } | null;
}
const build = (args: string[], env: NodeJS.ProcessEnv = {}): Run & { report: Report } => {
  const file = fresh("report") + ".json";
  const r = annuaire(["build", ...args, "--today", TODAY, "--report", file], env);
  return { ...r, report: JSON.parse(readFileSync(file, "utf8")) as Report };
};

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  n: N,
  runs: RUNS,
};
const lines: string[] = [];
const say = (line = "") => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};

say(
  `annuaire benchmark — N = ${N} generated initiatives, ${RUNS} run(s) each, ${availableParallelism()} cores, Node ${process.version}`,
);
const data = path.join(WORK, "data");
generateSynthetic({ count: N, out: data, from: values.from, seed: 1, eventEvery: 10 });

// ---- the site: validate + pages + open data + search index ----
// A full build as CI or a first checkout makes it: no previous output, no parse cache.
const site = Array.from({ length: RUNS }, () =>
  build([data, "--only", "site", "--out", fresh("site")], { ANNUAIRE_NO_PARSE_CACHE: "1" }),
);
const phase = (name: string, key: "wall" | "cpu" = "wall") =>
  median(site.map((r) => r.report.timings[name]?.[key] ?? 0));
const siteWall = median(site.map((r) => r.wall));
const pages = site[0]!.report.pages;
say("");
say("full site build (new folder, no parse cache)");
say("phase                         wall      CPU       items/s");
for (const [label, name, items] of [
  ["load + validate", "validate", N],
  ["site render (Eleventy)", "site: pages", pages],
  ["open data", "site: open data", N],
  ["search index (Pagefind)", "site: search index", site[0]!.report.searchable],
] as const) {
  say(
    `${label.padEnd(30)}${fmt(phase(name)).padEnd(10)}${fmt(phase(name, "cpu")).padEnd(10)}${(items / phase(name)).toFixed(0)}`,
  );
}
say(
  `${"site, whole command".padEnd(30)}${fmt(siteWall).padEnd(10)}${"".padEnd(10)}${(pages / siteWall).toFixed(0)} pages/s`,
);
const siteRss = median(site.map((r) => r.report.peakRssMb));
say(`site: ${pages} pages, ${site[0]!.report.searchable} searchable, peak RSS ${siteRss} MB`);
results.site = {
  wall: siteWall,
  pages,
  searchable: site[0]!.report.searchable,
  peakRssMb: siteRss,
  phases: site.map((r) => r.report.timings),
};

// ---- floor 1: Eleventy alone ----
say("");
const floor = Array.from(
  { length: RUNS },
  () =>
    JSON.parse(script("eleventy-floor.ts", [data, fresh("eleventy"), String(pages)]).stdout) as {
      seconds: number;
      pages: number;
    },
);
const eleventyFloor = median(floor.map((f) => f.seconds));
say(
  `floor: Eleventy alone, ${floor[0]!.pages} trivial pages: ${fmt(eleventyFloor)}; our page render is ${ratio(phase("site: pages"), eleventyFloor)} of it`,
);
results.eleventyFloor = { seconds: eleventyFloor, pages: floor[0]!.pages };

// ---- floor 2: Hugo + Pagefind ----
const hugo = spawnSync("hugo", ["version"], { encoding: "utf8" });
if (hugo.status === 0) {
  const times = Array.from({ length: RUNS }, () => {
    const dir = fresh("hugo");
    script("hugo-site.ts", [data, dir]);
    const h = run("hugo", ["--quiet", "--source", dir, "--destination", path.join(dir, "public")]);
    const p = JSON.parse(script("pagefind-floor.ts", [path.join(dir, "public")]).stdout) as { seconds: number };
    return { hugo: h.wall, pagefind: p.seconds, total: h.wall + p.seconds };
  });
  const total = median(times.map((t) => t.total));
  say(
    `floor: Hugo ${hugo.stdout.split(" ")[1] ?? ""} + Pagefind: ${fmt(median(times.map((t) => t.hugo)))} + ${fmt(median(times.map((t) => t.pagefind)))} = ${fmt(total)}; our site command is ${ratio(siteWall, total)} of it`,
  );
  results.hugoFloor = { seconds: total, runs: times };
} else {
  say("floor: Hugo + Pagefind skipped: `hugo` is not installed (Debian: apt-get install hugo)");
}

// ---- a one-entry edit, site ----
// `build` into the previous output (a new process each time), then `dev` (one process that rebuilds).
say("");
const editData = fresh("data-edit");
cpSync(data, editData, { recursive: true });
const editOut = fresh("site-edit");
build([editData, "--only", "site", "--out", editOut]);
const hashes = (dir: string) => {
  const map = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else map.set(path.relative(dir, full), createHash("sha1").update(readFileSync(full)).digest("hex"));
    }
  };
  walk(dir);
  return map;
};
const edited = readdirSync(path.join(editData, "initiatives")).sort()[0]!;
// The summary edit is in the site's first language (the one every entry has).
const firstLanguage = (
  parseDocument(readFileSync(path.join(editData, "site.yaml"), "utf8")).toJS() as {
    languages: string[];
  }
).languages[0]!;
const file = path.join(editData, "initiatives", edited);
const editFile = (change: (doc: ReturnType<typeof parseDocument>) => void) => {
  const doc = parseDocument(readFileSync(file, "utf8"));
  change(doc);
  writeFileSync(file, doc.toString());
};
type Incremental = Report["incremental"];
const pct = (s: number) => `${((s / siteWall) * 100).toFixed(0)}%`;
const editRuns: Record<string, { wall: number; changed: number; incremental: Incremental }[]> = {
  address: [],
  summary: [],
};
for (let n = 1; n <= RUNS; n++) {
  for (const kind of ["address", "summary"] as const) {
    const before = hashes(editOut);
    editFile((doc) =>
      kind === "address"
        ? doc.set("place", doc.createNode({ public: true, address: `Rue du Banc d'Essai ${n}` }))
        : doc.setIn(["summary", firstLanguage], `Bench summary number ${n}.`),
    );
    const edit = build([editData, "--only", "site", "--out", editOut]);
    const after = hashes(editOut);
    const changed = [...after].filter(([f, h]) => before.get(f) !== h).map(([f]) => f);
    const incremental = edit.report.incremental;
    editRuns[kind]!.push({ wall: edit.wall, changed: changed.length, incremental });
    if (n === 1)
      say(
        `  ${kind} edit: ${changed.length} of ${after.size} files changed, ${incremental ? `${incremental.rendered} pages rendered again, search index ${incremental.searchIndexed ? "written again" : "kept"}` : "FULL build"}; e.g. ${changed
          .filter((f) => f.endsWith(".html"))
          .slice(0, 6)
          .join(", ")}`,
      );
  }
}
const devData = fresh("data-dev");
cpSync(data, devData, { recursive: true });
const dev = JSON.parse(script("dev-edit.ts", [devData, fresh("site-dev"), String(RUNS)]).stdout) as Record<
  "address" | "summary",
  { seconds: number }[]
>;
for (const kind of ["address", "summary"] as const) {
  const cmd = median(editRuns[kind]!.map((r) => r.wall));
  const inDev = median(dev[kind].map((r) => r.seconds));
  say(
    `one-entry edit (${edited}, new ${kind}), site rebuild: build command ${fmt(cmd)} = ${pct(cmd)} of a full build; in dev ${fmt(inDev)} = ${pct(inDev)}`,
  );
}
results.edit = { file: edited, build: editRuns, dev };

// ---- bytes ----
const out0 = path.join(
  WORK,
  readdirSync(WORK)
    .filter((d) => d.startsWith("site-"))
    .sort()[0]!,
);
const gz = (f: string) => gzipSync(readFileSync(f)).length;
const firstLang = readdirSync(out0)
  .sort()
  .find((d) => /^[a-z]{2}$/.test(d) && existsSync(path.join(out0, d, "initiatives")))!;
const initiativePage = path.join(
  out0,
  firstLang,
  "initiatives",
  readdirSync(path.join(out0, firstLang, "initiatives")).sort()[0]!,
  "index.html",
);
const html = readFileSync(initiativePage, "utf8");
const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+\.(?:css|js))"/g)].map((m) => path.join(out0, m[1]!));
const pageBytes = gz(initiativePage) + assets.filter(existsSync).reduce((s, f) => s + gz(f), 0);
const pf = path.join(out0, "pagefind");
const pfFiles = existsSync(pf) ? readdirSync(pf, { recursive: true }).map(String) : [];
const size = (f: string) => statSync(path.join(pf, f)).size;
const largest = (re: RegExp) => pfFiles.filter((f) => re.test(f)).reduce((m, f) => Math.max(m, size(f)), 0);
const searchBytes =
  ["pagefind.js", "pagefind-entry.json"]
    .filter((f) => pfFiles.includes(f))
    .reduce((s, f) => gz(path.join(pf, f)) + s, 0) +
  largest(new RegExp(`wasm\\.${firstLang}\\.pagefind$`)) +
  largest(/\.pf_meta$/) +
  largest(/\.pf_index$/) +
  pfFiles
    .filter((f) => /\.pf_filter$/.test(f))
    .slice(0, 4)
    .reduce((s, f) => s + size(f), 0) +
  5 * largest(/\.pf_fragment$/);
say(
  `bytes: an initiative page with its CSS and JS, gzipped: ${(pageBytes / 1024).toFixed(1)} KB; first search (estimate from the index files): ${(searchBytes / 1024).toFixed(0)} KB`,
);
results.bytes = { initiativePage: pageBytes, firstSearch: searchBytes };

// ---- print ----
if (!values["no-print"]) {
  say("");
  const printOut = fresh("print");
  const keep = fresh("html");
  const p = build([data, "--only", "print", "--out", printOut, "--keep-html", keep]);
  const index = JSON.parse(readFileSync(path.join(printOut, "print/index.json"), "utf8")) as {
    booklets: { path: string; pages: number; variant: string }[];
  };
  const totalPages = index.booklets.reduce((s, b) => s + b.pages, 0);
  say(
    `print: ${index.booklets.length} PDFs, ${totalPages} pages in ${fmt(p.wall)} (${(totalPages / p.wall).toFixed(0)} pages/s), peak RSS ${p.report.peakRssMb} MB`,
  );
  const again = build([data, "--only", "print", "--out", printOut]);
  say(`print again, nothing changed: ${fmt(again.wall)} (${again.report.print?.skipped ?? 0} PDFs copied)`);
  // Raw Chromium on the biggest booklet's HTML, once, no post-processing.
  const seconds = p.report.print?.seconds ?? {};
  const big = index.booklets
    .filter((b) => b.variant === "standard" && seconds[b.path] !== undefined)
    .sort((a, b) => b.pages - a.pages)[0];
  if (big) {
    const htmlFile = path.join(keep, `${big.path.replace(/\.pdf$/, "")}.html`);
    const browser = await launchBrowser();
    const page = await browser.browser.newPage();
    const started = performance.now();
    await page.goto(`file://${htmlFile}`, { waitUntil: "load", timeout: 0 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, timeout: 0 });
    const raw = (performance.now() - started) / 1000;
    await browser.close();
    say(
      `floor: raw Chromium printing ${big.path} (${big.pages} pages) once: ${fmt(raw)}; annuaire took ${fmt(seconds[big.path]!)} = ${ratio(seconds[big.path]!, raw)}`,
    );
    results.chromiumFloor = { path: big.path, pages: big.pages, raw, ours: seconds[big.path] };
  }
  results.print = {
    wall: p.wall,
    pdfs: index.booklets.length,
    pages: totalPages,
    unchanged: again.wall,
    peakRssMb: p.report.peakRssMb,
  };
}

mkdirSync(path.dirname(values.results), { recursive: true });
writeFileSync(values.results, `${JSON.stringify({ ...results, lines }, null, 2)}\n`);
say("");
say(`results: ${path.relative(ROOT, values.results)}`);
rmSync(WORK, { recursive: true, force: true });
