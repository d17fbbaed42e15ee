// Synergies: other initiatives of a shared sector, same commune first, then the closest. One rule for
// the website ("same sector, nearby") and the printed booklets, which put them next to "see also".
import { distanceKm } from "../lib/format.ts";
import { type Initiative, indexById, type Model } from "./model.ts";

export interface Position {
  lat: number;
  lon: number;
  /** false: the centre of the initiative's first commune (groups meeting in private homes, no address). */
  exact: boolean;
}

/** Where to put an initiative on a map: its public position, else its first commune's centre. */
export function positionOf(model: Pick<Model, "communes">, initiative: Initiative): Position | undefined {
  const place = initiative.place;
  if (place?.public && place.lat !== undefined && place.lon !== undefined)
    return { lat: place.lat, lon: place.lon, exact: true };
  const commune = initiative.communes.map((c) => model.communes.find((x) => x.id === c)).find(Boolean);
  return commune ? { ...commune.centre, exact: false } : undefined;
}

/** A memoized `nearby(initiative)`: up to four others of a shared sector, within 5 km or the same commune. */
export function makeNearby(model: Model): (initiative: Initiative) => Initiative[] {
  const byId = indexById(model.initiatives);
  const bySector = new Map<string, Initiative[]>();
  for (const i of model.initiatives) for (const s of i.sectors) bySector.set(s, [...(bySector.get(s) ?? []), i]);
  const cache = new Map<string, string[]>();
  return (initiative) => {
    let ids = cache.get(initiative.id);
    if (!ids) {
      const here = positionOf(model, initiative);
      const related = new Set(initiative.related ?? []);
      const candidates = new Set(initiative.sectors.flatMap((s) => bySector.get(s) ?? []));
      ids = [...candidates]
        .filter((o) => o.id !== initiative.id && !related.has(o.id) && o.status !== "closed")
        .map((o) => {
          const there = positionOf(model, o);
          const sameCommune = o.communes.some((c) => initiative.communes.includes(c));
          const km = here && there ? distanceKm(here, there) : 1e6;
          return { id: o.id, score: (sameCommune ? 0 : 1e5) + km };
        })
        .filter((o) => o.score < 1e5 + 5)
        .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1))
        .slice(0, 4)
        .map((o) => o.id);
      cache.set(initiative.id, ids);
    }
    return ids.map((id) => byId.get(id)!);
  };
}
