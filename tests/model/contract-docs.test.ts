import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataFormatDoc, jsonSchemaFiles } from "../../scripts/model/contract-docs.ts";
import { ROOT } from "../helpers/data-dir.ts";

describe("files derived from the contract", () => {
  it("the committed JSON Schemas in data/schema/ are up to date (run `npm run schema`)", () => {
    for (const [name, content] of Object.entries(jsonSchemaFiles()))
      expect(readFileSync(path.join(ROOT, "data/schema", name), "utf8"), name).toBe(content);
  });

  it("the committed docs/data-format.md is up to date (run `npm run schema`)", () => {
    expect(readFileSync(path.join(ROOT, "docs/data-format.md"), "utf8")).toBe(dataFormatDoc());
  });

  it("every field of an initiative has a label in fr, nl and en, readable as data for forms", () => {
    const schema = JSON.parse(jsonSchemaFiles()["initiative.schema.json"]!);
    for (const [key, field] of Object.entries<Record<string, Record<string, string>>>(schema.properties)) {
      expect(Object.keys(field.label ?? {}).sort(), key).toEqual(["en", "fr", "nl"]);
    }
    expect(schema.properties.status.values.dormant).toEqual({ fr: "En pause", nl: "Slapend", en: "Dormant" });
    expect(schema.properties.status.enum).toEqual(["active", "dormant", "closed"]);
    expect(schema.additionalProperties).toBe(false);
  });

  it("documents every initiative field", () => {
    const doc = dataFormatDoc();
    for (const key of Object.keys(JSON.parse(jsonSchemaFiles()["initiative.schema.json"]!).properties))
      expect(doc).toContain(`| \`${key}\` |`);
  });
});
