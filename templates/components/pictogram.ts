import { type Html, html } from "../../scripts/lib/html.ts";
import type { Sector } from "../../scripts/model/model.ts";
import type { SiteData } from "../../scripts/site/site-data.ts";

/** A sector's pictogram. `labelled`: the sector name stands next to it, so the image is decorative. */
export function pictogram(data: SiteData, sector: Sector, lang: string, labelled = false): Html {
  return html`<img class="pictogram" src="/assets/icons/${sector.id}.svg" alt="${labelled ? "" : data.name(sector, lang)}" width="24" height="24">`;
}

/** Pictogram and name of each sector, as a list. */
export function sectorTags(data: SiteData, ids: readonly string[], lang: string, link = true): Html {
  const items = ids.map((id) => data.sectorById.get(id)).filter((s): s is Sector => !!s);
  return html`<ul class="tags">${items.map(
    (s) =>
      html`<li>${link ? html`<a href="/${lang}/sectors/${s.id}/">${pictogram(data, s, lang, true)}<span>${data.name(s, lang)}</span></a>` : html`${pictogram(data, s, lang, true)}<span>${data.name(s, lang)}</span>`}</li>`,
  )}</ul>`;
}
