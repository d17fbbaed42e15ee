// `annuaire build`: validate → print (PDFs) → site (pages, open data, search) into a temporary
// folder beside the output, then swap it in. A failed build leaves the last good output untouched.
// A rebuild into the same folder may instead move only the changed files in (scripts/site/incremental.ts):
// a build killed during those moves leaves a mix of old and new files and no state, so the next build
// is a full one.

import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { addCalendarEvents } from "./agenda/ical-import.ts";
import { resolveBuildDate } from "./lib/build-date.ts";
import { createProgress, type Progress } from "./lib/progress.ts";
import { peakRssMb, Timings } from "./lib/timings.ts";
import { contentDirsFor, loadContent } from "./model/content.ts";
import type { Finding } from "./model/findings.ts";
import { isHttpUrl } from "./model/schema.ts";
import { loadModel } from "./model/validate.ts";
import type { Shard } from "./plan/pdfs.ts";
import { commitIncremental } from "./site/incremental.ts";
import { renderSite, type SiteReport } from "./site/render-site.ts";
import type { BookletInfo } from "./site/site-data.ts";

export interface BuildOptions {
  data: string;
  out: string;
  only?: "site" | "print";
  today?: string;
  imposition?: "booklet";
  largePrint?: boolean;
  /** With only: "print", render this part of the PDFs alone (see `annuaire merge-print`). */
  shard?: Shard;
  /** Also write each rendered booklet's HTML into this folder (to look at, or to time Chromium alone). */
  keepHtml?: string;
  progress?: Progress;
}

export type PrintRunner = (args: {
  model: import("./model/model.ts").Model;
  out: string;
  previous: string | undefined;
  buildDate: string;
  content: import("./model/content.ts").ContentPage[];
  options: BuildOptions;
  progress: Progress;
  reuseOnly?: boolean;
}) => Promise<{ index: Record<string, BookletInfo>; report: unknown }>;

export interface BuildReport {
  out: string;
  /** Wall and CPU seconds per phase, and the peak memory of the process. */
  timings: Timings["phases"];
  peakRssMb: number;
  buildDate: string;
  findings: Finding[];
  site?: SiteReport & { seconds: number };
  print?: { report: unknown; seconds: number };
}

/** A setting that makes the build unsafe; its message is in the messages catalogue (fr, nl, en). */
export class BuildSetupError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string>,
  ) {
    super(code);
  }
}

/** Builds everything; throws InvalidDataError (with every finding) before writing anything on bad data. */
export async function build(options: BuildOptions, printRunner?: PrintRunner): Promise<BuildReport> {
  const progress = options.progress ?? createProgress();
  // The cache holds parsed data files with their private fields: it must never be published.
  const out = path.resolve(options.out);
  const cache = path.resolve(process.env.ANNUAIRE_CACHE_DIR || ".cache");
  if (cache === out || cache.startsWith(`${out}${path.sep}`))
    throw new BuildSetupError("cache-inside-output", { cache, out });

  const timings = new Timings();
  progress.phase("validate");
  const { model, findings } = await timings.measure("validate", () => loadModel(options.data));
  // The public address can come from the host at deploy time (netlify.toml passes Netlify's $URL).
  const deployed = process.env.ANNUAIRE_BASE_URL;
  if (deployed) {
    if (!isHttpUrl(deployed)) throw new Error(`ANNUAIRE_BASE_URL must be an http(s) address, not "${deployed}".`);
    model.site.baseUrl = deployed;
  }
  progress.done(`${model.initiatives.length} initiatives`);
  const buildDate = resolveBuildDate(model.dataDir, options.today);
  await addCalendarEvents(model, buildDate, (line) => progress.note(line));
  const content = loadContent(contentDirsFor(model.dataDir), model.site.languages);

  const tmp = `${out}.tmp-${process.pid}`;
  recoverInterrupted(out);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const report: BuildReport = { out, buildDate, findings, timings: timings.phases, peakRssMb: 0 };
  try {
    const previous = existsSync(out) ? out : undefined;
    let bookletIndex: Record<string, BookletInfo> | undefined;
    if (options.only !== "site") {
      if (!printRunner) throw new Error("No print pipeline is available in this build.");
      const started = performance.now();
      const printed = await timings.measure("print", () =>
        printRunner({ model, out: tmp, previous, buildDate, content, options, progress }),
      );
      bookletIndex = printed.index;
      report.print = { report: printed.report, seconds: (performance.now() - started) / 1000 };
    } else if (previous && existsSync(path.join(previous, "print", "index.json")) && printRunner) {
      // Only the site is rebuilt: keep the booklets of the last build whose inputs did not change.
      const kept = await printRunner({
        model,
        out: tmp,
        previous,
        buildDate,
        content,
        options,
        progress,
        reuseOnly: true,
      });
      bookletIndex = kept.index;
    }
    if (options.only !== "print") {
      const started = performance.now();
      const site = await renderSite(model, tmp, {
        timings,
        buildDate,
        content,
        progress,
        ...(previous ? { previous } : {}),
        ...(bookletIndex ? { bookletIndex } : {}),
        ...(options.largePrint ? { largePrint: true } : {}),
        ...(options.imposition ? { imposition: options.imposition } : {}),
      });
      progress.done(
        site.incremental
          ? `${site.pages} pages, ${site.incremental.rendered} rendered again${site.incremental.searchIndexed ? "" : ", search index unchanged"}`
          : `${site.pages} pages`,
      );
      report.site = { ...site, seconds: (performance.now() - started) / 1000 };
    } else if (previous && !options.shard) {
      // Only the booklets are rebuilt: keep the rest of the last site.
      cpSync(previous, tmp, {
        recursive: true,
        filter: (src) => path.relative(previous, src).split(path.sep)[0] !== "print",
      });
    }
    // An incremental site build updates the live output in place (only changed files); a full one swaps.
    if (report.site?.incremental) commitIncremental(tmp, out, report.site.incremental.searchLanguages);
    else swap(tmp, out);
    report.peakRssMb = peakRssMb();
    return report;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Replaces `out` by `tmp` with two renames on the same file system. The old tree is deleted by a
 * detached `rm` so the command does not wait for thousands of unlinks (slow on these disks).
 */
export function swap(tmp: string, out: string): void {
  const old = `${out}.old-${process.pid}-${Date.now()}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  if (!existsSync(old)) return;
  if (process.platform === "win32") rmSync(old, { recursive: true, force: true });
  else spawn("rm", ["-rf", old], { detached: true, stdio: "ignore" }).unref();
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * What a build killed outright (SIGKILL, power cut) leaves beside the output: its temporary folder,
 * and — if it died between the two renames of `swap` — the previous output under `.old-`, or what an
 * incremental commit replaced under `.trash-`. Put the previous output (or its booklets) back if it is
 * missing, and delete temporary folders whose build is gone.
 */
export function recoverInterrupted(out: string): void {
  const parent = path.dirname(out);
  if (!existsSync(parent)) return;
  const base = path.basename(out);
  const siblings = readdirSync(parent);
  if (!existsSync(out)) {
    const olds = siblings
      .map((name) => ({ name, m: new RegExp(`^${escapeRegExp(base)}\\.old-(\\d+)-(\\d+)$`).exec(name) }))
      .filter((o) => o.m && !alive(Number(o.m[1])))
      .sort((a, b) => Number(b.m![2]) - Number(a.m![2]));
    if (olds[0]) renameSync(path.join(parent, olds[0].name), out);
  }
  for (const name of siblings) {
    const m = new RegExp(`^${escapeRegExp(base)}\\.tmp-(\\d+)$`).exec(name);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1])))
      rmSync(path.join(parent, name), { recursive: true, force: true });
  }
  // What an incremental commit replaced (scripts/site/incremental.ts). If it died after moving the old
  // booklets out and before moving the new ones in, the old ones go back; then the folder is deleted.
  for (const name of siblings) {
    const m = new RegExp(`^${escapeRegExp(base)}\\.trash-(\\d+)-\\d+$`).exec(name);
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    const oldPrint = path.join(parent, name, "print");
    if (existsSync(out) && !existsSync(path.join(out, "print")) && existsSync(oldPrint))
      renameSync(oldPrint, path.join(out, "print"));
    rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
