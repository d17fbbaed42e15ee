// /{lang}/map/ — Leaflet map (enhancement) over a plain list that works without tiles or JavaScript.

import { html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { LangPage } from "../../scripts/site/site-data.ts";
import { urls } from "../../scripts/site/urls.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.map", size: 1, alias: "p" },
  permalink: (d: TemplateData<LangPage>) => d.p.output,
};

export function render(d: TemplateData<LangPage>): string {
  const {
    annuaire: data,
    p: { lang },
  } = d;
  const site = data.model.site;
  const markers = data
    .sortByName(
      data.model.initiatives.filter((i) => i.status !== "closed"),
      lang,
    )
    .map((i) => ({ i, pos: data.position(i) }));
  const main = html`<div class="map-page">
  <h1>${t("mapTitle", lang)}</h1>
  <p>${t("mapPrivateNote", lang)}</p>
  <div id="map" class="map" hidden
    data-tiles="${site.map.tiles ?? ""}" data-attribution="${site.map.attribution ?? ""}"
    data-no-tiles="${t("mapNoTiles", lang)}"></div>
  <h2 id="map-list-h">${t("mapList", lang)}</h2>
  <ol class="map-list" aria-labelledby="map-list-h">${markers.map(
    ({
      i,
      pos,
    }) => html`<li${pos ? html` data-lat="${pos.lat}" data-lon="${pos.lon}" data-exact="${pos.exact ? "1" : "0"}"` : html``} data-sector="${i.sectors[0]}">
    <a href="${urls.initiative(lang, i.id)}">${data.name(i, lang)}</a>
    <span class="map-list__where">${i.communes.length ? i.communes.map((c) => data.name(data.communeById.get(c)!, lang)).join(", ") : t("wholeRegion", lang)}${pos && !pos.exact && i.place?.public === false ? html` — ${t("mapPrivateNote", lang)}` : html``}</span>
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
