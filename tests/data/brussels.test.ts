import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { ROOT } from "../helpers/data-dir.ts";

const result = validateDataDir(path.join(ROOT, "data"), { today: "2026-11-30" });
const model = result.model!;

describe("the embedded Brussels dataset", () => {
  it("validates without an error", () => {
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(model).toBeDefined();
  });

  it("has the 19 communes with NIS codes 21001 to 21019, in NIS order", () => {
    expect(model.communes).toHaveLength(19);
    expect(model.communes.map((c) => c.nis)).toEqual(Array.from({ length: 19 }, (_, i) => String(21001 + i)));
  });

  it("has the official French and Dutch names and the postcodes", () => {
    const byNis = Object.fromEntries(
      model.communes.map((c) => [c.nis, `${c.name.fr} / ${c.name.nl} ${c.postcodes.join(",")}`]),
    );
    expect(byNis).toEqual({
      "21001": "Anderlecht / Anderlecht 1070",
      "21002": "Auderghem / Oudergem 1160",
      "21003": "Berchem-Sainte-Agathe / Sint-Agatha-Berchem 1082",
      "21004": "Bruxelles / Brussel 1000,1020,1120,1130",
      "21005": "Etterbeek / Etterbeek 1040",
      "21006": "Evere / Evere 1140",
      "21007": "Forest / Vorst 1190",
      "21008": "Ganshoren / Ganshoren 1083",
      "21009": "Ixelles / Elsene 1050",
      "21010": "Jette / Jette 1090",
      "21011": "Koekelberg / Koekelberg 1081",
      "21012": "Molenbeek-Saint-Jean / Sint-Jans-Molenbeek 1080",
      "21013": "Saint-Gilles / Sint-Gillis 1060",
      "21014": "Saint-Josse-ten-Noode / Sint-Joost-ten-Node 1210",
      "21015": "Schaerbeek / Schaarbeek 1030",
      "21016": "Uccle / Ukkel 1180",
      "21017": "Watermael-Boitsfort / Watermaal-Bosvoorde 1170",
      "21018": "Woluwe-Saint-Lambert / Sint-Lambrechts-Woluwe 1200",
      "21019": "Woluwe-Saint-Pierre / Sint-Pieters-Woluwe 1150",
    });
  });

  it("ships every initiative the 2017 minutes name", () => {
    const names = model.initiatives.map((i) => i.name.fr);
    for (const name of [
      "Flucity",
      "Brussels Together",
      "Collectif Open Source",
      "Quartiers Durables Citoyens",
      "Res-sources",
      "Repair Together",
      "Démosphère",
      "Reinventing Brussels",
      "Réseau Transition",
      "Dewey",
      "Selfcity",
      "Dialogues en Humanité",
      "Civic Innovation Network",
      "Réseau Solidaire",
      "Pro Action Café",
      "Rencontres des Continents",
      "Projet Mycélium",
      "Financité",
      "ATD Quart Monde",
      "Fietsronleidingen",
    ])
      expect(names).toContain(name);
  });

  it("keeps the group that meets in private homes without address or position", () => {
    const group = model.initiatives.find((i) => i.id === "fietsronleidingen")!;
    expect(group.place).toEqual({ public: false });
  });

  it("uses the websites and the address the minutes give", () => {
    const byId = Object.fromEntries(model.initiatives.map((i) => [i.id, i]));
    expect(byId["brussels-together"]!.contact?.website).toBe("https://opencollective.com/brusselstogether");
    expect(byId["demosphere"]!.contact?.website).toBe("https://bxl.demosphere.eu/");
    expect(byId["financite"]!.place).toMatchObject({ public: true, address: "Rue Botanique 75", postcode: "1210" });
    expect(byId["financite"]!.communes).toEqual(["saint-josse-ten-noode"]);
  });

  it("has every sector, commune and region name in fr, nl and en", () => {
    for (const item of [...model.sectors, ...model.communes, ...model.regions])
      expect(Object.keys(item.name).sort()).toEqual(["en", "fr", "nl"]);
  });
});
