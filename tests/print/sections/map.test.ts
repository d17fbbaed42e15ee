import { describe, expect, it } from "vitest";
import { BookletContext } from "../../../print/sections/context.ts";
import { welcomeMap } from "../../../print/sections/map.ts";
import { validateDataDir } from "../../../scripts/model/validate.ts";
import { planBooklets } from "../../../scripts/plan/booklets.ts";
import { TODAY, TRI_CITY } from "../../helpers/data-dir.ts";

const model = validateDataDir(TRI_CITY, { today: TODAY }).model!;
const welcome = { buildDate: TODAY, welcome: { letter: undefined, events: [] } };
const mapOf = (m: typeof model, commune: string, lang = "fr") => {
  const plan = planBooklets(m, lang, TODAY).find((p) => p.kind === "commune" && p.id === commune)!;
  return welcomeMap(new BookletContext(m, plan, welcome))!;
};
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe("welcomeMap", () => {
  it("draws one numbered marker per entry of the list, and the commune's outline from its boundary file", () => {
    const part = mapOf(model, "nordville");
    const svg = part.html.value;
    expect(part.id).toBe("map");
    const markers = count(svg, /<g class="marker">/g);
    const listed = count(svg.slice(svg.indexOf('<ol class="maplist">')), /<li>/g);
    expect(markers).toBe(2);
    expect(listed).toBe(markers);
    for (const n of [1, 2]) expect(svg).toMatch(new RegExp(`font-weight="700">${n}</text></g>`));
    expect(svg).toContain('<path class="outline"');
    expect(svg).toContain('class="scale"');
    expect(svg).toContain('class="north"');
    // Neighbouring communes are named, towards where they lie.
    expect(svg).toContain("Sudville ↓");
    expect(svg).toContain("Carte des initiatives de Nordville");
  });

  it("never places a group that meets in a private home", () => {
    const svg = mapOf(model, "sudville").html.value;
    expect(svg).not.toContain("Atelier vélo Nébuleuse");
    expect(count(svg, /<g class="marker">/g)).toBe(1);
  });

  it("gives a where-to-go list instead of an empty frame when there is no outline and no position", () => {
    const noPositions = {
      ...model,
      initiatives: model.initiatives.map((i) =>
        i.place?.public ? { ...i, place: { ...i.place, lat: undefined, lon: undefined } } : i,
      ),
    } as typeof model;
    const part = mapOf(noPositions, "estville");
    expect(part.id).toBe("where");
    expect(part.html.value).not.toContain("<svg");
    expect(part.html.value).toContain("Où aller");
    expect(part.html.value).toContain("Avenue de la Soupe 7");
  });
});
