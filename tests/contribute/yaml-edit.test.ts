import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { setInText } from "../../scripts/contribute/yaml-edit.ts";

const FILE = `# A comment that must survive
name: { fr: Cantine, nl: Kantine }
summary:
  fr: Bonjour # trailing comment
  nl: Hallo

sectors:
  - food
place: { public: true, address: Rue 7, postcode: "9103" }
verified: 2026-08-30
`;

describe("setInText, the minimal YAML edit", () => {
  it("replaces one scalar and nothing else", () => {
    expect(setInText(FILE, ["summary", "nl"], "Dag")).toBe(FILE.replace("nl: Hallo", "nl: Dag"));
  });

  it("adds a language to a block map at its indentation, keeping the comment", () => {
    const out = setInText(FILE, ["summary", "en"], "Hello: world");
    expect(out).toContain('  nl: Hallo\n  en: "Hello: world"\n\nsectors:');
    expect(parse(out).summary).toEqual({ fr: "Bonjour", nl: "Hallo", en: "Hello: world" });
  });

  it("adds a key inside a flow map, quoting what a flow map needs quoted", () => {
    const out = setInText(FILE, ["place", "name"], "Salle A, étage 1");
    expect(out).toContain('place: { public: true, address: Rue 7, postcode: "9103", name: "Salle A, étage 1" }');
  });

  it("appends a new top-level field, and creates the map it lives in", () => {
    const out = setInText(FILE, ["schedule", "fr"], "Le jeudi.");
    expect(out).toBe(`${FILE}schedule:\n  fr: Le jeudi.\n`);
  });

  it("replaces a block list by a one-line list of ids", () => {
    const out = setInText(FILE, ["sectors"], ["food", "solidarity"]);
    expect(parse(out).sectors).toEqual(["food", "solidarity"]);
    expect(out.startsWith("# A comment that must survive\n")).toBe(true);
  });
});
