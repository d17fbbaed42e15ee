// The website stage: typed model → HTML pages (Eleventy), assets, open data, search index.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AssetManifest } from "../../templates/lib/context.ts";
import { writeContributeFiles } from "../contribute/site-files.ts";
import type { Progress } from "../lib/progress.ts";
import type { Timings } from "../lib/timings.ts";
import type { ContentPage } from "../model/content.ts";
import { DataFileError, firstLine } from "../model/data-error.ts";
import { showPath } from "../model/load.ts";
import type { Model } from "../model/model.ts";
import { publicModel } from "../model/public.ts";
import { writeAssets } from "./assets.ts";
import { jobsToRender, readState, STATE_FILE, searchChanges, siteState } from "./incremental.ts";
import { openDataFiles } from "./open-data.ts";
import { pageJobs, pageTemplates, renderJob } from "./page-templates.ts";
import { netlifyRedirects } from "./redirects.ts";
import { buildSearchIndex, type SearchDocument } from "./search-index.ts";
import { type BookletInfo, type InitiativePage, SiteData } from "./site-data.ts";

const TEMPLATES = path.resolve(import.meta.dirname, "../../templates");

/** How many planned pages one Eleventy run writes; larger runs hold more pages in memory at once. */
const PAGES_PER_BATCH = 6000;

/** The plan's pages split into batches of at most `size` pages, page types kept in order. */
export function batches(pages: SiteData["pages"], size: number): SiteData["pages"][] {
  const out: SiteData["pages"][] = [];
  const empty = () => Object.fromEntries(Object.keys(pages).map((k) => [k, []])) as unknown as SiteData["pages"];
  let current = empty();
  let count = 0;
  for (const [type, list] of Object.entries(pages) as [
    keyof SiteData["pages"],
    SiteData["pages"][keyof SiteData["pages"]],
  ][]) {
    for (let i = 0; i < list.length; ) {
      const take = Math.min(size - count, list.length - i);
      current[type] = [...current[type], ...list.slice(i, i + take)];
      count += take;
      i += take;
      if (count === size) {
        out.push(current);
        current = empty();
        count = 0;
      }
    }
  }
  if (count > 0 || out.length === 0) out.push(current);
  return out;
}

async function renderPages(data: SiteData, assets: AssetManifest, out: string): Promise<string[]> {
  // Loaded here: an incremental rebuild does not need Eleventy.
  const { Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy(path.join(TEMPLATES, "pages"), out, {
    quietMode: true,
    configPath: path.join(TEMPLATES, "eleventy.config.ts"),
    config(config) {
      config.addGlobalData("annuaire", data);
      config.addGlobalData("assets", assets);
    },
  });
  // Eleventy always prints "Wrote N files"; keep its warnings and errors, drop the chatter.
  eleventy.logger.overrideLogger({
    log() {},
    info() {},
    warn: (m: string) => console.warn(m),
    error: (m: string) => console.error(m),
  });
  const written = (await eleventy.write()) as unknown as [unknown, { outputPath: string }[]];
  return Array.isArray(written?.[1]) ? written[1].map((r) => r.outputPath) : [];
}

export interface SiteReport {
  pages: number;
  searchable: number;
  /** Set when the previous output was updated in place: what was rendered and whether the index was. */
  incremental?: { rendered: number; searchIndexed: boolean; searchLanguages: string[] };
}

export async function renderSite(
  model: Model,
  out: string,
  options: {
    buildDate: string;
    content: ContentPage[];
    bookletIndex?: Record<string, BookletInfo>;
    progress?: Progress;
    largePrint?: boolean;
    imposition?: "booklet";
    timings?: Timings;
    /** The last build's output: when its state allows, only what changed is rendered (see incremental.ts). */
    previous?: string;
  },
): Promise<SiteReport> {
  const { progress } = options;
  // Privacy by allow-list: pages, search, JSON-LD and open data see only the fields the contract lists.
  model = publicModel(model);
  const timed = <T>(phase: string, work: () => Promise<T> | T) =>
    options.timings ? options.timings.measure(phase, work) : Promise.resolve(work());
  progress?.phase("site: assets");
  const assets = { ...writeAssets(model, out), ...(await writeContributeFiles(model, out)) };
  const data = new SiteData(model, {
    buildDate: options.buildDate,
    content: options.content,
    ...(options.bookletIndex ? { bookletIndex: options.bookletIndex } : {}),
    ...(options.largePrint ? { largePrint: true } : {}),
    ...(options.imposition ? { imposition: options.imposition } : {}),
  });
  writeFileSync(path.join(out, "_redirects"), netlifyRedirects(model));

  progress?.phase("site: pages");
  const templates = await pageTemplates();
  const jobs = pageJobs(templates, data, assets);
  const state = siteState(data, jobs, assets);
  // A previous output without its search index (or its state) is not updated in place.
  const previous =
    options.previous && existsSync(path.join(options.previous, "pagefind", "pagefind-entry.json"))
      ? readState(options.previous)
      : undefined;
  // A page missing from the previous output (deleted by hand) is written again too.
  const changed = jobsToRender(previous, state, jobs, (output) => existsSync(path.join(options.previous!, output)));
  let pages: number;
  if (changed) {
    // Only the pages whose inputs changed, straight from their templates (same bytes as Eleventy's).
    await timed("site: pages", () => {
      for (const job of changed) {
        const file = path.join(out, job.output);
        mkdirSync(path.dirname(file), { recursive: true });
        let page: string;
        try {
          page = renderJob(job, data, assets);
        } catch (cause) {
          throw job.p?.type === "initiatives" ? entryError(data, job.p as InitiativePage, cause) : cause;
        }
        writeFileSync(file, page);
      }
    });
    pages = jobs.length;
  } else {
    // Eleventy keeps every page it wrote in memory until its run ends: render in batches of pages so a
    // large directory's memory stays bounded. Pages outside the plan (404, robots, sitemap) are written
    // by every batch, identically.
    const written = new Set<string>();
    for (const batch of batches(data.pages, PAGES_PER_BATCH)) {
      const view: SiteData = Object.create(data, { pages: { value: batch } });
      let results: Iterable<string>;
      try {
        results = await timed("site: pages", () => renderPages(view, assets, out));
      } catch (error) {
        // Eleventy names the template, not the entry: find the entry whose page fails, and name its file.
        throw (await blameEntry(data, assets, error)) ?? error;
      }
      for (const r of results) written.add(r);
    }
    pages = written.size;
    // The incremental rebuild writes what pageJobs lists: it must be what Eleventy wrote.
    if (pages !== jobs.length) throw new Error(`Eleventy wrote ${pages} files, the page templates list ${jobs.length}`);
  }

  progress?.phase("site: open data");
  mkdirSync(path.join(out, "data"), { recursive: true });
  await timed("site: open data", () => {
    for (const [name, content] of Object.entries(openDataFiles(model, options.buildDate)))
      writeFileSync(path.join(out, "data", name), content);
  });

  progress?.phase("site: search index");
  const initiative = await import("../../templates/pages/initiative.11ty.ts");
  const searchable = data.pages.initiatives as InitiativePage[];
  const byUrl = new Map(searchable.map((p) => [p.url, p]));
  const documents = new Map<string, string>();
  const document = (url: string) => {
    let doc = documents.get(url);
    if (doc === undefined) {
      const p = byUrl.get(url)!;
      try {
        doc = initiative.searchDocument(data, p);
      } catch (cause) {
        throw entryError(data, p, cause);
      }
      documents.set(url, doc);
    }
    return doc;
  };
  const rendered = changed && new Set(changed.map((job) => job.p?.url).filter((u): u is string => !!u));
  const searchLanguages = [...searchChanges(previous, state, searchable, rendered || undefined, document)].sort();
  if (searchLanguages.length) {
    const all: SearchDocument[] = searchable
      .filter((p) => searchLanguages.includes(p.lang))
      .map((p) => ({ url: p.url, lang: p.lang, html: document(p.url) }));
    await timed("site: search index", () => buildSearchIndex(out, all, searchLanguages));
  }
  writeFileSync(path.join(out, STATE_FILE), JSON.stringify(state));
  return {
    pages,
    searchable: searchable.length,
    ...(changed
      ? { incremental: { rendered: changed.length, searchIndexed: searchLanguages.length > 0, searchLanguages } }
      : {}),
  };
}

/**
 * Renders the per-entry pages one by one, outside Eleventy, to find the entry whose data made the
 * build fail; returns an error naming its data file, or undefined if none fails alone.
 */
async function blameEntry(data: SiteData, assets: AssetManifest, error: unknown): Promise<DataFileError | undefined> {
  const initiative = await import("../../templates/pages/initiative.11ty.ts");
  for (const p of data.pages.initiatives as InitiativePage[]) {
    try {
      initiative.render({ annuaire: data, assets, p, page: { url: p.url, lang: p.lang } });
    } catch (cause) {
      return entryError(data, p, cause, error);
    }
  }
  return undefined;
}

/** An error naming the data file of the entry whose page (or search document) failed. */
function entryError(data: SiteData, p: InitiativePage, cause: unknown, error: unknown = cause): DataFileError {
  return new DataFileError({
    severity: "error",
    file: showPath(path.join(data.model.dataDir, p.initiative.source)),
    line: 1,
    col: 1,
    code: "build-data-error",
    params: { detail: `${p.lang}: ${firstLine(cause)} (${firstLine(error)})` },
  });
}
