import { describe, expect, it } from "vitest";
import { random } from "../../scripts/generate-synthetic.ts";
import { distanceKm } from "../../scripts/lib/format.ts";
import type { Initiative, Model } from "../../scripts/model/model.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { Synergies } from "../../scripts/plan/synergies.ts";
import { ROOT, TODAY } from "../helpers/data-dir.ts";

/** The rule, written the obvious way (every pair of a sector): what the fast version must agree with. */
function pairwise(model: Model, s: Synergies, i: Initiative): string[] {
  const here = s.position(i);
  const related = new Set(i.related ?? []);
  return model.initiatives
    .filter((o) => o.id !== i.id && !related.has(o.id) && o.status !== "closed")
    .filter((o) => o.sectors.some((x) => i.sectors.includes(x)))
    .map((o) => {
      const there = s.position(o);
      const same = o.communes.some((c) => i.communes.includes(c));
      const km = here && there ? distanceKm(here, there) : 1e6;
      return { id: o.id, score: (same ? 0 : 1e5) + km };
    })
    .filter((o) => o.score < 1e5 + 5)
    .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1))
    .slice(0, 4)
    .map((o) => o.id);
}

/** The embedded geography with `count` made-up initiatives: some exact, some at a commune centre, some closed. */
function generated(count: number): Model {
  const base = validateDataDir(`${ROOT}/data`, { today: TODAY }).model!;
  const next = random(3);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const initiatives: Initiative[] = Array.from({ length: count }, (_, n) => {
    const commune = pick(base.communes);
    const exact = next() < 0.6;
    return {
      ...base.initiatives[0]!,
      id: `fake-${String(n).padStart(4, "0")}`,
      sectors: [pick(base.sectors).id, ...(next() < 0.3 ? [pick(base.sectors).id] : [])],
      communes: next() < 0.1 ? [] : [commune.id],
      status: next() < 0.05 ? "closed" : "active",
      related: [],
      place: exact
        ? {
            public: true,
            lat: commune.centre.lat + (next() - 0.5) * 0.04,
            lon: commune.centre.lon + (next() - 0.5) * 0.06,
          }
        : { public: false },
    };
  });
  return { ...base, initiatives };
}

describe("Synergies", () => {
  it("agrees with the pairwise rule on 800 generated initiatives of the embedded geography", () => {
    const model = generated(800);
    const fast = new Synergies(model);
    const oracle = new Synergies(model);
    let nonEmpty = 0;
    for (const i of model.initiatives) {
      const got = fast.nearby(i).map((o) => o.id);
      expect(got, i.id).toEqual(pairwise(model, oracle, i));
      if (got.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(600);
  });
});
