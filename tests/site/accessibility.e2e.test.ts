import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type LaunchedBrowser, launchBrowser } from "../../scripts/lib/browser.ts";
import { type RunningServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { annuaire } from "../helpers/cli.ts";
import { type TempData, TODAY, TRI_CITY, tempDataDir } from "../helpers/data-dir.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const site = inject("triSite");
let server: RunningServer;
let tiled: RunningServer;
let chromium: LaunchedBrowser;
// The same city with map tiles set (at an address that refuses connections: the test runs offline)
// and an attribution holding markup, which must reach the page as text.
const ATTRIBUTION = '© <b>Tiles</b> & <a href="https://x.example">friends</a>';
let data: TempData;

beforeAll(async () => {
  data = tempDataDir(TRI_CITY);
  const siteYaml = readFileSync(path.join(data.dir, "site.yaml"), "utf8").replace(
    /^map: .*$/m,
    `map: { tiles: "http://127.0.0.1:9/{z}/{x}/{y}.png", attribution: ${JSON.stringify(ATTRIBUTION)} }`,
  );
  data.write("site.yaml", siteYaml);
  // A commune outline, drawn on the map when the data folder has one.
  data.write(
    "boundaries/nordville.geojson",
    JSON.stringify({
      type: "Feature",
      properties: { source: "made up for the tests" },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [4.13, 50.13],
            [4.17, 50.13],
            [4.17, 50.17],
            [4.13, 50.17],
            [4.13, 50.13],
          ],
        ],
      },
    }),
  );
  const out = path.join(data.dir, "_site");
  const built = annuaire(["build", "--only", "site", "--data", data.dir, "--out", out, "--today", TODAY]);
  if (built.status !== 0) throw new Error(built.stderr);
  server = await serveStatic(site);
  tiled = await serveStatic(out);
  chromium = await launchBrowser();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await tiled?.close();
  data?.cleanup();
});

const PAGE_TYPES = [
  "",
  "initiatives/potager-zephyr/",
  "initiatives/velo-nebuleuse/",
  "communes/nordville/",
  "regions/fictiregion/",
  "sectors/food/",
  "map/",
  "search/?q=courgettes",
  "about/",
  "open-data/",
  "embed/communes/nordville/",
  "print/",
  "contribute/",
  "contribute/?id=cantine-pulsar",
  "contribute/thanks/",
];

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

async function audit(path: string, on = server, width = 390, dark = false): Promise<string[]> {
  const page = await chromium.browser.newPage();
  await page.setViewport({ width, height: 844 });
  if (dark) await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
  await page.goto(`${on.url}${path}`, { waitUntil: "networkidle0" });
  if (path.includes("search"))
    await page.waitForFunction(() => /\d/.test(document.getElementById("search-status")?.textContent ?? ""), {
      timeout: 20_000,
    });
  await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    }),
  )) as AxeResult;
  await page.close();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

describe("map tiles and their attribution", () => {
  it("writes the attribution as text, without Leaflet's control, and says when tiles fail", async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${tiled.url}/fr/map/`, { waitUntil: "networkidle0" });
    expect(await page.$eval("#map-attribution", (p) => p.textContent)).toBe(`Fond de carte : ${ATTRIBUTION}`);
    expect(await page.$$(".map-attribution b, .map-attribution a, .leaflet-control-attribution")).toHaveLength(0);
    await page.waitForFunction(() => document.getElementById("map-status")?.textContent !== "", { timeout: 10_000 });
    expect(await page.$eval("#map-status", (p) => p.textContent)).toContain("n'a pas pu être chargé");
    expect(await page.$$eval(".leaflet-marker-icon", (m) => m.length)).toBeGreaterThan(0);
    // The region's outline and Nordville's.
    expect(await page.$$eval(".leaflet-overlay-pane path", (p) => p.length)).toBe(2);
    await page.close();
  });
});

describe("accessibility: axe-core finds no WCAG 2.2 AA violation", () => {
  for (const lang of ["fr", "nl", "en"]) {
    it(`on every page type in ${lang}`, async () => {
      const found: string[] = [];
      for (const type of PAGE_TYPES)
        for (const v of await audit(`/${lang}/${type}`)) found.push(`/${lang}/${type}: ${v}`);
      expect(found).toEqual([]);
    });
  }

  it("on the map page with tiles set (and failing), at phone and desktop widths", async () => {
    const found: string[] = [];
    for (const lang of ["fr", "nl", "en"])
      for (const width of [390, 1280])
        for (const v of await audit(`/${lang}/map/`, tiled, width)) found.push(`/${lang}/map/ @${width}: ${v}`);
    expect(found).toEqual([]);
  });

  it("on the home page at desktop width and the search page with no result", async () => {
    const found = [...(await audit("/fr/", server, 1280)), ...(await audit("/nl/search/?q=zzzxq"))];
    expect(found).toEqual([]);
  });

  it("in the dark colour scheme", async () => {
    const found: string[] = [];
    for (const p of [
      "/fr/",
      "/nl/initiatives/ancien-troc-comete/",
      "/en/search/?q=garden",
      "/fr/map/",
      "/nl/communes/sudville/",
    ])
      for (const v of await audit(p, server, 1280, true)) found.push(`${p} (dark): ${v}`);
    expect(found).toEqual([]);
  });

  it("on the language chooser and the 404 page", async () => {
    expect([...(await audit("/")), ...(await audit("/no-such-page/"))]).toEqual([]);
  });

  it("moves keyboard focus to the skip link first, and it leads to the main content", async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${server.url}/fr/initiatives/potager-zephyr/`, { waitUntil: "networkidle0" });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe("solid");
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).hash).toBe("#main");
    await page.close();
  });
});
