import { formatDateTime } from "../../scripts/lib/format.ts";
import { type Html, html } from "../../scripts/lib/html.ts";
import type { AgendaEvent } from "../../scripts/model/model.ts";
import type { SiteData } from "../../scripts/site/site-data.ts";
import { urls } from "../../scripts/site/urls.ts";
import { localized } from "./text.ts";

export function eventItem(data: SiteData, event: AgendaEvent, lang: string): Html {
  const initiative = data.initiativeById.get(event.initiative)!;
  const commune = event.commune ? data.communeById.get(event.commune) : undefined;
  const where =
    event.place?.public && event.place.address
      ? `${event.place.name ? `${event.place.name}, ` : ""}${event.place.address}`
      : commune
        ? data.name(commune, lang)
        : "";
  return html`<li class="event">
  <p class="event__when"><time datetime="${event.start}">${formatDateTime(event.start, lang)}</time></p>
  ${localized(data, event.title, lang, "p", "event__title")}
  <p class="event__where">${where} — <a href="${urls.initiative(lang, initiative.id)}">${data.name(initiative, lang)}</a></p>
</li>`;
}
