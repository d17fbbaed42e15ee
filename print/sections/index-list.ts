// The index from A to Z: every entry once, with the page of each of its appearances.
import { compareText } from "../../scripts/lib/format.ts";
import { html } from "../../scripts/lib/html.ts";
import type { BookletContext } from "./context.ts";
import { entryDest } from "./context.ts";
import type { Part } from "./part.ts";

export function indexList(ctx: BookletContext): Part {
  const { plan } = ctx;
  const sorted = [...plan.entries].sort((a, b) => compareText(ctx.name(a), ctx.name(b), ctx.lang));
  const numbers = (id: string) => {
    const dests = plan.sections.filter((s) => s.entries.some((e) => e.id === id)).map((s) => entryDest(s.id, id));
    // Two appearances on one page are one number, once the pages are known.
    const seen = new Set<number>();
    const shown = dests.filter((d) => {
      const page = ctx.pages.get(d);
      if (page === undefined) return true;
      if (seen.has(page)) return false;
      seen.add(page);
      return true;
    });
    return shown.map((d, n) => html`${n ? ", " : ""}${ctx.pageNo(d)}`);
  };
  return {
    id: "index",
    numbered: true,
    html: html`<section class="index">${ctx.heading(2, "index", ctx.s("index"))}
  <ul>${sorted.map((e) => html`<li><span class="toc__title">${ctx.names(e)}</span><span class="toc__dots"></span><span class="index__pages">${numbers(e.id)}</span></li>`)}</ul>
</section>`,
  };
}
