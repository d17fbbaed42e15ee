// The print stage: plan every booklet, skip those whose inputs did not change, render the others in
// one browser with a few pages in parallel, finish them, and write print/index.json.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Page } from "puppeteer-core";
import type { PrintRunner } from "../scripts/build.ts";
import { launchBrowser } from "../scripts/lib/browser.ts";
import type { ContentPage } from "../scripts/model/content.ts";
import { localize, type Model } from "../scripts/model/model.ts";
import { urls } from "../scripts/site/urls.ts";
import { type BookletOptions, bookletHtml } from "./booklet-html.ts";
import { finishPdf } from "./finish.ts";
import { impose } from "./impose.ts";
import { type BookletPlan, planBooklets, printable } from "./plan.ts";
import { pt } from "./print-strings.ts";
import { renderBooklet } from "./render.ts";

/** The print code itself is an input of every booklet: change it and every booklet is rendered again. */
const PRINT_CODE = [
  "booklet.css",
  "booklet-html.ts",
  "finish.ts",
  "render.ts",
  "boundary.ts",
  "print-strings.ts",
  ...readdirSync(path.resolve(import.meta.dirname, "sections")).map((f) => `sections/${f}`),
  "impose.ts",
  "run.ts",
  "qr.ts",
  "map-svg.ts",
]
  .map((f) => readFileSync(path.resolve(import.meta.dirname, f), "utf8"))
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

/** What the "changes" page compares with: rebuilding the same edition keeps its baseline; a new edition label compares with the last build. */
function baselineOf(prior: IndexEntry | undefined, edition: string): IndexEntry["baseline"] {
  if (!prior) return undefined;
  return prior.edition === edition
    ? prior.baseline
    : { edition: prior.edition, ids: prior.entryIds, names: prior.entryNames };
}

function jobsFor(
  model: Model,
  buildDate: string,
  content: ContentPage[],
  previous: Map<string, IndexEntry>,
  flags: { largePrint: boolean; imposition: boolean },
): Job[] {
  const jobs: Job[] = [];
  const langs = model.site.languages;
  const prev = (p: string): { previousEntries?: { ids: string[]; names: Record<string, string> } } => {
    const baseline = baselineOf(previous.get(p), model.site.print.edition);
    return baseline ? { previousEntries: { ids: baseline.ids, names: baseline.names } } : {};
  };
  const inNext90 = (start: string) => {
    const limit = new Date(`${buildDate}T00:00:00Z`);
    limit.setUTCDate(limit.getUTCDate() + 90);
    return start.slice(0, 10) >= buildDate && start.slice(0, 10) <= limit.toISOString().slice(0, 10);
  };
  for (const lang of langs) {
    for (const plan of planBooklets(model, lang, buildDate)) {
      const p = urls.booklet(lang, plan.kind, plan.id);
      jobs.push({
        plan,
        path: p,
        variant: "standard",
        options: { buildDate, ...prev(p) },
        ...(flags.imposition ? { imposed: p.replace(/\.pdf$/, "-imposed-a4.pdf") } : {}),
      });
      if (flags.largePrint) {
        const large = p.replace(/\.pdf$/, "-large-print.pdf");
        jobs.push({
          plan,
          path: large,
          variant: "large-print",
          options: { buildDate, largePrint: true, ...prev(large) },
        });
      }
      if (plan.kind === "commune") {
        const w = urls.welcome(lang, plan.id);
        const events = model.events.filter(
          (e) => inNext90(e.start) && (e.commune === plan.id || plan.entries.some((x) => x.id === e.initiative)),
        );
        const letter = content.find((c) => c.lang === lang && c.slug === "welcome");
        jobs.push({
          plan,
          path: w,
          variant: "welcome",
          options: { buildDate, welcome: { letter, events }, ...prev(w) },
        });
      }
    }
  }
  if (langs.includes("fr") && langs.includes("nl")) {
    for (const plan of planBooklets(model, "fr", buildDate).filter((b) => b.kind === "commune")) {
      const p = `/print/fr-nl/commune/${plan.id}.pdf`;
      jobs.push({ plan, path: p, variant: "bilingual", options: { buildDate, bilingual: ["fr", "nl"], ...prev(p) } });
    }
  }
  return jobs;
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
  const jobs = jobsFor(model, buildDate, content, previousIndex, {
    largePrint: !!options.largePrint,
    imposition: options.imposition === "booklet",
  });
  const index: IndexEntry[] = [];
  let rendered = 0;
  let skipped = 0;
  let done = 0;
  progress.phase("print");
  // reuseOnly (build --only site): keep the previous PDFs whose inputs are unchanged, render nothing,
  // and drop the others, so a stale booklet (say, with an address since made private) never survives.
  const browser = jobs.length && !reuseOnly ? await launchBrowser() : undefined;
  try {
    const queue = [...jobs];
    const worker = async () => {
      let tab: Page | undefined;
      for (let job = queue.shift(); job; job = queue.shift()) {
        const { plan } = job;
        const first = await bookletHtml(model, plan, job.options, content);
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
          tab ??= await browser!.browser.newPage();
          const { doc: pdf } = await renderBooklet(tab, first);
          const lang = job.variant === "bilingual" ? "fr" : plan.lang;
          const kindLabel = job.variant === "welcome" ? pt("welcomePack", lang) : pt("booklet", lang);
          const finished = await finishPdf(pdf, {
            title: `${plan.title} — ${kindLabel}`,
            subject: `${kindLabel}: ${plan.title} (${plan.entries.length})`,
            author: localize(model.site.title, lang, model.site.languages)!.text,
            language: job.variant === "bilingual" ? "fr-BE" : lang,
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
        }
        const names = Object.fromEntries(
          plan.entries.map((e) => [e.id, localize(e.name, plan.lang, model.site.languages)?.text ?? e.id]),
        );
        const baseline = baselineOf(previousIndex.get(job.path), model.site.print.edition);
        index.push({
          ...(baseline ? { baseline } : {}),
          path: job.path,
          kind: job.variant === "welcome" ? "welcome" : plan.kind,
          id: plan.id,
          lang: job.variant === "bilingual" ? "fr-nl" : plan.lang,
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
      await tab?.close();
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
    report: { pdfs: index.length, rendered, skipped, excluded },
  };
};
