import { describe, expect, it } from "vitest";
import { entryFacts, shortUrl, telHref } from "../../scripts/lib/entry-facts.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { TODAY, TRI_CITY } from "../helpers/data-dir.ts";

const model = validateDataDir(TRI_CITY, { today: TODAY }).model!;
const entry = (id: string) => model.initiatives.find((i) => i.id === id)!;
const facts = (id: string, lang: string) =>
  Object.fromEntries(entryFacts(model, entry(id), lang).map((l) => [l.key, l]));

describe("entryFacts", () => {
  it("gives a public place as venue, street and postcode with the commune, in the reader's language", () => {
    const { place, where } = facts("potager-zephyr", "nl");
    expect(place!.label).toBe("Plaats");
    expect(place!.values.map((v) => v.text)).toEqual([
      "Jardin du Test",
      "Rue du Potager 12",
      expect.stringMatching(/^9101 /),
    ]);
    expect(where!.values[0]).toMatchObject({ kind: "commune", href: "/nl/communes/nordville/" });
  });

  it("never gives an address for a group meeting in private homes, only the sentence that says so", () => {
    const { place } = facts("velo-nebuleuse", "fr");
    expect(place!.values).toEqual([{ text: expect.stringContaining("chez des particuliers") }]);
  });

  it("writes contacts for people and links them for machines", () => {
    const { contact } = facts("potager-zephyr", "en");
    expect(contact!.values).toEqual([
      { text: "zephyr.example.org", href: "https://zephyr.example.org/", kind: "website" },
      { text: "zephyr@example.org", href: "mailto:zephyr@example.org", kind: "email" },
      { text: "+32 2 111 11 11", href: "tel:+3221111111", kind: "phone" },
    ]);
  });

  it("names languages spoken and the date of the last check in the reader's language", () => {
    const fr = facts("potager-zephyr", "fr");
    expect(fr.languages!.values.map((v) => v.text)).toEqual(["français", "néerlandais"]);
    expect(fr.verified!.values[0]!.text).toMatch(/^\d{1,2} \p{L}+ \d{4}$/u);
    expect(facts("potager-zephyr", "nl").languages!.values.map((v) => v.text)).toEqual(["Frans", "Nederlands"]);
  });

  it("leaves out lines with no value and lines a layout asks to omit", () => {
    const lines = entryFacts(model, entry("repair-cafe-quasar"), "fr", { omit: ["verified"] });
    expect(lines.map((l) => l.key)).not.toContain("verified");
    expect(lines.map((l) => l.key)).not.toContain("schedule");
    expect(lines.every((l) => l.values.length > 0)).toBe(true);
  });

  it("shortens web addresses and keeps only digits and + in tel: links", () => {
    expect(shortUrl("https://www.example.org/a/")).toBe("example.org/a");
    expect(telHref("+32 (0)2 111.11.11")).toBe("tel:+32021111111");
  });
});
