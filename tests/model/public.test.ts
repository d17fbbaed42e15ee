// The allow-list projection: what is not listed in PUBLIC_FIELDS does not survive it, and a private
// place keeps nothing but `public: false`. Events refuse a private place with an address, as
// initiatives do.
import { describe, expect, it } from "vitest";
import type { AgendaEvent, Initiative } from "../../scripts/model/model.ts";
import { projectEvent, projectInitiative, publicPlace } from "../../scripts/model/public.ts";
import { Initiative as InitiativeSchema, PUBLIC_FIELDS } from "../../scripts/model/schema.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { TODAY, TRI_CITY, tempDataDir } from "../helpers/data-dir.ts";

const model = validateDataDir(TRI_CITY, { today: TODAY }).model!;
const garden = model.initiatives.find((i) => i.id === "potager-zephyr")!;

describe("PUBLIC_FIELDS", () => {
  it("names only fields of the contract", () => {
    const shape = Object.keys(InitiativeSchema.shape);
    for (const f of PUBLIC_FIELDS.initiative) expect(shape).toContain(f);
  });
});

describe("projectInitiative", () => {
  it("keeps every listed field of a real entry unchanged", () => {
    expect(projectInitiative(garden)).toEqual(garden);
  });

  it("drops a field that is not listed, at every level", () => {
    const injected = {
      ...garden,
      secret: "x",
      place: { ...garden.place!, doorCode: "1234" },
      contact: { ...garden.contact, privatePhone: "+32 0" },
      updates: [{ ...garden.updates![0]!, author: "someone" }],
    } as unknown as Initiative;
    const out = projectInitiative(injected) as unknown as Record<string, unknown>;
    expect(JSON.stringify(out)).not.toMatch(/secret|doorCode|privatePhone|author/);
    expect(out).toEqual(garden);
  });

  it("empties a private place whatever it holds", () => {
    expect(publicPlace({ public: false, address: "Rue 1", lat: 50, lon: 4 })).toEqual({ public: false });
    expect(publicPlace({ public: "yes", address: "Rue 1" })).toEqual({ public: false });
    const event = { ...model.events[0]!, place: { public: false, address: "Rue 1" }, extra: 1 } as AgendaEvent;
    expect(projectEvent(event).place).toEqual({ public: false });
    expect(projectEvent(event)).not.toHaveProperty("extra");
  });
});

describe("events: a private place holds no address", () => {
  it("refuses an address and coordinates on an event's private place, with positions", () => {
    const data = tempDataDir();
    try {
      data.write(
        "events/at-home.yaml",
        "title: { nl: Thuis, en: At home }\ninitiative: moestuin-noord\nstart: 2027-03-20T10:00\nplace: { public: false, address: Thuisstraat 3, lat: 52.07, lon: 5.1 }\n",
      );
      const found = validateDataDir(data.dir, { today: TODAY })
        .findings.filter((f) => f.code === "private-with-address")
        .map((f) => `${f.line}:${f.col} ${f.params.field}`);
      expect(found).toEqual(["4:34 place.address", "4:54 place.lat", "4:66 place.lon"]);
    } finally {
      data.cleanup();
    }
  });
});
