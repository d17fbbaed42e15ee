import { describe, expect, it } from "vitest";
import { agendaView, byWeek } from "../../scripts/agenda/agenda-view.ts";
import type { AgendaEvent } from "../../scripts/model/model.ts";
import { loadModel } from "../../scripts/model/validate.ts";
import { TRI_CITY } from "../helpers/data-dir.ts";

const event = (id: string, initiative: string, start: string, extra: Partial<AgendaEvent> = {}): AgendaEvent => ({
  id,
  source: `events/${id}.yaml`,
  title: { en: `Fictional ${id}` },
  initiative,
  start,
  ...extra,
});

describe("agendaView", () => {
  const { model } = loadModel(TRI_CITY, { today: "2026-11-30" });
  model.events = [
    event("weekly", "potager-zephyr", "2026-12-01T19:00", { repeat: "FREQ=WEEKLY;BYDAY=TU", commune: "nordville" }),
    event("closed-group", "ancien-troc-comete", "2026-12-05T10:00", { commune: "estville" }),
    event("no-commune", "velo-nebuleuse", "2026-12-06T10:00", { place: { public: false } }),
    event("old", "cantine-pulsar", "2025-05-01T10:00", { commune: "estville" }),
  ];
  const view = agendaView(model, "2026-11-30");

  it("expands up to site.yaml's horizon and leaves closed initiatives out", () => {
    expect(view.horizon).toBe("2027-05-30");
    expect(view.upcoming.filter((o) => o.eventId === "weekly")).toHaveLength(26);
    expect(view.upcoming.some((o) => o.eventId === "closed-group")).toBe(false);
    expect(view.events().map((e) => e.id)).not.toContain("closed-group");
  });

  it("filters by commune (the event's, else its initiative's), sector and initiative", () => {
    expect(new Set(view.upcomingIn({ kind: "communes", id: "sudville" }).map((o) => o.eventId))).toEqual(
      new Set(["no-commune"]),
    );
    expect(new Set(view.upcomingIn({ kind: "sectors", id: "food" }).map((o) => o.eventId))).toEqual(
      new Set(["weekly"]),
    );
    expect(view.events({ kind: "initiatives", id: "cantine-pulsar" }).map((e) => e.id)).toEqual(["old"]);
  });

  it("keeps past one-off meetings apart, and groups by ISO week", () => {
    expect(view.past.map((o) => o.eventId)).toEqual(["old"]);
    const weeks = byWeek(view.upcoming);
    expect(weeks[0]).toMatchObject({ monday: "2026-11-30" });
    expect(weeks[0]!.items.map((o) => o.eventId)).toEqual(["weekly", "no-commune"]);
  });
});
