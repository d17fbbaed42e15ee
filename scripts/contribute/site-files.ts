// What the website needs for contributing, besides its pages: the form's script and style (hashed),
// the bundled conversion and duplicate logic, a small index of names and contacts for "this looks like
// …" while typing, and /admin/ (Sveltia CMS and its config.yml generated from the contract).
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";
import type { AssetManifest } from "../../templates/lib/context.ts";
import { message } from "../model/messages.ts";
import type { Model } from "../model/model.ts";
import { Initiative } from "../model/schema.ts";
import { cmsConfig, cmsConfigYaml } from "./cms-config.ts";

const ASSETS = path.resolve(import.meta.dirname, "../../templates/assets");
const require = createRequire(import.meta.url);

function hashed(out: string, name: string, content: string | Buffer): string {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  const file = name.replace(/\.(\w+)$/, `.${hash}.$1`);
  mkdirSync(path.join(out, "assets", "h"), { recursive: true });
  writeFileSync(path.join(out, "assets", "h", file), content);
  return `/assets/h/${file}`;
}

/**
 * The bundle of browser-lib.ts: one IIFE defining `window.annuaireContribute`. The conversion reads only
 * the contract's key order; that order is handed in from the schema here, so zod stays out of the page.
 */
export function browserBundle(): Promise<string> {
  // The same code gives the same bundle: made once per process (a dev server rebuilds many times).
  bundled ??= makeBundle().catch((error: unknown) => {
    bundled = undefined;
    throw error;
  });
  return bundled;
}
let bundled: Promise<string> | undefined;

async function makeBundle(): Promise<string> {
  const keys = Object.keys(Initiative.shape);
  const result = await build({
    plugins: [
      {
        name: "contract-key-order",
        setup(b) {
          b.onResolve({ filter: /\/model\/schema\.ts$/ }, (args) => ({ path: args.path, namespace: "contract" }));
          b.onLoad({ filter: /.*/, namespace: "contract" }, () => ({
            contents: `export const Initiative = { shape: ${JSON.stringify(Object.fromEntries(keys.map((k) => [k, 1])))} };`,
            loader: "js",
          }));
        },
      },
    ],
    entryPoints: [path.join(import.meta.dirname, "browser-lib.ts")],
    bundle: true,
    format: "iife",
    globalName: "annuaireContribute",
    platform: "browser",
    target: "es2020",
    minify: true,
    write: false,
    legalComments: "none",
  });
  return result.outputFiles[0]!.text;
}

/** Published entries as the duplicate index needs them (only what open data already shows). */
export const duplicateIndexData = (model: Model) =>
  model.initiatives.map((i) => ({
    id: i.id,
    name: i.name,
    ...(i.contact ? { contact: { website: i.contact.website, email: i.contact.email, phone: i.contact.phone } } : {}),
    sectors: i.sectors,
    communes: i.communes,
  }));

const cmsMessage = (code: string, field: Record<string, string> | undefined) =>
  (["fr", "nl", "en"] as const).map((l) => message(code, { field: field?.[l] ?? "", value: "…" }, l)).join(" / ");

export async function writeContributeFiles(model: Model, out: string): Promise<AssetManifest> {
  const manifest: AssetManifest = {};
  for (const name of ["contribute.js", "contribute.css"])
    manifest[name] = hashed(out, name, readFileSync(path.join(ASSETS, name)));
  manifest["contribute-lib.js"] = hashed(out, "contribute-lib.js", await browserBundle());
  mkdirSync(path.join(out, "data"), { recursive: true });
  writeFileSync(path.join(out, "data", "contribute-index.json"), JSON.stringify(duplicateIndexData(model)));

  mkdirSync(path.join(out, "admin"), { recursive: true });
  copyFileSync(
    path.join(path.dirname(require.resolve("@sveltia/cms")), "..", "dist", "sveltia-cms.js"),
    path.join(out, "admin", "sveltia-cms.js"),
  );
  const config = cmsConfig(
    model,
    {
      ...(model.site.repository ? { repository: model.site.repository } : {}),
      branch: "main",
      dataFolder: path.relative(process.cwd(), model.dataDir).split(path.sep).join("/") || "data",
    },
    cmsMessage,
  );
  writeFileSync(path.join(out, "admin", "config.yml"), cmsConfigYaml(config));
  return manifest;
}
