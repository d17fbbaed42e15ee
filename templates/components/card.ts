import { type Html, html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { Initiative } from "../../scripts/model/model.ts";
import type { SiteData } from "../../scripts/site/site-data.ts";
import { urls } from "../../scripts/site/urls.ts";
import { sectorTags } from "./pictogram.ts";
import { localized } from "./text.ts";

/** One initiative in a list: name, pictograms, easy-read summary, where. */
export function card(
  data: SiteData,
  initiative: Initiative,
  lang: string,
  options: { headingLevel?: 2 | 3; target?: string; absoluteBase?: string } = {},
): Html {
  const level = options.headingLevel ?? 3;
  const href = `${options.absoluteBase ?? ""}${urls.initiative(lang, initiative.id)}`;
  const name = data.text(initiative.name, lang)!;
  const where = initiative.communes.length
    ? initiative.communes
        .map((c) => data.communeById.get(c))
        .filter(Boolean)
        .map((c) => data.name(c!, lang))
        .join(", ")
    : initiative.regions.map((r) => data.name(data.regionById.get(r)!, lang)).join(", ");
  const heading = html`<a href="${href}"${options.target ? html` target="${options.target}"` : html``}${name.lang !== lang ? html` lang="${name.lang}"` : html``}>${name.text}</a>`;
  const closed =
    initiative.status === "closed" ? html` <span class="closed-mark">${t("closedMark", lang)}</span>` : html``;
  return html`<article class="card${initiative.status === "closed" ? " card--closed" : ""}">
  ${level === 2 ? html`<h2 class="card__title">${heading}${closed}</h2>` : html`<h3 class="card__title">${heading}${closed}</h3>`}
  ${sectorTags(data, initiative.sectors, lang, false)}
  ${localized(data, initiative.summary, lang, "p", "card__summary")}
  <p class="card__where">${where}</p>
</article>`;
}

export function cardList(
  data: SiteData,
  initiatives: readonly Initiative[],
  lang: string,
  options: Parameters<typeof card>[3] = {},
): Html {
  // Closed initiatives last: still findable, never first.
  const sorted = data
    .sortByName(initiatives, lang)
    .sort((a, b) => Number(a.status === "closed") - Number(b.status === "closed"));
  return html`<ul class="cards">${sorted.map((i) => html`<li>${card(data, i, lang, options)}</li>`)}</ul>`;
}
