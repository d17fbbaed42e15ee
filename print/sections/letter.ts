// The welcome letter of a welcome pack (content/{lang}/welcome.md), in every printed language.
import { html, trusted } from "../../scripts/lib/html.ts";
import { fill } from "../../scripts/lib/lang.ts";
import { renderContent } from "../../scripts/lib/markdown.ts";
import type { ContentPage } from "../../scripts/model/content.ts";
import type { BookletContext } from "./context.ts";
import type { Part } from "./part.ts";

export function letter(ctx: BookletContext, pages: ContentPage[]): Part | undefined {
  const letters = ctx.printed
    .map((l) => pages.find((p) => p.lang === l && p.slug === "welcome"))
    .filter((p): p is ContentPage => !!p);
  if (!ctx.options.welcome || !letters.length) return undefined;
  const commune = (l: string) => ({ commune: ctx.communeName(ctx.plan.id, l) });
  const title = ctx.both((l) => {
    const page = letters.find((p) => p.lang === l) ?? letters[0]!;
    return fill(page.title, commune(l));
  });
  const bodies = letters.map(
    (p) => html`<div lang="${p.lang}">${trusted(renderContent(fill(p.markdown, commune(p.lang))))}</div>`,
  );
  return {
    id: "letter",
    html: html`<section class="letter">${ctx.heading(2, "letter", title)}<div class="${letters.length > 1 ? "bi" : ""}">${bodies}</div></section>`,
  };
}
