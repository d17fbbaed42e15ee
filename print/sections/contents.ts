// The contents: every part and section with its page. A commune booklet shows its two groups (the
// commune's own entries, then those active across the region), each with its sectors.
import { type Html, html } from "../../scripts/lib/html.ts";
import type { BookletSection } from "../../scripts/plan/booklets.ts";
import { type BookletContext, sectionDest } from "./context.ts";
import type { Part } from "./part.ts";
import { groupDest, groupTitle, sectionTitle } from "./section.ts";

/** `after`: the parts after the body that have a line in the contents (welcome pages, index, changes). */
export function contents(ctx: BookletContext, after: Part[]): Part {
  const line = (dest: string, title: string | Html, cls = "", icon: Html = html``) =>
    html`<li class="${cls}"><span class="toc__title">${icon}${title}</span><span class="toc__dots"></span>${ctx.pageNo(dest)}</li>`;
  const section = (s: BookletSection) =>
    line(sectionDest(s.id), sectionTitle(ctx, s), s.group ? "toc__sub" : "", s.sector ? ctx.icon(s.sector) : html``);
  const lines: Html[] = [];
  let group: string | undefined;
  for (const s of ctx.plan.sections) {
    if (s.group && s.group !== group) {
      group = s.group;
      lines.push(line(groupDest(s.group), groupTitle(ctx, s.group), "toc__group"));
    }
    lines.push(section(s));
  }
  for (const p of after) if (p.title) lines.push(line(p.id, p.title, "toc__group"));
  return {
    id: "contents",
    html: html`<section class="toc">
  ${ctx.heading(2, "contents", ctx.s("contents"))}
  <ol>${lines}</ol>
  <nav class="dests" aria-hidden="true"><a href="#contents">&nbsp;</a></nav>
</section>`,
  };
}
