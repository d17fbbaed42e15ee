// A booklet as one HTML document for Chromium to paginate, put together from section components
// (print/sections/). Its page numbers (contents, index, "p. 7") are empty slots that render.ts fills
// once Chromium's layout has given every destination its page.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { html, trusted } from "../scripts/lib/html.ts";
import type { ContentPage } from "../scripts/model/content.ts";
import type { Model } from "../scripts/model/model.ts";
import type { BookletPlan } from "../scripts/plan/booklets.ts";
import { back } from "./sections/back.ts";
import { changes } from "./sections/changes.ts";
import { contents } from "./sections/contents.ts";
import { BookletContext, type BookletOptions } from "./sections/context.ts";
import { bookletKindLabel, cover } from "./sections/cover.ts";
import { events } from "./sections/events.ts";
import { howto } from "./sections/howto.ts";
import { indexList } from "./sections/index-list.ts";
import { letter } from "./sections/letter.ts";
import { welcomeMap } from "./sections/map.ts";
import type { Part } from "./sections/part.ts";
import { body } from "./sections/section.ts";

export type { BookletOptions } from "./sections/context.ts";

const require = createRequire(import.meta.url);
const fontDir = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));
const ATKINSON = path.join(fontDir("@fontsource/atkinson-hyperlegible"), "files");
const fileUrl = (p: string) => pathToFileURL(p).href;
const atkinson = (subset: string, weight: number, range = "") =>
  `@font-face { font-family: "Atkinson Hyperlegible"; font-weight: ${weight}; ${range} src: url("${fileUrl(path.join(ATKINSON, `atkinson-hyperlegible-${subset}-${weight}-normal.woff2`))}") format("woff2"); }`;
const HEAD = trusted(`<style>
${atkinson("latin", 400)}
${atkinson("latin", 700)}
${atkinson("latin-ext", 400, "unicode-range: U+0100-024F, U+1E00-1EFF;")}
${atkinson("latin-ext", 700, "unicode-range: U+0100-024F, U+1E00-1EFF;")}
</style>
<link rel="stylesheet" href="${fileUrl(path.join(fontDir("@fontsource/noto-emoji"), "400.css"))}">
<link rel="stylesheet" href="${fileUrl(path.resolve(import.meta.dirname, "booklet.css"))}">`);

/** The booklet's own font files, for drawing page numbers into the PDF (render.ts). */
export const PAGE_NUMBER_FONTS = {
  regular: path.join(ATKINSON, "atkinson-hyperlegible-latin-400-normal.woff"),
  bold: path.join(ATKINSON, "atkinson-hyperlegible-latin-700-normal.woff"),
};

export interface BookletDocument {
  html: string;
  /** Digits the page-reference slots were made for; `withPageDigits` makes the booklet again for another count. */
  pageDigits: number;
  withPageDigits(digits: number): Promise<BookletDocument>;
}

export async function bookletHtml(
  model: Model,
  plan: BookletPlan,
  options: BookletOptions,
  content: ContentPage[] = options.welcome?.letter ? [options.welcome.letter] : [],
): Promise<BookletDocument> {
  const ctx = new BookletContext(model, plan, options);
  const titled = [events(ctx), welcomeMap(ctx), indexList(ctx), changes(ctx)].filter((p): p is Part => !!p);
  const front = [await cover(ctx), letter(ctx, content), howto(ctx)].filter((p): p is Part => !!p);
  const parts = [...front, contents(ctx, titled), ...(await body(ctx)), ...titled, await back(ctx)];
  const doc = html`<!doctype html>
<html lang="${plan.lang}">
<head>
<meta charset="utf-8">
<title>${plan.title} — ${bookletKindLabel(ctx)}</title>
${HEAD}
</head>
<body class="${options.largePrint ? "large" : ""} paper-${model.site.print.paper}${ctx.second ? " bilingual" : ""}">
${parts.map((p) => p.html)}
</body>
</html>`;
  // The slots were sized from a guess by entry count; the text itself tells better how long the
  // booklet is (entries with long descriptions fill more pages). When the two disagree on the digits,
  // make the HTML again now: far cheaper than a second layout in Chromium.
  // The text wins only when it is clearly past a power of ten (10 %): near one, either guess can miss.
  if (options.pageDigits === undefined) {
    const pages = pagesFromText(doc.value, model.site.print.paper, options.largePrint);
    const guess = ctx.pageDigits;
    const digits =
      pages >= 1.1 * 10 ** guess
        ? String(Math.round(pages)).length
        : pages <= 0.9 * 10 ** (guess - 1)
          ? guess - 1
          : guess;
    if (digits !== guess) return bookletHtml(model, plan, { ...options, pageDigits: Math.max(1, digits) }, content);
  }
  return {
    html: doc.value,
    pageDigits: ctx.pageDigits,
    withPageDigits: (digits) => bookletHtml(model, plan, { ...options, pageDigits: digits }, content),
  };
}

/**
 * Pages a booklet will take, from its text: about 4 pages of cover, contents and back, then about
 * 1,200 characters a page on A5 at the standard size (fits every booklet of the embedded data, 2026,
 * within a page or two), twice that on A4, about a quarter of it in large print.
 */
export function pagesFromText(html: string, paper: "A5" | "A4", largePrint = false): number {
  const body = html.slice(html.indexOf("<body"));
  const chars = body.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").length;
  const perPage = 1200 * (paper === "A4" ? 2 : 1) * (largePrint ? 0.28 : 1);
  return 4 + chars / perPage;
}
