// Where an event happens, in one place for the pages, JSON-LD and the feeds: a public place's name and
// address, then the commune (the event's, else its initiative's first). A private place is never more
// than its commune.
import { type AgendaEvent, localize, type Model } from "../model/model.ts";

export function eventWhere(model: Model, event: AgendaEvent, lang: string): string {
  const place = event.place?.public ? event.place : undefined;
  const communeId = event.commune ?? model.initiatives.find((i) => i.id === event.initiative)?.communes[0];
  const commune = communeId ? model.communes.find((c) => c.id === communeId) : undefined;
  const communeName = commune ? (localize(commune.name, lang, model.site.languages)?.text ?? commune.id) : undefined;
  return [place?.name, place?.address, [place?.postcode, communeName].filter(Boolean).join(" ")]
    .filter((p): p is string => !!p)
    .join(", ");
}
