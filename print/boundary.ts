// Optional commune outlines: `boundaries/<commune-id>.geojson` in the data folder, a GeoJSON Feature or
// FeatureCollection of Polygon / MultiPolygon in WGS 84 (longitude, latitude). See docs/data-format.md.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Boundary } from "../scripts/model/schema.ts";

/** Rings of [lon, lat] positions; outer rings and holes alike (drawn with the even-odd rule). */
export type Rings = [number, number][][];

const cache = new Map<string, Rings | undefined>();

export function communeBoundary(dataDir: string, communeId: string): Rings | undefined {
  const file = path.join(dataDir, "boundaries", `${communeId}.geojson`);
  if (cache.has(file)) return cache.get(file);
  let rings: Rings | undefined;
  if (existsSync(file)) {
    const parsed = Boundary.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success)
      throw new Error(
        `${file}: not a GeoJSON Feature or FeatureCollection of (Multi)Polygons: ${parsed.error.message}`,
      );
    const features = parsed.data.type === "Feature" ? [parsed.data] : parsed.data.features;
    rings = features.flatMap((f) =>
      f.geometry.type === "Polygon" ? f.geometry.coordinates : f.geometry.coordinates.flat(),
    ) as Rings;
  }
  cache.set(file, rings);
  return rings;
}
