// Commune outlines for the web map: the optional `boundaries/<commune-id>.geojson` files of the data
// folder (a GeoJSON Feature or FeatureCollection of Polygon / MultiPolygon, longitude then latitude;
// the convention the welcome-pack map uses). A missing file means no outline; an unreadable one is
// skipped here (the data validation is where a broken file is reported).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** A ring of [lon, lat] positions. */
export type Ring = [number, number][];

interface Geometry {
  type?: string;
  coordinates?: unknown;
}

function ringsOf(geometry: Geometry | undefined): Ring[] {
  if (geometry?.type === "Polygon") return geometry.coordinates as Ring[];
  if (geometry?.type === "MultiPolygon") return (geometry.coordinates as Ring[][]).flat();
  return [];
}

const isRing = (ring: unknown): ring is Ring =>
  Array.isArray(ring) &&
  ring.length >= 4 &&
  ring.every((p) => Array.isArray(p) && typeof p[0] === "number" && typeof p[1] === "number");

/** Every outline ring of the given communes that the data folder has, coordinates rounded to ~1 m. */
export function communeOutlines(dataDir: string, communeIds: readonly string[]): Ring[] {
  const rings: Ring[] = [];
  for (const id of communeIds) {
    const file = path.join(dataDir, "boundaries", `${id}.geojson`);
    if (!existsSync(file)) continue;
    try {
      const json = JSON.parse(readFileSync(file, "utf8")) as {
        type?: string;
        geometry?: Geometry;
        features?: { geometry?: Geometry }[];
      };
      const features = json.type === "FeatureCollection" ? (json.features ?? []) : [json];
      for (const feature of features)
        for (const ring of ringsOf(feature.geometry))
          if (isRing(ring))
            rings.push(ring.map(([lon, lat]) => [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5]));
    } catch {
      // Reported by validation, not here.
    }
  }
  return rings;
}
