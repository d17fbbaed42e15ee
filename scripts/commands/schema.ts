import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataFormatDoc, jsonSchemaFiles } from "../model/contract-docs.ts";
import { type CommandSpec, DATA } from "./registry.ts";

export const command: CommandSpec = {
  name: "schema",
  summary: "write the JSON Schemas (<data>/schema/) and docs/data-format.md from the contract",
  options: [DATA],
  examples: ["annuaire schema", "annuaire schema --data ../my-city"],
  async run({ options }) {
    const dir = path.resolve(String(options.data), "schema");
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(jsonSchemaFiles())) writeFileSync(path.join(dir, name), content);
    const docs = path.resolve(import.meta.dirname, "../../docs/data-format.md");
    mkdirSync(path.dirname(docs), { recursive: true });
    writeFileSync(docs, dataFormatDoc());
    process.stdout.write(`Wrote ${Object.keys(jsonSchemaFiles()).length} JSON Schemas to ${dir} and ${docs}\n`);
    return 0;
  },
};
