// Welcome pack: a map of the commune with numbered markers keyed to the list beside it, when the data
// gives an outline or positions; otherwise a short "where to go" list of public places, never an
// empty frame. Groups meeting in private homes are never placed.
import { html, trusted } from "../../scripts/lib/html.ts";
import type { Initiative } from "../../scripts/model/model.ts";
import { communeBoundary } from "../boundary.ts";
import { communeMapSvg } from "../map-svg.ts";
import { ofName, pt } from "../print-strings.ts";
import type { BookletContext } from "./context.ts";
import type { Part } from "./part.ts";

const located = (e: Initiative) => !!e.place?.public && e.place.lat !== undefined && e.place.lon !== undefined;
const address = (e: Initiative) => [e.place?.name, e.place?.address, e.place?.postcode].filter(Boolean).join(", ");

export function mapTitle(ctx: BookletContext): string {
  return ctx.both((l) => {
    const commune = ctx.communeName(ctx.plan.id, l);
    return pt("mapTitle", l, { commune, ofCommune: ofName(commune, l) });
  });
}

export function welcomeMap(ctx: BookletContext): Part | undefined {
  const { model, plan } = ctx;
  const commune = model.communes.find((c) => c.id === plan.id);
  if (!ctx.options.welcome || !commune) return undefined;
  const outline = communeBoundary(model.dataDir, commune.id);
  const points = plan.entries.filter(located);
  const item = (e: Initiative) =>
    html`<li><strong>${ctx.names(e)}</strong> — ${address(e)} ${ctx.firstDest.has(e.id) ? ctx.xref(ctx.firstDest.get(e.id)!) : html``}</li>`;
  if (!outline && !points.length) {
    const help = model.site.help;
    const places = plan.entries.filter((e) => e.place?.public && e.place.address);
    return {
      id: "where",
      title: ctx.s("whereToGo"),
      html: html`<section class="where">${ctx.heading(2, "where", ctx.s("whereToGo"))}
  ${ctx.para((l) => pt(places.length ? "whereToGoText" : "noPlaces", l))}
  ${places.length ? html`<ul class="places">${places.map(item)}</ul>` : html``}
  ${help?.place ? html`<h3 class="nooutline">${ctx.s("help")}</h3>${ctx.para((l) => ctx.text(help.place, l))}${help.phone ? html`<p><strong>${help.phone}</strong></p>` : html``}` : html``}
</section>`,
    };
  }
  const svg = communeMapSvg({
    centre: commune.centre,
    outline,
    points: points.map((e, n) => ({ n: n + 1, lat: e.place!.lat!, lon: e.place!.lon! })),
    neighbours: model.communes
      .filter((c) => c.id !== commune.id && c.region === commune.region)
      .map((c) => ({ name: ctx.communeName(c.id), ...c.centre })),
    label: mapTitle(ctx),
    north: pt("north", ctx.lang),
  });
  return {
    id: "map",
    title: mapTitle(ctx),
    html: html`<section class="mappage">${ctx.heading(2, "map", mapTitle(ctx))}
  ${trusted(svg)}
  ${ctx.para((l) => pt("mapNote", l), "note")}
  ${points.length ? html`<ol class="maplist">${points.map(item)}</ol>` : html``}
</section>`,
  };
}
