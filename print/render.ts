// Render: HTML → PDF in a real Chromium, then read the outline back and render again with the true
// page numbers in the contents and index, until the numbers stop moving (at most three renders).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "puppeteer-core";
import type { BookletDocument, Heading } from "./booklet-html.ts";
import { type OutlineItem, readOutline } from "./finish.ts";

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

/** Heading key → page, matching headings to outline entries in document order. */
export function pagesFromOutline(headings: readonly Heading[], outline: readonly OutlineItem[]): Map<string, number> {
  const pages = new Map<string, number>();
  let j = 0;
  for (const heading of headings) {
    const wanted = norm(heading.text);
    let k = j;
    // Chromium sometimes writes a section's heading text twice in its outline title.
    while (k < outline.length && outline[k]!.title !== wanted && outline[k]!.title !== wanted + wanted) k++;
    if (k < outline.length) {
      pages.set(heading.key, outline[k]!.page);
      j = k + 1;
    }
  }
  return pages;
}

export async function htmlToPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), "annuaire-print-"));
  const file = path.join(dir, "booklet.html");
  writeFileSync(file, html);
  const page = await browser.newPage();
  try {
    // A region booklet of thousands of entries runs to hundreds of pages: no 30-second default limit.
    await page.goto(`file://${file}`, { waitUntil: "load", timeout: 0 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      timeout: 0,
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const same = (a: Map<string, number>, b: Map<string, number>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/** `first` is the document made with no page numbers yet (the caller already made it to hash it). */
export async function renderWithPageNumbers(
  browser: Browser,
  make: (pages: Map<string, number>) => Promise<BookletDocument>,
  first?: BookletDocument,
): Promise<{ pdf: Uint8Array; pages: Map<string, number>; renders: number }> {
  let pages = new Map<string, number>();
  let doc = first ?? (await make(pages));
  for (let renders = 1; ; renders++) {
    const pdf = await htmlToPdf(browser, doc.html);
    const found = pagesFromOutline(doc.headings, await readOutline(pdf));
    if (same(found, pages) || renders >= 3) return { pdf, pages: found, renders };
    pages = found;
    doc = await make(pages);
  }
}
