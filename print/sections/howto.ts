// "How to use this booklet": what this kind of booklet really does, the pictogram legend, offline
// help and the charter in short, in every printed language.
import { html } from "../../scripts/lib/html.ts";
import { ofName, pt } from "../print-strings.ts";
import type { BookletContext } from "./context.ts";
import type { Part } from "./part.ts";

const ARRANGEMENT = { commune: "howToCommune", region: "howToRegion", sector: "howToSector" } as const;

export function howto(ctx: BookletContext): Part {
  const { plan, model } = ctx;
  const used = model.sectors.filter((s) => plan.entries.some((e) => e.sectors.includes(s.id)));
  const help = model.site.help;
  const arrangement = (l: string) => {
    const commune = ctx.communeName(plan.id, l);
    const key =
      plan.kind === "commune" && !plan.sections.some((s) => s.group === "local")
        ? "howToCommuneRegionOnly"
        : ARRANGEMENT[plan.kind];
    return `${pt(key, l, { commune, ofCommune: ofName(commune, l) })} ${pt("howToFind", l)}`;
  };
  return {
    id: "howto",
    html: html`<section class="howto">
  ${ctx.heading(2, "howto", ctx.s("howTo"))}
  ${ctx.para(arrangement)}
  <h3 class="nooutline">${ctx.s("legend")}</h3>
  <ul class="legend">${used.map((s) => html`<li>${ctx.icon(s.id)} <strong>${ctx.names(s)}</strong> — ${ctx.both((l) => ctx.text(s.description, l))}</li>`)}</ul>
  ${help ? html`<h3 class="nooutline">${ctx.s("help")}</h3>${help.place ? ctx.para((l) => ctx.text(help.place, l)) : html``}${help.phone ? html`<p><strong>${help.phone}</strong></p>` : html``}` : html``}
  <h3 class="nooutline">${ctx.s("charterShort")}</h3>${ctx.para((l) => pt("charterText", l))}
</section>`,
  };
}
