// Every PDF a build writes: booklets per commune, region and sector in each language, welcome packs,
// bilingual editions (pairs from site.yaml's print.bilingual), and, when asked, large-print and
// imposed (A4 saddle-stitch) copies of each. The print pipeline renders this list, the site links
// it, /{lang}/print/ shows it; nothing else decides which PDFs exist.
import type { Model } from "../model/model.ts";
import { urls } from "../site/urls.ts";
import { type BookletPlan, planBooklets } from "./booklets.ts";

/** What a PDF holds: a directory booklet, a welcome pack for newcomers, or a bilingual booklet. */
export type PdfEdition = "standard" | "welcome" | "bilingual";
/** How it is laid out: normal A5, large print (16 pt), or imposed two-up on A4 for saddle stitching. */
export type PdfFormat = "standard" | "large-print" | "imposed";

export interface PdfOutput {
  path: string;
  /** "welcome" for welcome packs; otherwise the kind of the booklet. */
  kind: "commune" | "region" | "sector" | "welcome";
  id: string;
  /** The language of the file: "fr", or "fr-nl" for a bilingual edition. */
  lang: string;
  /** The languages on its pages, first one first. */
  langs: string[];
  edition: PdfEdition;
  format: PdfFormat;
  /** For an imposed file: the PDF it is imposed from (rendered in the same job). */
  imposedFrom?: string;
  booklet: BookletPlan;
}

export interface PdfOptions {
  buildDate: string;
  largePrint?: boolean;
  imposition?: "booklet";
}

const withSuffix = (path: string, suffix: string) => path.replace(/\.pdf$/, `${suffix}.pdf`);

/** The value written as `variant` in print/index.json (kept stable for readers of that file). */
export const variantOf = (pdf: PdfOutput): string =>
  pdf.format !== "standard" ? pdf.format : pdf.edition === "standard" ? "standard" : pdf.edition;

/** Bilingual pairs from site.yaml whose two languages the site publishes. */
export function bilingualPairs(model: Model): [string, string][] {
  const langs = model.site.languages;
  return (model.site.print.bilingual ?? [])
    .map((pair) => pair.split("-") as [string, string])
    .filter(([a, b]) => langs.includes(a) && langs.includes(b) && a !== b);
}

export function planPdfs(model: Model, options: PdfOptions): PdfOutput[] {
  const out: PdfOutput[] = [];
  const kinds = new Set<string>(model.site.print.kinds);
  const add = (base: Omit<PdfOutput, "format" | "imposedFrom">) => {
    if (!kinds.has(base.edition === "bilingual" ? "bilingual" : base.kind)) return;
    out.push({ ...base, format: "standard" });
    if (options.largePrint) out.push({ ...base, path: withSuffix(base.path, "-large-print"), format: "large-print" });
    if (options.imposition === "booklet") {
      out.push({ ...base, path: withSuffix(base.path, "-imposed-a4"), format: "imposed", imposedFrom: base.path });
    }
  };
  for (const lang of model.site.languages) {
    for (const booklet of planBooklets(model, lang, options.buildDate)) {
      const common = { id: booklet.id, lang, langs: [lang], booklet };
      add({ ...common, path: urls.booklet(lang, booklet.kind, booklet.id), kind: booklet.kind, edition: "standard" });
      if (booklet.kind === "commune") {
        add({ ...common, path: urls.welcome(lang, booklet.id), kind: "welcome", edition: "welcome" });
      }
    }
  }
  for (const [first, second] of bilingualPairs(model)) {
    for (const booklet of planBooklets(model, first, options.buildDate).filter((b) => b.kind === "commune")) {
      const lang = `${first}-${second}`;
      add({
        path: urls.booklet(lang, "commune", booklet.id),
        kind: "commune",
        id: booklet.id,
        lang,
        langs: [first, second],
        edition: "bilingual",
        booklet,
      });
    }
  }
  return out;
}

/** One of N parts of a print run, "2/3" on the command line: K from 1 to N. */
export interface Shard {
  k: number;
  n: number;
}

export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m) return undefined;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && n >= 1 && k <= n ? { k, n } : undefined;
}

/** Expected pages of a PDF, to balance shards: a few fixed pages plus about a third of a page per entry. */
export const expectedPages = (pdf: PdfOutput): number =>
  (pdf.edition === "welcome" ? 8 : 5) + pdf.booklet.entries.length / (pdf.format === "large-print" ? 1.5 : 3);

/**
 * The PDFs of shard K of N: a deterministic partition balanced by expected pages (largest first, each
 * to the lightest shard so far). An imposed copy stays with the PDF it is imposed from.
 */
export function shardPdfs(pdfs: readonly PdfOutput[], shard: Shard): PdfOutput[] {
  const jobs = pdfs.filter((p) => p.format !== "imposed");
  const order = [...jobs].sort((a, b) => expectedPages(b) - expectedPages(a) || (a.path < b.path ? -1 : 1));
  const load = new Array<number>(shard.n).fill(0);
  const mine = new Set<string>();
  for (const pdf of order) {
    let lightest = 0;
    for (let i = 1; i < shard.n; i++) if (load[i]! < load[lightest]!) lightest = i;
    load[lightest]! += expectedPages(pdf);
    if (lightest === shard.k - 1) mine.add(pdf.path);
  }
  return pdfs.filter((p) => mine.has(p.imposedFrom ?? p.path));
}
