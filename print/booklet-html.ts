// A booklet as one HTML document for Chromium to paginate, put together from section components
// (print/sections/). The contents and the index carry page numbers: `numberedHtml` makes just those
// pages again, once the body's layout has given every destination its page (see render.ts).
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Html, html, trusted } from "../scripts/lib/html.ts";
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
import { mapTitle, welcomeMap } from "./sections/map.ts";
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

/** The regular Atkinson Hyperlegible file, for drawing page numbers into the PDF (render.ts). */
export const PAGE_NUMBER_FONT = path.join(ATKINSON, "atkinson-hyperlegible-latin-400-normal.woff");

export interface BookletDocument {
  html: string;
  /** Digits the page-reference slots were made for; `withPageDigits` makes the booklet again for another count. */
  pageDigits: number;
  withPageDigits(digits: number): Promise<BookletDocument>;
  /** Part ids in page order; `numbered` ones are made again with true page numbers. */
  parts: { id: string; numbered: boolean; flows: boolean }[];
  /** Only the numbered parts, with their page numbers, each after blank pages up to the page it starts on. */
  numberedHtml(pages: ReadonlyMap<string, number>): string;
  /** The whole booklet with these page numbers (only when the numbered parts no longer fit their pages). */
  fullHtml(pages: ReadonlyMap<string, number>): string;
}

export async function bookletHtml(
  model: Model,
  plan: BookletPlan,
  options: BookletOptions,
  content: ContentPage[] = options.welcome?.letter ? [options.welcome.letter] : [],
): Promise<BookletDocument> {
  const ctx = new BookletContext(model, plan, options, new Map());
  const map = welcomeMap(ctx);
  const tail = [events(ctx), map, indexList(ctx), changes(ctx)].filter((p): p is Part => !!p);
  const titled = tail.map((p) => ({
    id: p.id,
    title: {
      events: ctx.s("events"),
      map: mapTitle(ctx),
      where: ctx.s("whereToGo"),
      index: ctx.s("index"),
      changes: ctx.s("changes"),
    }[p.id],
  }));
  const front = [await cover(ctx), letter(ctx, content), howto(ctx)].filter((p): p is Part => !!p);
  const sections = await body(ctx);
  const after = [...tail, await back(ctx)];
  const linked = [...front, ...sections, ...after].map((p) => ({ id: p.id }));
  const toc = (c: BookletContext) =>
    contents(c, [...linked.filter((p) => !titled.some((t) => t.id === p.id)), ...titled]);
  const parts = [...front, toc(ctx), ...sections, ...after];
  const page = (inner: Html | Html[]) =>
    html`<!doctype html>
<html lang="${plan.lang}">
<head>
<meta charset="utf-8">
<title>${plan.title} — ${bookletKindLabel(ctx)}</title>
${HEAD}
</head>
<body class="${options.largePrint ? "large" : ""} paper-${model.site.print.paper}${ctx.second ? " bilingual" : ""}">
${inner}
</body>
</html>`.value;
  return {
    html: page(parts.map((p) => p.html)),
    pageDigits: ctx.pageDigits,
    withPageDigits: (digits) => bookletHtml(model, plan, { ...options, pageDigits: digits }, content),
    parts: parts.map((p) => ({ id: p.id, numbered: !!p.numbered, flows: !!p.flows })),
    fullHtml(pages) {
      const numbered = new BookletContext(model, plan, options, pages);
      const again = new Map([toc(numbered), indexList(numbered)].map((p) => [p.id, p.html]));
      return page(parts.map((p) => again.get(p.id) ?? p.html));
    },
    numberedHtml(pages) {
      const numbered = new BookletContext(model, plan, options, pages);
      const again = new Map([toc(numbered), indexList(numbered)].map((p) => [p.id, p.html]));
      const out: Html[] = [];
      let at = 1;
      parts.forEach((p, n) => {
        if (!p.numbered) return;
        for (const start = pages.get(p.id)!; at < start; at++) out.push(html`<div class="pad"></div>`);
        out.push(again.get(p.id)!);
        // A part that flows on from a numbered one shares its last page: it is printed with it.
        for (let k = n + 1; parts[k]?.flows; k++) out.push(parts[k]!.html);
        at = pages.get(`${p.id}:end`)! + 1;
      });
      return page(out);
    },
  };
}
