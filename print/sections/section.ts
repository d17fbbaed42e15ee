// The body: sections of entries. A commune booklet has two groups, each a part of its own (the
// commune's entries by sector, then those active across the region by sector); other booklets are
// one part whose sections follow each other without a page break, so pages stay full.
import { type Html, html } from "../../scripts/lib/html.ts";
import type { BookletSection } from "../../scripts/plan/booklets.ts";
import { ofName, pt } from "../print-strings.ts";
import { type BookletContext, sectionDest } from "./context.ts";
import { entry } from "./entry.ts";
import type { Part } from "./part.ts";

export const groupDest = (group: string): string => `g-${group}`;

export const groupTitle = (ctx: BookletContext, group: "local" | "region"): string =>
  group === "local"
    ? ctx.both((l) =>
        pt("inCommune", l, {
          commune: ctx.communeName(ctx.plan.id, l),
          ofCommune: ofName(ctx.communeName(ctx.plan.id, l), l),
        }),
      )
    : ctx.s("regionWide");

export function sectionTitle(ctx: BookletContext, s: BookletSection): string {
  const sector = s.sector ? ctx.model.sectors.find((x) => x.id === s.sector) : undefined;
  if (sector) return ctx.names(sector);
  if (s.commune) return ctx.both((l) => ctx.communeName(s.commune!, l));
  return ctx.s("regionWide");
}

async function sectionHtml(ctx: BookletContext, s: BookletSection, level: 2 | 3): Promise<Html> {
  const items: Html[] = [];
  for (const e of s.entries) items.push(await entry(ctx, s.id, e, (level + 1) as 3 | 4));
  const icon = s.sector && ctx.plan.kind !== "sector" ? ctx.icon(s.sector) : html``;
  return html`<div class="section">${ctx.heading(level, sectionDest(s.id), sectionTitle(ctx, s), "section__title", icon)}${items}</div>`;
}

export async function body(ctx: BookletContext): Promise<Part[]> {
  const { sections } = ctx.plan;
  const groups = [...new Set(sections.map((s) => s.group))];
  if (groups.every((g) => g === undefined)) {
    const all: Html[] = [];
    for (const s of sections) all.push(await sectionHtml(ctx, s, 2));
    return [{ id: sectionDest(sections[0]!.id), html: html`<section class="body">${all}</section>` }];
  }
  const parts: Part[] = [];
  for (const group of groups as ("local" | "region")[]) {
    const inGroup: Html[] = [];
    for (const s of sections.filter((x) => x.group === group)) inGroup.push(await sectionHtml(ctx, s, 3));
    parts.push({
      id: groupDest(group),
      html: html`<section class="body">${ctx.heading(2, groupDest(group), groupTitle(ctx, group), "group__title")}${inGroup}</section>`,
    });
  }
  return parts;
}
