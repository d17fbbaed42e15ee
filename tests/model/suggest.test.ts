import { describe, expect, it } from "vitest";
import { distance, normalize, suggest } from "../../scripts/model/suggest.ts";

describe("suggest", () => {
  const communes = [
    { id: "ixelles", aliases: ["Ixelles", "Elsene"] },
    { id: "saint-gilles", aliases: ["Saint-Gilles", "Sint-Gillis"] },
  ];
  it("finds a typo", () => expect(suggest("ixele", communes)).toBe("ixelles"));
  it("finds an id from a name in another language", () => expect(suggest("elsene", communes)).toBe("ixelles"));
  it("finds an id written with accents, capitals or spaces", () =>
    expect(suggest("Saint Gilles", communes)).toBe("saint-gilles"));
  it("suggests nothing for a word that is far from every id", () =>
    expect(suggest("anderlecht", communes)).toBeUndefined());
});

describe("distance and normalize", () => {
  it("counts edits", () => expect(distance("kitten", "sitting")).toBe(3));
  it("stops early past the limit", () => expect(distance("abcdefgh", "zzzzzzzz", 2)).toBe(3));
  it("drops accents and punctuation", () => expect(normalize("Démosphère — Bxl!")).toBe("demosphere bxl"));
});
