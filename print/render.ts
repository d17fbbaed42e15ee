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
import { type BookletDocument, PAGE_NUMBER_FONTS } from "./booklet-html.ts";
import { pnoWidth, xrefWidth } from "./sections/context.ts";

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

const fontBytes = new Map<string, Uint8Array>();
const fontFile = (file: string) => {
  let bytes = fontBytes.get(file);
  if (!bytes) fontBytes.set(file, (bytes = new Uint8Array(readFileSync(file))));
  return bytes;
};
/** Where the text baseline sits in a slot's box (one em high, line height 1), from its bottom: measured. */
const BASELINE = 0.2;

/**
 * A booklet prints the same few numbers many times, and each `encodeText` or width asks fontkit to lay the
 * text out again (about 1 ms): remember them per font (each document has its own subset, hence its own font).
 */
function memoized(font: PDFFont): PDFFont {
  const encoded = new Map<string, ReturnType<PDFFont["encodeText"]>>();
  const widths = new Map<string, number>();
  const encodeText = font.encodeText.bind(font);
  const widthOfTextAtSize = font.widthOfTextAtSize.bind(font);
  font.encodeText = (text) => {
    let e = encoded.get(text);
    if (!e) encoded.set(text, (e = encodeText(text)));
    return e;
  };
  font.widthOfTextAtSize = (text, size) => {
    let w = widths.get(text);
    if (w === undefined) widths.set(text, (w = widthOfTextAtSize(text, 1)));
    return w * size;
  };
  return font;
}

/**
 * The pages of the contents (from its heading to the body's first section) and of the index (from its
 * heading to the "changes" heading, which flows on its last page). The test helper reads them the same way.
 */
export function contentsAndIndexPages(dests: ReadonlyMap<string, number>): Set<number> {
  const pages = new Set<number>();
  const contents = dests.get("contents");
  const body = Math.min(...[...dests].filter(([k]) => /^(g|s)-/.test(k)).map(([, p]) => p));
  if (contents !== undefined) for (let p = contents; p < body; p++) pages.add(p);
  const index = dests.get("index");
  if (index !== undefined) for (let p = index; p <= (dests.get("changes") ?? index); p++) pages.add(p);
  return pages;
}

/**
 * Draws the page number of each slot's destination into the slot: `.pno` in the contents and the index
 * (bold, right-aligned, 3 digits wide, more for a booklet of 1,000 pages or more), `.xref` in the body ("p. 7", left-aligned, `pageDigits` wide).
 * A slot is a link to a named destination that Chromium wrote with its rectangle.
 */
async function fillPageNumbers(doc: PDFDocument, dests: Map<string, number>, pageDigits: number): Promise<void> {
  const fonts: Partial<Record<"regular" | "bold", PDFFont>> = {};
  const font = async (weight: "regular" | "bold") => {
    if (!fonts[weight]) {
      doc.registerFontkit(fontkit);
      fonts[weight] = memoized(await doc.embedFont(fontFile(PAGE_NUMBER_FONTS[weight]), { subset: true }));
    }
    return fonts[weight];
  };
  const ctx = doc.context;
  const listPages = contentsAndIndexPages(dests);
  for (const [n, page] of doc.getPages().entries()) {
    // On the contents and index pages every link is a number slot; in the body only links to entries are.
    const list = listPages.has(n + 1);
    // (The contents' own 1-pixel link, which makes Chromium write its destination, is no slot.)
    const slots = links(page).filter(
      (l) => (list || l.dest.startsWith("e-")) && dests.has(l.dest) && Math.abs(l.rect[2]! - l.rect[0]!) > 2,
    );
    if (!slots.length) continue;
    page.node.wrapContentStreams(
      ctx.register(ctx.contentStream([pushGraphicsState()])),
      ctx.register(ctx.contentStream([popGraphicsState()])),
    );
    for (const { dest, rect } of slots) {
      const [x1, y1, x2, y2] = rect as [number, number, number, number];
      const [left, right, bottom] = [Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2)];
      const contents = list;
      const f = await font(contents ? "bold" : "regular");
      // The slot is a known number of digits wide: that gives the font size of the line it stands in.
      const size =
        (right - left) / ((contents ? pnoWidth(pageDigits) : xrefWidth(pageDigits)) * f.widthOfTextAtSize("0", 1));
      const text = String(dests.get(dest));
      const width = f.widthOfTextAtSize(text, size);
      page.drawText(text, {
        x: contents ? right - width : left,
        y: bottom + Math.abs(y2 - y1) * BASELINE,
        size,
        font: f,
        color: rgb(0.067, 0.067, 0.067),
      });
    }
  }
}

export interface Rendered {
  doc: PDFDocument;
  /** Destination → page, as printed. */
  pages: Map<string, number>;
  /** Layouts of the booklet: 1, or 2 when the page-number slots were sized for the wrong number of digits. */
  renders: number;
}

export async function renderBooklet(tab: Page, first: BookletDocument): Promise<Rendered> {
  let booklet = first;
  let t = performance.now();
  const lap = (what: string) => {
    if (process.env.ANNUAIRE_PRINT_PROFILE) console.error(what, Math.round(performance.now() - t));
    t = performance.now();
  };
  for (let renders = 1; ; renders++) {
    const raw = await htmlToPdf(tab, booklet.html);
    lap("layout");
    const doc = await load(raw);
    lap("load");
    // Page-reference slots sized for another number of digits: make the booklet again (rare).
    const digits = String(doc.getPageCount()).length;
    if (digits !== booklet.pageDigits && renders < 3) {
      booklet = await booklet.withPageDigits(digits);
      continue;
    }
    const pages = readDests(doc);
    await fillPageNumbers(doc, pages, booklet.pageDigits);
    lap("page numbers");
    return { doc, pages, renders };
  }
}
