// Render: the whole booklet is laid out by Chromium once. Every heading's page is then read from the
// PDF's named destinations (by id, never by title text); only the contents and the index are printed
// again with those numbers (a few blank pages before them keep the footer numbers true) and their pages
// spliced into Chromium's PDF in place, so its outline and links survive. Page references inside the
// body ("see also … p. 7") are fixed-width link slots: their numbers are drawn into the slot.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  type PDFFont,
  PDFName,
  type PDFNumber,
  type PDFPage,
  PDFRef,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  rgb,
} from "pdf-lib";
import type { Page } from "puppeteer-core";
import { type BookletDocument, PAGE_NUMBER_FONT } from "./booklet-html.ts";
import { xrefWidth } from "./sections/context.ts";

/**
 * Prints HTML with one browser tab, reused for every booklet a worker renders (a new tab costs about as
 * much as printing a short booklet). `pageRanges` prints only those pages of the laid-out document.
 */
export async function htmlToPdf(tab: Page, html: string, pageRanges = ""): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), "annuaire-print-"));
  const file = path.join(dir, "booklet.html");
  writeFileSync(file, html);
  try {
    // A region booklet of thousands of entries runs to hundreds of pages: no 30-second default limit.
    await tab.goto(`file://${file}`, { waitUntil: "load", timeout: 0 });
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    // Pages printed alone are spliced into a tagged PDF that has its outline already: no need for either.
    const whole = pageRanges === "";
    const pdf = await tab.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: whole,
      outline: whole,
      timeout: 0,
      pageRanges,
    });
    return new Uint8Array(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const load = (pdf: Uint8Array) => PDFDocument.load(pdf, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });

const destArray = (value: unknown): PDFArray | undefined =>
  value instanceof PDFArray ? value : value instanceof PDFDict ? destArray(value.lookup(PDFName.of("D"))) : undefined;

/** Named destination → 1-based page, from the catalog's /Dests (what Chromium writes) or a /Names tree. */
export function readDests(doc: PDFDocument): Map<string, number> {
  const pages = new Map(doc.getPages().map((p, n) => [p.ref.toString(), n + 1]));
  const out = new Map<string, number>();
  const add = (name: string, value: unknown) => {
    const ref = destArray(value)?.get(0);
    if (ref instanceof PDFRef && pages.has(ref.toString())) out.set(name, pages.get(ref.toString())!);
  };
  const dests = doc.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  for (const [key, value] of dests?.entries() ?? []) add(key.decodeText(), dests!.context.lookup(value));
  const walk = (node: PDFDict | undefined) => {
    if (!node) return;
    const names = node.lookupMaybe(PDFName.of("Names"), PDFArray);
    for (let i = 0; names && i + 1 < names.size(); i += 2) {
      const key = names.lookup(i);
      if (key instanceof PDFString) add(key.decodeText(), names.lookup(i + 1));
    }
    const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) walk(kids.lookupMaybe(i, PDFDict));
  };
  walk(doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict)?.lookupMaybe(PDFName.of("Dests"), PDFDict));
  return out;
}

/** First and last page of every part, from where each part starts. */
function partPages(parts: BookletDocument["parts"], dests: Map<string, number>, total: number) {
  const pages = new Map(dests);
  parts.forEach((p, n) => {
    const next = parts.slice(n + 1).find((q) => !q.flows && dests.has(q.id));
    pages.set(`${p.id}:end`, next ? dests.get(next.id)! - 1 : total);
  });
  return pages;
}

/** Replaces what `target` shows with what `source` shows; `target` keeps its object, so links to it stay. */
function replaceContent(doc: PDFDocument, target: PDFPage, source: PDFPage): void {
  for (const key of ["Contents", "Resources"]) target.node.set(PDFName.of(key), source.node.get(PDFName.of(key))!);
  doc.context.delete(source.ref);
}

/** Internal links on a page: their destination name and rectangle. */
function links(page: PDFPage): { dest: string; rect: number[] }[] {
  const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
  const out: { dest: string; rect: number[] }[] = [];
  for (let i = 0; annots && i < annots.size(); i++) {
    const a = annots.lookupMaybe(i, PDFDict);
    const dest = a?.lookup(PDFName.of("Dest"));
    const rect = a?.lookupMaybe(PDFName.of("Rect"), PDFArray);
    if (dest instanceof PDFName && rect)
      out.push({ dest: dest.decodeText(), rect: rect.asArray().map((v) => (v as PDFNumber).asNumber()) });
  }
  return out;
}

let fontBytes: Uint8Array | undefined;
/** Where the text baseline sits in a page-reference slot's box, from its bottom (measured). */
const BASELINE = 0.2;

/** Draws the page number of each body link's destination into its slot (`.xref`, one em high). */
async function fillPageReferences(
  doc: PDFDocument,
  dests: Map<string, number>,
  skip: Set<number>,
  slotCh: number,
): Promise<number> {
  let font: PDFFont | undefined;
  let drawn = 0;
  for (const [n, page] of doc.getPages().entries()) {
    if (skip.has(n + 1)) continue;
    // Page references in the body always point to an entry (context.ts `xref`); other links are not slots.
    const slots = links(page).filter((l) => l.dest.startsWith("e-") && dests.has(l.dest));
    if (!slots.length) continue;
    if (!font) {
      doc.registerFontkit(fontkit);
      fontBytes ??= new Uint8Array(readFileSync(PAGE_NUMBER_FONT));
      font = await doc.embedFont(fontBytes, { subset: true });
    }
    const ctx = doc.context;
    page.node.wrapContentStreams(
      ctx.register(ctx.contentStream([pushGraphicsState()])),
      ctx.register(ctx.contentStream([popGraphicsState()])),
    );
    for (const { dest, rect } of slots) {
      const [x1, y1, x2, y2] = rect as [number, number, number, number];
      // The slot is `slotCh` digits wide: that gives the font size of the line it stands in.
      const size = Math.abs(x2 - x1) / (slotCh * font.widthOfTextAtSize("0", 1));
      page.drawText(String(dests.get(dest)), {
        x: Math.min(x1, x2),
        y: Math.min(y1, y2) + Math.abs(y2 - y1) * BASELINE,
        size,
        font,
        color: rgb(0.067, 0.067, 0.067),
      });
      drawn++;
    }
  }
  return drawn;
}

export interface Rendered {
  doc: PDFDocument;
  /** Destination → page, as printed. */
  pages: Map<string, number>;
  /** Full layouts of the booklet (1 unless the contents or the index changed length with their numbers). */
  renders: number;
}

export async function renderBooklet(tab: Page, first: BookletDocument): Promise<Rendered> {
  let booklet = first;
  let html = booklet.html;
  let t = performance.now();
  const lap = (what: string) => {
    if (process.env.ANNUAIRE_PRINT_PROFILE) console.error(what, Math.round(performance.now() - t));
    t = performance.now();
  };
  for (let renders = 1; ; renders++) {
    const raw = await htmlToPdf(tab, html);
    lap("layout");
    const doc = await load(raw);
    lap("load");
    // Page-reference slots too narrow (or too wide) for the page numbers: make the booklet again once.
    const digits = String(doc.getPageCount()).length;
    if (digits !== booklet.pageDigits && renders < 3) {
      booklet = await booklet.withPageDigits(digits);
      html = booklet.html;
      continue;
    }
    const total = doc.getPageCount();
    const pages = partPages(booklet.parts, readDests(doc), total);
    const numbered = booklet.parts.filter((p) => p.numbered);
    const ranges = numbered.map((p) => [pages.get(p.id)!, pages.get(`${p.id}:end`)!] as const);
    const small = await load(
      await htmlToPdf(tab, booklet.numberedHtml(pages), ranges.map(([a, b]) => `${a}-${b}`).join(",")),
    );
    lap("numbered pages");
    const smallPages = readDests(small);
    // The numbered pages must fill exactly the pages they had; else lay the whole booklet out again.
    let offset = 0;
    const fits =
      small.getPageCount() === ranges.reduce((n, [a, b]) => n + b - a + 1, 0) &&
      numbered.every((p, k) => {
        const ok = smallPages.get(p.id) === offset + 1;
        offset += ranges[k]![1] - ranges[k]![0] + 1;
        return ok;
      });
    if (!fits && renders < 3) {
      html = booklet.fullHtml(pages);
      continue;
    }
    const skip = new Set<number>();
    let from = 0;
    for (const [a, b] of ranges) {
      const copied = await doc.copyPages(
        small,
        Array.from({ length: b - a + 1 }, (_, k) => from + k),
      );
      copied.forEach((page, k) => {
        replaceContent(doc, doc.getPage(a - 1 + k), page);
        skip.add(a + k);
      });
      from += b - a + 1;
    }
    lap("splice");
    await fillPageReferences(doc, pages, skip, xrefWidth(booklet.pageDigits));
    lap("page references");
    return { doc, pages, renders };
  }
}
