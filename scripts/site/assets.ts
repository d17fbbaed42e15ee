// Static assets: our CSS and scripts with a content hash in their name (cached forever), the font and
// the map library from their npm packages, and the sector pictograms from the data folder.
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { AssetManifest } from "../../templates/lib/context.ts";
import type { Model } from "../model/model.ts";
import { faviconIco } from "./favicon.ts";

const ASSETS = path.resolve(import.meta.dirname, "../../templates/assets");
const HASHED = ["site.css", "site.js", "map.js", "search.js", "home.js", "lang-redirect.js"];
const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

export function writeAssets(model: Model, out: string): AssetManifest {
  const manifest: AssetManifest = {};
  const dir = path.join(out, "assets");
  mkdirSync(dir, { recursive: true });
  mkdirSync(path.join(dir, "h"), { recursive: true });
  for (const name of HASHED) {
    const content = readFileSync(path.join(ASSETS, name));
    const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
    const hashed = name.replace(/\.(\w+)$/, `.${hash}.$1`);
    writeFileSync(path.join(dir, "h", hashed), content);
    manifest[name] = `/assets/h/${hashed}`;
  }
  copyFileSync(path.join(ASSETS, "sw.js"), path.join(out, "sw.js"));
  copyFileSync(path.join(ASSETS, "favicon.svg"), path.join(out, "favicon.svg"));
  writeFileSync(path.join(out, "favicon.ico"), faviconIco());

  const fonts = path.join(packageDir("@fontsource/atkinson-hyperlegible"), "files");
  mkdirSync(path.join(dir, "fonts"), { recursive: true });
  for (const file of readdirSync(fonts).filter((f) => /-latin-(400|700)-normal\.woff2$/.test(f)))
    copyFileSync(path.join(fonts, file), path.join(dir, "fonts", file));

  cpSync(path.join(packageDir("leaflet"), "dist"), path.join(dir, "leaflet"), {
    recursive: true,
    filter: (src) => !src.endsWith(".map") && !src.includes("-src"),
  });

  mkdirSync(path.join(dir, "icons"), { recursive: true });
  for (const sector of model.sectors) copyFileSync(sector.iconPath, path.join(dir, "icons", `${sector.id}.svg`));
  return manifest;
}
