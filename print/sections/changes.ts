// What changed since the last edition: entries added and removed, compared with the previous index.
import { html } from "../../scripts/lib/html.ts";
import type { BookletContext } from "./context.ts";
import type { Part } from "./part.ts";

export function changes(ctx: BookletContext): Part {
  const previous = ctx.options.previousEntries;
  const now = new Set(ctx.plan.entries.map((e) => e.id));
  const added = previous ? ctx.plan.entries.filter((e) => !previous.ids.includes(e.id)) : [];
  const removed = previous ? previous.ids.filter((id) => !now.has(id)) : [];
  const note = !previous ? "firstEdition" : !added.length && !removed.length ? "noChanges" : undefined;
  return {
    id: "changes",
    title: ctx.s("changes"),
    html: html`<section class="changes">${ctx.heading(2, "changes", ctx.s("changes"))}
  ${note ? ctx.para(() => ctx.s(note)) : html``}
  ${added.length ? html`<h3 class="nooutline">${ctx.s("added")}</h3><ul>${added.map((e) => html`<li>${ctx.names(e)}</li>`)}</ul>` : html``}
  ${removed.length ? html`<h3 class="nooutline">${ctx.s("removed")}</h3><ul>${removed.map((id) => html`<li>${previous!.names[id] ?? id}</li>`)}</ul>` : html``}
</section>`,
  };
}
