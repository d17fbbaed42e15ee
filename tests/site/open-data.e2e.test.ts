import { describe, expect, inject, it } from "vitest";
import { parseCsv } from "../../scripts/contribute/submission.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { TODAY, TRI_CITY } from "../helpers/data-dir.ts";
import { read } from "../helpers/files.ts";

const site = inject("triSite");
const model = validateDataDir(TRI_CITY, { today: TODAY }).model!;

describe("open data files", () => {
  const json = JSON.parse(read(site, "data/initiatives.json"));
  const geojson = JSON.parse(read(site, "data/initiatives.geojson"));
  const elements = JSON.parse(read(site, "data/elements.json"));
  const csv = parseCsv(read(site, "data/initiatives.csv").replace(/^\uFEFF/, ""));

  it("initiatives.json holds every initiative of the model, with its licence", () => {
    expect(json.licence).toBe("ODbL-1.0");
    expect(json.initiatives.map((i: { id: string }) => i.id)).toEqual(model.initiatives.map((i) => i.id));
    expect(json.communes).toHaveLength(3);
    expect(json.initiatives.find((i: { id: string }) => i.id === "potager-zephyr").place).toMatchObject({
      address: "Rue du Potager 12",
      lat: 50.151,
    });
  });

  it("initiatives.csv has one row per initiative and round-trips names with commas and quotes", () => {
    const [header, ...rows] = csv;
    expect(header!.slice(0, 4)).toEqual(["id", "name_fr", "name_nl", "name_en"]);
    expect(rows).toHaveLength(model.initiatives.length);
    const quasar = rows.find((r) => r[0] === "repair-cafe-quasar")!;
    expect(quasar[1]).toBe("Repair Café Quasar & Co {{ title }} ${x}");
    expect(quasar[header!.indexOf("communes")]).toBe("nordville sudville");
  });

  it("initiatives.geojson has only public positions, as [lon, lat]", () => {
    const ids = geojson.features.map((f: { id: string }) => f.id).sort();
    expect(ids).toEqual(["cantine-pulsar", "potager-zephyr", "repair-cafe-quasar"]);
    expect(geojson.features.find((f: { id: string }) => f.id === "potager-zephyr").geometry.coordinates).toEqual([
      4.152, 50.151,
    ]);
  });

  it("elements.json (GoGoCarto) places other entries at their commune's centre, marked approximate", () => {
    const nebula = elements.data.find((e: { id: string }) => e.id === "velo-nebuleuse");
    expect(nebula).toMatchObject({
      geo: { latitude: 50.05, longitude: 4.15 },
      approximatePosition: true,
      address: { addressLocality: "Sudville" },
    });
    expect(nebula.address.streetAddress).toBeUndefined();
  });

  it("never gives a group meeting at home an address or coordinates", () => {
    const inJson = json.initiatives.find((i: { id: string }) => i.id === "velo-nebuleuse");
    expect(inJson.place).toEqual({ public: false });
    const [header, ...rows] = csv;
    const row = rows.find((r) => r[0] === "velo-nebuleuse")!;
    for (const column of ["address", "postcode", "lat", "lon"]) expect(row[header!.indexOf(column)], column).toBe("");
  });
});
