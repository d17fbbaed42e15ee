import { describe, expect, it } from "vitest";
import { closeNames, DuplicateIndex, type DuplicateSubject, nameTokens } from "../../scripts/model/duplicates.ts";

const entry = (id: string, name: string, extra: Partial<DuplicateSubject> = {}): DuplicateSubject => ({
  id,
  name: { fr: name },
  ...extra,
});
const index = DuplicateIndex.of(
  [
    entry("repair-cafe-ixelles", "Repair Café d'Ixelles", {
      contact: { website: "https://www.repair-ixelles.be/", email: "Info@Repair-Ixelles.be", phone: "02 123 45 67" },
      sectors: ["repair"],
      communes: ["ixelles"],
    }),
    entry("potager-marguerite", "Potager collectif Autour de Marguerite", {
      sectors: ["food"],
      communes: ["bruxelles"],
    }),
  ],
  ["fr", "nl", "en"],
);

describe("duplicate detection", () => {
  it("names the entry with the same website, e-mail or phone, written differently", () => {
    const found = index.matches(
      entry("new", "Autre chose", {
        contact: { website: "http://repair-ixelles.be", email: "info@repair-ixelles.be", phone: "+32 2 123 45 67" },
      }),
    );
    expect(found.map((m) => [m.other, m.reason])).toEqual([
      ["repair-cafe-ixelles", "website"],
      ["repair-cafe-ixelles", "email"],
      ["repair-cafe-ixelles", "phone"],
    ]);
  });

  it("folds accents, case, articles and punctuation before comparing names", () => {
    expect(nameTokens("L'Atelier du Vélo — ASBL")).toEqual(["atelier", "velo"]);
    const found = index.matches(entry("new", "REPAIR CAFE IXELLES"));
    expect(found).toEqual([{ other: "repair-cafe-ixelles", reason: "name", otherName: "Repair Café d'Ixelles" }]);
  });

  it("finds a close name only in the same sector and commune", () => {
    const near = entry("new", "Potager Marguerite", { sectors: ["food"], communes: ["bruxelles"] });
    expect(index.matches(near).map((m) => m.reason)).toEqual(["local-name"]);
    expect(index.matches({ ...near, communes: ["ixelles"] })).toEqual([]);
    expect(closeNames(["compost", "faider"], ["compost", "viaduc"])).toBe(false);
  });

  it("never reports an entry as a duplicate of itself", () => {
    expect(index.matches(entry("repair-cafe-ixelles", "Repair Café d'Ixelles"))).toEqual([]);
  });
});
