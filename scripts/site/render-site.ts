// The website stage: typed model → HTML pages (Eleventy), assets, open data, search index.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";
import type { Progress } from "../lib/progress.ts";
import type { Timings } from "../lib/timings.ts";
import type { ContentPage } from "../model/content.ts";
import type { Model } from "../model/model.ts";
import { writeAssets } from "./assets.ts";
import { openDataFiles } from "./open-data.ts";
import { netlifyRedirects } from "./redirects.ts";
import { buildSearchIndex } from "./search-index.ts";
import { type BookletInfo, SiteData } from "./site-data.ts";

const TEMPLATES = path.resolve(import.meta.dirname, "../../templates");

export interface SiteReport {
  pages: number;
  searchable: number;
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
  },
): Promise<SiteReport> {
  const { progress } = options;
  const timed = <T>(phase: string, work: () => Promise<T> | T) =>
    options.timings ? options.timings.measure(phase, work) : Promise.resolve(work());
  progress?.phase("site: assets");
  const assets = writeAssets(model, out);
  const data = new SiteData(model, {
    buildDate: options.buildDate,
    content: options.content,
    ...(options.bookletIndex ? { bookletIndex: options.bookletIndex } : {}),
    ...(options.largePrint ? { largePrint: true } : {}),
    ...(options.imposition ? { imposition: options.imposition } : {}),
  });
  writeFileSync(path.join(out, "_redirects"), netlifyRedirects(model));

  progress?.phase("site: pages");
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
  const written = (await timed("site: pages", () => eleventy.write())) as unknown as
    | [unknown, { url: string }[]]
    | { url: string }[];
  const pages = Array.isArray(written) && Array.isArray(written[1]) ? (written[1] as unknown[]).length : 0;

  progress?.phase("site: open data");
  mkdirSync(path.join(out, "data"), { recursive: true });
  await timed("site: open data", () => {
    for (const [name, content] of Object.entries(openDataFiles(model, options.buildDate)))
      writeFileSync(path.join(out, "data", name), content);
  });

  progress?.phase("site: search index");
  const { pages: searchable } = await timed("site: search index", () => buildSearchIndex(out));
  return { pages, searchable };
}
