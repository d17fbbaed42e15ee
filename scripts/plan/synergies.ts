// Synergies: for each initiative, up to four others of a shared sector, in the same commune first
// (closest first), then in other communes within 5 km (closest first). The web page and the printed
// entry both show them. Linear in the number of initiatives: candidates come from a bucket per
// (sector, commune) and from a grid of about 1 km cells per sector, searched ring by ring, instead of
// comparing every pair of a sector.
import { distanceKm } from "../lib/format.ts";
import type { Commune, Initiative, Model } from "../model/model.ts";

export interface Position {
  lat: number;
  lon: number;
  /** false: the commune's centre stands in for a missing or private address. */
  exact: boolean;
}

const MAX = 4;
const RADIUS_KM = 5;
const CELL = 0.01; // degrees: about 1.1 km of latitude, 0.7 km of longitude at 50°N
const KM_PER_DEGREE_LAT = 111.2;

export class Synergies {
  private readonly positions = new Map<string, Position | undefined>();
  private readonly buckets = new Map<string, Initiative[]>();
  private readonly grids = new Map<string, Map<string, Initiative[]>>();
  private readonly cache = new Map<string, Initiative[]>();
  private readonly communeById: Map<string, Commune>;

  constructor(model: Model) {
    this.communeById = new Map(model.communes.map((c) => [c.id, c]));
    for (const i of model.initiatives) {
      if (i.status === "closed") continue;
      const here = this.position(i);
      for (const s of i.sectors) {
        for (const c of i.communes) push(this.buckets, `${s}|${c}`, i);
        if (!here) continue;
        let grid = this.grids.get(s);
        if (!grid) this.grids.set(s, (grid = new Map()));
        push(grid, cellKey(Math.floor(here.lat / CELL), Math.floor(here.lon / CELL)), i);
      }
    }
  }

  /** Where to put an initiative on a map: its public position, else its first commune's centre. */
  position(initiative: Initiative): Position | undefined {
    if (this.positions.has(initiative.id)) return this.positions.get(initiative.id);
    const place = initiative.place;
    let position: Position | undefined;
    if (place?.public && place.lat !== undefined && place.lon !== undefined) {
      position = { lat: place.lat, lon: place.lon, exact: true };
    } else {
      const commune = initiative.communes.map((c) => this.communeById.get(c)).find(Boolean);
      position = commune ? { lat: commune.centre.lat, lon: commune.centre.lon, exact: false } : undefined;
    }
    this.positions.set(initiative.id, position);
    return position;
  }

  nearby(initiative: Initiative): Initiative[] {
    const cached = this.cache.get(initiative.id);
    if (cached) return cached;
    const taken = new Set([initiative.id, ...(initiative.related ?? [])]);
    const here = this.position(initiative);
    const km = (o: Initiative) => {
      const there = this.position(o);
      return here && there ? distanceKm(here, there) : Number.POSITIVE_INFINITY;
    };
    const closest = (list: Iterable<Initiative>, limit: number, within = Number.POSITIVE_INFINITY) => {
      const scored: { o: Initiative; km: number }[] = [];
      for (const o of list) {
        if (taken.has(o.id)) continue;
        taken.add(o.id);
        const d = km(o);
        if (d < within) scored.push({ o, km: d });
      }
      return scored
        .sort((a, b) => a.km - b.km || (a.o.id < b.o.id ? -1 : 1))
        .slice(0, limit)
        .map((x) => x.o);
    };
    const sameCommune = closest(
      initiative.sectors.flatMap((s) => initiative.communes.flatMap((c) => this.buckets.get(`${s}|${c}`) ?? [])),
      MAX,
    );
    const found = [...sameCommune];
    if (found.length < MAX && here) found.push(...this.closestOthers(initiative, here, taken, MAX - found.length));
    this.cache.set(initiative.id, found);
    return found;
  }

  /** Others of a shared sector within 5 km, closest first: the grid searched in growing rings. */
  private closestOthers(initiative: Initiative, here: Position, taken: Set<string>, limit: number): Initiative[] {
    const row = Math.floor(here.lat / CELL);
    const col = Math.floor(here.lon / CELL);
    const cellKm = CELL * KM_PER_DEGREE_LAT * Math.cos((Math.abs(here.lat) + CELL) * (Math.PI / 180));
    const maxRing = Math.ceil(RADIUS_KM / cellKm) + 1;
    const best: { o: Initiative; km: number }[] = [];
    const seen = new Set<string>();
    for (let ring = 0; ring <= maxRing; ring++) {
      for (const sector of initiative.sectors) {
        const grid = this.grids.get(sector);
        if (!grid) continue;
        for (let r = row - ring; r <= row + ring; r++) {
          for (let c = col - ring; c <= col + ring; c++) {
            if (Math.max(Math.abs(r - row), Math.abs(c - col)) !== ring) continue;
            for (const o of grid.get(cellKey(r, c)) ?? []) {
              if (taken.has(o.id) || seen.has(o.id)) continue;
              seen.add(o.id);
              const there = this.position(o)!;
              const d = distanceKm(here, there);
              if (d < RADIUS_KM) best.push({ o, km: d });
            }
          }
        }
      }
      best.sort((a, b) => a.km - b.km || (a.o.id < b.o.id ? -1 : 1));
      // Anything in a further ring is at least `ring` cells away: stop once the best are closer.
      if (best.length >= limit && best[limit - 1]!.km < ring * cellKm) break;
    }
    return best.slice(0, limit).map((x) => x.o);
  }
}

const cellKey = (row: number, col: number) => `${row}:${col}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
