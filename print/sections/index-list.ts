// The index from A to Z: every entry once, with the page of each of its appearances.
import { compareText } from "../../scripts/lib/format.ts";
import { html } from "../../scripts/lib/html.ts";
import type { BookletContext } from "./context.ts";
import type { Part } from "./part.ts";

export function indexList(ctx: BookletContext): Part {
  const { plan } = ctx;
  const sorted = [...plan.entries].sort((a, b) => compareText(ctx.name(a), ctx.name(b), ctx.lang));
  return {
    id: "index",
    title: ctx.s("index"),
    html: html`<section class="index">${ctx.heading(2, "index", ctx.s("index"))}
  <ul>${sorted.map((e) => html`<li><span class="toc__title">${ctx.names(e)}</span><span class="toc__dots"></span>${ctx.pageNo(ctx.firstDest.get(e.id)!)}</li>`)}</ul>
</section>`,
  };
}
