import { describe, expect, it } from "vitest";
import { communeOutlines } from "../../scripts/site/boundaries.ts";
import { tempDataDir } from "../helpers/data-dir.ts";

const square = [
  [4.1, 50.1],
  [4.2, 50.1],
  [4.2, 50.2],
  [4.1, 50.1],
];

describe("communeOutlines", () => {
  it("reads a Feature and a FeatureCollection of (Multi)Polygons, and nothing for a commune without a file", () => {
    const data = tempDataDir();
    try {
      data.write(
        "boundaries/a.geojson",
        JSON.stringify({ type: "Feature", geometry: { type: "Polygon", coordinates: [square] } }),
      );
      data.write(
        "boundaries/b.geojson",
        JSON.stringify({
          type: "FeatureCollection",
          features: [{ type: "Feature", geometry: { type: "MultiPolygon", coordinates: [[square], [square]] } }],
        }),
      );
      expect(communeOutlines(data.dir, ["a", "b", "c"])).toHaveLength(3);
      expect(communeOutlines(data.dir, ["a"])[0]![1]).toEqual([4.2, 50.1]);
    } finally {
      data.cleanup();
    }
  });

  it("skips a file that is not GeoJSON", () => {
    const data = tempDataDir();
    try {
      data.write("boundaries/a.geojson", "{ not json");
      expect(communeOutlines(data.dir, ["a"])).toEqual([]);
    } finally {
      data.cleanup();
    }
  });
});
