import { writeFileSync } from "node:fs";
import { BuildSetupError, build, type PrintRunner } from "../build.ts";
import type { Lang } from "../lib/lang.ts";
import { createProgress } from "../lib/progress.ts";
import { DataFileError } from "../model/data-error.ts";
import { formatFindings } from "../model/findings.ts";
import { message } from "../model/messages.ts";
import { InvalidDataError } from "../model/validate.ts";
import { parseShard, type Shard } from "../plan/pdfs.ts";
import { type CommandSpec, DATA, LANG, OUT, TODAY } from "./registry.ts";

export interface BuildCommandOptions {
  data: string;
  out: string;
  lang: Lang;
  only?: "site" | "print";
  today?: string;
  imposition?: "booklet";
  largePrint?: boolean;
  shard?: Shard;
  /** Write the build's counts and timings as JSON to this file. */
  report?: string;
  keepHtml?: string;
}

/** Builds and reports in plain words; used by `build` and by `dev` for each rebuild. */
export async function runBuild(options: BuildCommandOptions): Promise<number> {
  const progress = createProgress();
  try {
    // The print pipeline (Chromium, pdf-lib) is loaded only when a build prints or keeps booklets.
    const printRunner: PrintRunner = async (args) => (await import("../../print/run.ts")).runPrint(args);
    const report = await build(
      {
        data: options.data,
        out: options.out,
        progress,
        largePrint: options.largePrint ?? false,
        ...(options.only ? { only: options.only } : {}),
        ...(options.today ? { today: options.today } : {}),
        ...(options.imposition ? { imposition: options.imposition } : {}),
        ...(options.shard ? { shard: options.shard } : {}),
        ...(options.keepHtml ? { keepHtml: options.keepHtml } : {}),
      },
      printRunner,
    );
    const warnings = report.findings.filter((f) => f.severity === "warning").length;
    const parts = [`Built ${report.out} for ${report.buildDate}`];
    if (report.site) {
      parts.push(
        `${report.site.pages} pages in ${report.site.seconds.toFixed(1)} s (${report.site.searchable} searchable${
          report.site.incremental
            ? `; updated in place: ${report.site.incremental.rendered} rendered again, search index ${report.site.incremental.searchIndexed ? "written again" : "unchanged"}`
            : ""
        })`,
      );
    }
    if (report.print) {
      const r = report.print.report as { pdfs: number; rendered: number; skipped: number };
      parts.push(
        `${r.pdfs} PDFs (${r.rendered} rendered, ${r.skipped} unchanged) in ${report.print.seconds.toFixed(1)} s`,
      );
    }
    if (warnings) parts.push(`${warnings} data warning(s): run \`annuaire validate\` to see them`);
    if (options.report) {
      const summary = {
        buildDate: report.buildDate,
        pages: report.site?.pages ?? 0,
        searchable: report.site?.searchable ?? 0,
        incremental: report.site?.incremental ?? null,
        print: report.print?.report ?? null,
        timings: report.timings,
        peakRssMb: Math.round(report.peakRssMb),
      };
      writeFileSync(options.report, `${JSON.stringify(summary, null, 2)}\n`);
    }
    process.stdout.write(`${parts.join("; ")}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof InvalidDataError) {
      process.stdout.write(
        `${formatFindings(error.result.findings, "text", options.lang, { files: error.result.files })}\n`,
      );
      process.stderr.write(`${message("build-stopped", {}, options.lang)}\n`);
      return 1;
    }
    if (error instanceof DataFileError) {
      process.stdout.write(`${formatFindings([error.finding], "text", options.lang, { files: 1 })}\n`);
      process.stderr.write(`${message("build-stopped", {}, options.lang)}\n`);
      return 1;
    }
    if (error instanceof BuildSetupError) {
      process.stderr.write(`annuaire build: ${message(error.code, error.params, options.lang)}\n`);
      return 1;
    }
    process.stderr.write(`annuaire build: ${(error as Error).message}\n`);
    return 1;
  }
}

export const command: CommandSpec = {
  name: "build",
  summary: "build the website, its search index and every PDF booklet (atomic: a failed build changes nothing)",
  argument: { syntax: "[folder]", description: "the data folder (same as --data)", isDataFolder: true },
  options: [
    DATA,
    OUT,
    { flags: "--only <part>", description: "build only the website or only the PDFs", choices: ["site", "print"] },
    TODAY,
    {
      flags: "--imposition <kind>",
      description: "also impose booklets 2-up on A4 for saddle stitching",
      choices: ["booklet"],
    },
    { flags: "--large-print", description: "also build large-print editions (16 pt)" },
    { flags: "--keep-html <dir>", description: "also write the HTML of each rendered booklet into DIR, to inspect" },
    { flags: "--report <file>", description: "write counts and timings (wall, CPU, peak memory) as JSON to FILE" },
    {
      flags: "--shard <k/n>",
      description: "with --only print: render only part K of N of the PDFs, balanced by pages (join with merge-print)",
    },
    LANG,
  ],
  examples: [
    "annuaire build",
    "annuaire build ../my-city --out ../my-city-site",
    "annuaire build --only site",
    "annuaire build --large-print --imposition booklet",
    "annuaire build --only print --shard 2/3 --out part-2",
  ],
  run({ options, lang }) {
    let shard: Shard | undefined;
    if (options.shard !== undefined) {
      shard = parseShard(String(options.shard));
      if (!shard || options.only !== "print") {
        process.stderr.write("annuaire build: --shard takes K/N (e.g. 2/3, K from 1 to N) and needs --only print\n");
        return Promise.resolve(2);
      }
    }
    return runBuild({
      data: String(options.data),
      out: String(options.out),
      lang,
      largePrint: options.largePrint === true,
      ...(options.only ? { only: options.only as "site" | "print" } : {}),
      ...(options.today ? { today: String(options.today) } : {}),
      ...(options.imposition ? { imposition: "booklet" as const } : {}),
      ...(shard ? { shard } : {}),
      ...(options.report ? { report: String(options.report) } : {}),
      ...(options.keepHtml ? { keepHtml: String(options.keepHtml) } : {}),
    });
  },
};
