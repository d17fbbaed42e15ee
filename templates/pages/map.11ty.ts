// /{lang}/map/ — Leaflet map (an enhancement) over a plain list that works without tiles or JavaScript.
// Every open initiative is on it: at its public position, else at its commune's centre, else (region-
// wide entries) at its region's centre; the last two are marked approximate. Closed ones are left out.
// The tile attribution is written here as text, not handed to Leaflet as HTML.

import { html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { Initiative } from "../../scripts/model/model.ts";
import { communeOutlines } from "../../scripts/site/boundaries.ts";
import type { LangPage, SiteData } from "../../scripts/site/site-data.ts";
import { urls } from "../../scripts/site/urls.ts";
import { pictogram } from "../components/pictogram.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.map", size: 1, alias: "p" },
  permalink: (d: TemplateData<LangPage>) => d.p.output,
};

type MapPosition = { lat: number; lon: number; kind: "exact" | "commune" | "region" };

/** Where an initiative stands on the map; every initiative with a commune or a region has a place. */
export function mapPosition(data: SiteData, i: Initiative): MapPosition | undefined {
  const pos = data.position(i);
  if (pos) return { lat: pos.lat, lon: pos.lon, kind: pos.exact ? "exact" : "commune" };
  const region = i.regions.map((r) => data.regionById.get(r)).find(Boolean);
  if (!region) return undefined;
  const b = region.bounds;
  return { lat: (b.south + b.north) / 2, lon: (b.west + b.east) / 2, kind: "region" };
}

export function render(d: TemplateData<LangPage>): string {
  const {
    annuaire: data,
    p: { lang },
  } = d;
  const site = data.model.site;
  const entries = data
    .sortByName(
      data.model.initiatives.filter((i) => i.status !== "closed"),
      lang,
    )
    .map((i) => ({ i, pos: mapPosition(data, i) }));
  const sectors = data.model.sectors.filter((s) => entries.some(({ i }) => i.sectors.includes(s.id)));
  const outlines = data.model.regions.map((r) => [r.bounds.south, r.bounds.west, r.bounds.north, r.bounds.east]);
  const marker = (className: string, inner = html``) =>
    html`<span class="map-marker ${className}" aria-hidden="true">${inner}</span>`;
  const main = html`<div class="map-page">
  <h1>${t("mapTitle", lang)}</h1>
  <div class="map-controls" id="map-controls" hidden>
    <fieldset class="filter map-filters"><legend class="filter__legend">${t("mapFilters", lang)}</legend>
      ${sectors.map((s) => html`<div class="checkbox"><input type="checkbox" id="ms-${s.id}" name="sector" value="${s.id}" checked><label for="ms-${s.id}">${data.name(s, lang)}</label></div>`)}
    </fieldset>
  </div>
  <p class="map-status notice" id="map-status" role="status" data-no-tiles="${t("mapNoTilesOutline", lang)}" data-failed="${t("mapTilesFailed", lang)}"></p>
  <div id="map" class="map" hidden data-tiles="${site.map.tiles ?? ""}" data-outlines="${JSON.stringify(outlines)}"
    data-commune-outlines="${JSON.stringify(
      communeOutlines(
        data.model.dataDir,
        data.model.communes.map((c) => c.id),
      ),
    )}"
    data-approximate="${t("approximate", lang)}"></div>
  ${site.map.tiles && site.map.attribution ? html`<p class="map-attribution" id="map-attribution" hidden>${t("mapAttribution", lang, { text: site.map.attribution })}</p>` : html``}
    <div class="map-legend" id="map-legend" hidden><h2 class="filter__legend" id="legend-h">${t("mapLegend", lang)}</h2>
    <ul class="legend" aria-labelledby="legend-h">
      ${sectors.map((s) => html`<li>${marker("", pictogram(data, s, lang, true))}<span>${data.name(s, lang)}</span></li>`)}
      <li>${marker("map-marker--approx")}<span>${t("mapApproximate", lang)}</span></li>
      ${entries.some(({ pos }) => pos?.kind === "region") ? html`<li>${marker("map-marker--approx map-marker--region")}<span>${t("mapRegionWide", lang)}</span></li>` : html``}
    </ul>
  </div>
  <p>${t("mapPrivateNote", lang)}</p>
  <h2 id="map-list-h">${t("mapList", lang)}</h2>
  <p class="hint" id="map-list-sorted" hidden>${t("mapListSorted", lang)}</p>
  <ol class="map-list" id="map-list" aria-labelledby="map-list-h">${entries.map(
    ({
      i,
      pos,
    }) => html`<li${pos ? html` data-lat="${pos.lat}" data-lon="${pos.lon}" data-kind="${pos.kind}"` : html``} data-sectors="${i.sectors.join(" ")}">
    <a href="${urls.initiative(lang, i.id)}">${data.name(i, lang)}</a>
    <span class="map-list__where">${i.communes.length ? i.communes.map((c) => data.name(data.communeById.get(c)!, lang)).join(", ") : t("wholeRegion", lang)}${pos && pos.kind !== "exact" ? html` (${t("approximate", lang)})` : html``}</span>
  </li>`,
  )}</ol>
</div>`;
  return basePage(
    data,
    d.assets,
    {
      lang,
      title: t("mapTitle", lang),
      alternates: d.p.alternates,
      styles: ["/assets/leaflet/leaflet.css"],
      scripts: ["/assets/leaflet/leaflet.js", d.assets["map.js"]!],
    },
    main,
  );
}
