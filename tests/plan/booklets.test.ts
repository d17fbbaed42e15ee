import { describe, expect, it } from "vitest";
import { saddleStitchOrder } from "../../print/impose.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { planBooklets, printable } from "../../scripts/plan/booklets.ts";
import { TODAY, TRI_CITY } from "../helpers/data-dir.ts";

const model = validateDataDir(TRI_CITY, { today: TODAY }).model!;

describe("planBooklets", () => {
  it("leaves out closed, print: false and stale entries, and says why", () => {
    expect(printable(model, TODAY).excluded).toEqual([
      { id: "ancien-troc-comete", reason: "closed" },
      { id: "hors-papier-meteore", reason: "print-false" },
      { id: "vieux-jardin-saturne", reason: "stale" },
    ]);
  });

  it("groups a commune booklet by sector in sectors.yaml order, region-wide entries last", () => {
    const plan = planBooklets(model, "fr", TODAY).find((p) => p.kind === "commune" && p.id === "nordville")!;
    expect(plan.sections.map((s) => [s.id, s.entries.map((e) => e.id)])).toEqual([
      ["food", ["potager-zephyr"]],
      ["repair", ["repair-cafe-quasar"]],
      ["mobility", ["repair-cafe-quasar"]],
      ["region", ["entraide-orion"]],
    ]);
    expect(plan.entries.map((e) => e.id)).toEqual(["potager-zephyr", "repair-cafe-quasar", "entraide-orion"]);
  });

  it("sorts a sector booklet's communes with the language's collation", () => {
    const nl = planBooklets(model, "nl", TODAY).find((p) => p.kind === "sector" && p.id === "mobility")!;
    expect(nl.sections.map((s) => s.title)).toEqual(["Noordstad", "Zuidstad"]);
  });

  it("makes no booklet for a commune without a printable entry", () => {
    const emptied = {
      ...model,
      initiatives: model.initiatives.filter(
        (i) => !i.communes.includes("estville") && i.regions.length === 1 && i.communes.length > 0,
      ),
    };
    expect(planBooklets(emptied, "fr", TODAY).some((p) => p.kind === "commune" && p.id === "estville")).toBe(false);
  });
});

describe("saddleStitchOrder", () => {
  it("puts 8 pages on two sheets in folding order", () => {
    expect(saddleStitchOrder(8)).toEqual([
      [7, 0],
      [1, 6],
      [5, 2],
      [3, 4],
    ]);
  });
  it("pads 6 pages with blanks to 8", () => {
    expect(saddleStitchOrder(6)).toEqual([
      [null, 0],
      [1, null],
      [5, 2],
      [3, 4],
    ]);
  });
});
