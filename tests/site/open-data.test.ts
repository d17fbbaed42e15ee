import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { openDataFiles, publicInitiative } from "../../scripts/site/open-data.ts";
import { TODAY, TRI_CITY } from "../helpers/data-dir.ts";

const model = validateDataDir(TRI_CITY, { today: TODAY }).model!;
const files = openDataFiles(model, TODAY);

describe("openDataFiles", () => {
  it("writes the files the plan lists, and nothing else but a README", () => {
    expect(Object.keys(files).sort()).toEqual([
      "README.txt",
      "elements.json",
      "initiatives.csv",
      "initiatives.geojson",
      "initiatives.json",
    ]);
  });

  it("keeps a private-home group's place to `public: false`, in every file", () => {
    const privateOne = model.initiatives.find((i) => i.place && !i.place.public)!;
    expect(publicInitiative(model, privateOne).place).toEqual({ public: false });
    const json = JSON.parse(files["initiatives.json"]!);
    expect(json.initiatives.find((i: { id: string }) => i.id === privateOne.id).place).toEqual({ public: false });
    const geo = JSON.parse(files["initiatives.geojson"]!);
    expect(geo.features.map((f: { id: string }) => f.id)).not.toContain(privateOne.id);
  });

  it("drops what only the build needs (source file, print flag)", () => {
    const one = publicInitiative(model, model.initiatives[0]!) as unknown as Record<string, unknown>;
    expect(one.source).toBeUndefined();
    expect(one.print).toBeUndefined();
    expect(one.url).toMatch(/^https:\/\/fictiville\.example\.org\/fr\/initiatives\//);
  });

  it("writes the same bytes for the same model", () => {
    expect(openDataFiles(model, TODAY)).toEqual(files);
  });
});
