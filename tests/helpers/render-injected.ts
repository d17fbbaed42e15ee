// Builds the website from a data folder after injecting fields into the typed model, the way a bug or
// a new contract field would bring them. Run as a child process (Eleventy needs tsx to load the
// TypeScript templates): node --import tsx tests/helpers/render-injected.ts <data> <out> <today> <injections.json>
// `injections.json` maps "initiatives.<id>.<path>" or "events.<id>.<path>" to a value.
import { readFileSync } from "node:fs";
import { contentDirsFor, loadContent } from "../../scripts/model/content.ts";
import { loadModel } from "../../scripts/model/validate.ts";
import { renderSite } from "../../scripts/site/render-site.ts";

const [data, out, today, injectionsFile] = process.argv.slice(2) as [string, string, string, string];
const { model } = loadModel(data, { today });
const injections = JSON.parse(readFileSync(injectionsFile, "utf8")) as Record<string, unknown>;
for (const [where, value] of Object.entries(injections)) {
  const [list, id, ...rest] = where.split(".") as ["initiatives" | "events", string, ...string[]];
  let node = (model[list] as { id: string }[]).find((item) => item.id === id) as Record<string, unknown> | undefined;
  if (!node) throw new Error(`No ${list} entry ${id}`);
  for (const key of rest.slice(0, -1)) {
    node[key] ??= /^\d+$/.test(rest[rest.indexOf(key) + 1] ?? "") ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
  node[rest[rest.length - 1]!] = value;
}
await renderSite(model, out, {
  buildDate: today,
  content: loadContent(contentDirsFor(model.dataDir), model.site.languages),
});
