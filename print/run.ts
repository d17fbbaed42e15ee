// The print stage: plan every booklet, skip those whose inputs did not change, render the others in
// one browser with a few pages in parallel, finish them, and write print/index.json.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { editionBaseline } from "../scripts/agenda/editions.ts";
import { addDays, occurrencesBetween } from "../scripts/agenda/occurrences.ts";
import type { PrintRunner } from "../scripts/build.ts";
import { launchBrowser } from "../scripts/lib/browser.ts";
import type { ContentPage } from "../scripts/model/content.ts";
import { localize, type Model } from "../scripts/model/model.ts";
import { type BookletPlan, printable } from "../scripts/plan/booklets.ts";
import { type PdfOutput, planPdfs, shardPdfs, variantOf } from "../scripts/plan/pdfs.ts";
import { type BookletOptions, bookletHtml } from "./booklet-html.ts";
import { finishPdf } from "./finish.ts";
import { impose } from "./impose.ts";
import { pt } from "./print-strings.ts";
import { renderWithPageNumbers } from "./render.ts";

/**
 * The print code itself is an input of every booklet: change any file of print/, of the plan or of the
 * shared libraries and every booklet is rendered again. Read from the folders, so no list to keep.
 */
const PRINT_CODE = [
  import.meta.dirname,
  path.resolve(import.meta.dirname, "../scripts/plan"),
  path.resolve(import.meta.dirname, "../scripts/lib"),
]
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(ts|css)$/.test(f))
      .sort()
      .map((f) => readFileSync(path.join(dir, f), "utf8")),
  )
  .join("\0");

export interface IndexEntry {
  path: string;
  kind: string;
  id: string;
  lang: string;
  variant: "standard" | "welcome" | "bilingual" | "large-print" | "imposed";
  edition: string;
  pages: number;
  bytes: number;
  entries: number;
  entryIds: string[];
  entryNames: Record<string, string>;
  /** The entries of this booklet in the previous edition: what the "changes" page compares with. */
  baseline?: { edition: string; ids: string[]; names: Record<string, string> };
  hash: string;
}

interface Job {
  plan: BookletPlan;
  pdf: PdfOutput;
  path: string;
  variant: IndexEntry["variant"];
  options: BookletOptions;
  imposed?: string;
}

function readIndex(dir: string | undefined): Map<string, IndexEntry> {
  const file = dir ? path.join(dir, "print", "index.json") : undefined;
  if (!file || !existsSync(file)) return new Map();
  const index = JSON.parse(readFileSync(file, "utf8")) as { booklets: IndexEntry[] };
  return new Map(index.booklets.map((b) => [b.path, b]));
}

/** What the "changes" page compares with: the latest frozen edition (data/editions/, `annuaire edition freeze`) other than this one. */
function baselineOf(bookletPath: string, model: Model): IndexEntry["baseline"] {
  return editionBaseline(model, bookletPath);
}

/** One render job per PDF of the plan; an imposed copy rides along with the PDF it is imposed from. */
function jobsFor(model: Model, buildDate: string, content: ContentPage[], pdfs: readonly PdfOutput[]): Job[] {
  const prev = (p: string): { previousEntries?: { ids: string[]; names: Record<string, string> } } => {
    const baseline = baselineOf(p, model);
    return baseline ? { previousEntries: { ids: baseline.ids, names: baseline.names } } : {};
  };
  const imposedFor = new Map(pdfs.filter((p) => p.imposedFrom).map((p) => [p.imposedFrom!, p.path]));
  return pdfs
    .filter((pdf) => pdf.format !== "imposed")
    .map((pdf) => {
      const plan = pdf.booklet;
      const options: BookletOptions = { buildDate, ...prev(pdf.path) };
      if (pdf.format === "large-print") options.largePrint = true;
      if (pdf.edition === "bilingual") options.bilingual = [pdf.langs[0]!, pdf.langs[1]!];
      if (pdf.edition === "welcome") {
        const events = occurrencesBetween(model, buildDate, addDays(buildDate, 90)).filter(
          (e) => e.commune === plan.id || plan.entries.some((x) => x.id === e.initiative),
        );
        const letter = content.find((c) => c.lang === pdf.langs[0] && c.slug === "welcome");
        options.welcome = { letter, events };
      }
      const imposed = imposedFor.get(pdf.path);
      return {
        plan,
        pdf,
        path: pdf.path,
        variant: variantOf(pdf) as IndexEntry["variant"],
        options,
        ...(imposed ? { imposed } : {}),
      };
    });
}

export const runPrint: PrintRunner = async ({
  model,
  out,
  previous,
  buildDate,
  content,
  options,
  progress,
  reuseOnly,
}) => {
  const { excluded } = printable(model, buildDate);
  for (const e of excluded)
    progress.note(
      `Left out of the booklets: ${e.id} (${e.reason === "print-false" ? "print: false" : e.reason === "closed" ? "status: closed" : `verified more than ${model.site.print.staleAfterMonths} months ago`})`,
    );
  const previousIndex = readIndex(previous);
  const planned = planPdfs(model, {
    buildDate,
    ...(options.largePrint ? { largePrint: true } : {}),
    ...(options.imposition ? { imposition: options.imposition } : {}),
  });
  const pdfs = options.shard ? shardPdfs(planned, options.shard) : planned;
  const jobs = jobsFor(model, buildDate, content, pdfs);
  const index: IndexEntry[] = [];
  let rendered = 0;
  /** Seconds each rendered PDF took, render to finished file (for `build --report` and the benchmark). */
  const seconds: Record<string, number> = {};
  let skipped = 0;
  let done = 0;
  progress.phase("print");
  // reuseOnly (build --only site): keep the previous PDFs whose inputs are unchanged, render nothing,
  // and drop the others, so a stale booklet (say, with an address since made private) never survives.
  const browser = jobs.length && !reuseOnly ? await launchBrowser() : undefined;
  try {
    const queue = [...jobs];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const { plan } = job;
        const make = (pages: Map<string, number>) => bookletHtml(model, plan, pages, job.options);
        const first = await make(new Map());
        const hash = createHash("sha256")
          .update(PRINT_CODE)
          .update(job.variant)
          .update(JSON.stringify(job.options.previousEntries ?? null))
          .update(first.html)
          .digest("hex");
        const target = path.join(out, job.path);
        mkdirSync(path.dirname(target), { recursive: true });
        const before = previousIndex.get(job.path);
        const oldFile = previous ? path.join(previous, job.path) : undefined;
        let pages: number;
        if (
          before?.hash === hash &&
          oldFile &&
          existsSync(oldFile) &&
          (!job.imposed || existsSync(path.join(previous!, job.imposed)))
        ) {
          copyFileSync(oldFile, target);
          if (job.imposed) copyFileSync(path.join(previous!, job.imposed), path.join(out, job.imposed));
          pages = before.pages;
          skipped++;
        } else if (reuseOnly) {
          progress.count(++done, jobs.length, job.path);
          continue;
        } else {
          const started = performance.now();
          if (options.keepHtml) {
            const file = path.join(options.keepHtml, `${job.path.replace(/\.pdf$/, "")}.html`);
            mkdirSync(path.dirname(file), { recursive: true });
            writeFileSync(file, first.html);
          }
          const { pdf } = await renderWithPageNumbers(browser!.browser, make, first);
          const lang = job.pdf.langs[0]!;
          const kindLabel = job.variant === "welcome" ? pt("welcomePack", lang) : pt("booklet", lang);
          const finished = await finishPdf(pdf, {
            title: `${plan.title} — ${kindLabel}`,
            subject: `${kindLabel}: ${plan.title} (${plan.entries.length})`,
            author: localize(model.site.title, lang, model.site.languages)!.text,
            language: lang,
            keywords: [plan.kind, plan.id, job.variant, model.site.print.edition],
            date: buildDate,
          });
          writeFileSync(target, finished.bytes);
          if (job.imposed)
            writeFileSync(
              path.join(out, job.imposed),
              await impose(finished.bytes, `${plan.title} — ${kindLabel} (A4)`),
            );
          pages = finished.pages;
          rendered++;
          seconds[job.path] = (performance.now() - started) / 1000;
        }
        const names = Object.fromEntries(
          plan.entries.map((e) => [e.id, localize(e.name, plan.lang, model.site.languages)?.text ?? e.id]),
        );
        const baseline = baselineOf(job.path, model);
        index.push({
          ...(baseline ? { baseline } : {}),
          path: job.path,
          kind: job.pdf.kind,
          id: plan.id,
          lang: job.pdf.lang,
          variant: job.variant,
          edition: model.site.print.edition,
          pages,
          bytes: readFileSync(target).length,
          entries: plan.entries.length,
          entryIds: plan.entries.map((e) => e.id),
          entryNames: names,
          hash,
        });
        if (job.imposed)
          index.push({
            ...index[index.length - 1]!,
            path: job.imposed,
            variant: "imposed",
            pages: Math.ceil(pages / 4) * 2,
            bytes: readFileSync(path.join(out, job.imposed)).length,
          });
        progress.count(++done, jobs.length, job.path);
      }
    };
    const parallel = Number(process.env.ANNUAIRE_PRINT_JOBS) || Math.max(1, Math.min(4, availableParallelism() * 2));
    await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
  } finally {
    await browser?.close();
  }
  index.sort((a, b) => (a.path < b.path ? -1 : 1));
  mkdirSync(path.join(out, "print"), { recursive: true });
  writeFileSync(
    path.join(out, "print", "index.json"),
    `${JSON.stringify({ buildDate, edition: model.site.print.edition, booklets: index }, null, 2)}\n`,
  );
  if (!reuseOnly) progress.done(`${index.length} PDFs, ${rendered} rendered, ${skipped} unchanged`);
  return {
    index: Object.fromEntries(index.map((b) => [b.path, { pages: b.pages, bytes: b.bytes }])),
    report: { pdfs: index.length, rendered, skipped, excluded, seconds },
  };
};
