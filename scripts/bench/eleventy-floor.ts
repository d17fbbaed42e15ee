// The framework's own cost: Eleventy writing the same number of pages as annuaire (initiatives, communes
// and sectors in every language, repeated to the count given) with a trivial template. Prints JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Eleventy } from "@11ty/eleventy";
import { loadModel } from "../model/validate.ts";

const [data, out, count] = process.argv.slice(2) as [string, string, string];
const { model } = loadModel(data);
const base = model.site.languages.flatMap((lang) => [
  ...model.initiatives.map((i) => ({ url: `/${lang}/initiatives/${i.id}/`, lang, name: i.name[lang] ?? i.id })),
  ...[...model.communes, ...model.regions, ...model.sectors].map((x) => ({
    url: `/${lang}/list/${x.id}/`,
    lang,
    name: x.name[lang] ?? x.id,
  })),
]);
// As many pages as annuaire writes for the same data (its extra page types included).
const items = Array.from({ length: Number(count) || base.length }, (_, n) => ({
  ...base[n % base.length]!,
  url: `${base[n % base.length]!.url}${Math.floor(n / base.length) || ""}/`,
}));
const input = path.join(out, "src");
mkdirSync(input, { recursive: true });
writeFileSync(
  path.join(input, "page.11ty.js"),
  `export const data = { pagination: { data: "items", size: 1, alias: "p" }, permalink: (d) => d.p.url + "index.html" };
export function render(d) { return '<!doctype html><html lang="' + d.p.lang + '"><title>' + d.p.name + '</title><h1>' + d.p.name + '</h1></html>'; }
`,
);
const started = performance.now();
const eleventy = new Eleventy(input, path.join(out, "site"), {
  quietMode: true,
  config(config) {
    config.addGlobalData("items", items);
    // The bench works under .cache/, which .gitignore lists: Eleventy would skip the template.
    config.setUseGitIgnore(false);
  },
});
eleventy.logger.overrideLogger({ log() {}, info() {}, warn() {}, error: (m: string) => console.error(m) });
const written = (await eleventy.write()) as unknown as [unknown, unknown[]];
const pages = Array.isArray(written?.[1]) ? written[1].length : 0;
if (pages !== items.length) throw new Error(`The Eleventy floor wrote ${pages} pages instead of ${items.length}.`);
process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000, pages })}\n`);
