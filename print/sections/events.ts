// Welcome pack: the events of the next 90 days in the commune or of its initiatives.
import { formatDateTime } from "../../scripts/lib/format.ts";
import { html } from "../../scripts/lib/html.ts";
import type { BookletContext } from "./context.ts";
import type { Part } from "./part.ts";

export function events(ctx: BookletContext): Part | undefined {
  const welcome = ctx.options.welcome;
  if (!welcome) return undefined;
  const list = welcome.events;
  return {
    id: "events",
    title: ctx.s("events"),
    html: html`<section class="events">${ctx.heading(2, "events", ctx.s("events"))}
  ${
    list.length
      ? html`<ul>${list.map((ev) => html`<li><strong>${formatDateTime(ev.start, ctx.lang)}</strong> — ${ctx.both((l) => ctx.text(ev.title, l))}${ev.commune ? html` (${ctx.both((l) => ctx.communeName(ev.commune!, l))})` : html``}</li>`)}</ul>`
      : ctx.para(() => ctx.s("noEvents"))
  }
</section>`,
  };
}
