import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CommonOptions } from "../cli.ts";
import { dataFormatDoc, jsonSchemaFiles } from "../model/contract-docs.ts";

/** Writes data/schema/*.json into the data folder and docs/data-format.md next to the code. */
export async function schemaCommand(options: CommonOptions): Promise<number> {
  const dir = path.resolve(options.data, "schema");
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(jsonSchemaFiles())) writeFileSync(path.join(dir, name), content);
  const docs = path.resolve(import.meta.dirname, "../../docs/data-format.md");
  mkdirSync(path.dirname(docs), { recursive: true });
  writeFileSync(docs, dataFormatDoc());
  process.stdout.write(`Wrote ${Object.keys(jsonSchemaFiles()).length} JSON Schemas to ${dir} and ${docs}\n`);
  return 0;
}
