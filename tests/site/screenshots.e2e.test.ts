// Screenshots of the main journeys at a phone width (390 px) and a desktop width (1280 px), for people
// to look at: written to .cache/test-output/screenshots/ by every e2e run. The checks here are only
// that each journey rendered what it should before the picture was taken, and no page scrolls sideways.
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type LaunchedBrowser, launchBrowser } from "../../scripts/lib/browser.ts";
import { type RunningServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { ROOT } from "../helpers/data-dir.ts";

const SCREENSHOTS = path.join(ROOT, ".cache/test-output/screenshots");
const site = inject("triSite");
let server: RunningServer;
let chromium: LaunchedBrowser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveStatic(site);
  chromium = await launchBrowser();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const JOURNEYS: [name: string, path: string, ready: string][] = [
  ["home", "/fr/", ".finder"],
  ["commune", "/nl/communes/sudville/", ".cards"],
  ["initiative", "/en/initiatives/potager-zephyr/", ".facts"],
  ["search", "/fr/search/?q=potager", ".result__title a"],
  ["map", "/fr/map/", ".leaflet-marker-icon"],
];

describe("screenshots of the main journeys", () => {
  for (const width of [390, 1280]) {
    it.each(JOURNEYS)(`%s at ${width} px`, async (name, pathname, ready) => {
      const page = await chromium.browser.newPage();
      await page.setViewport({ width, height: width < 600 ? 844 : 900 });
      await page.goto(`${server.url}${pathname}`, { waitUntil: "networkidle0" });
      await page.waitForSelector(ready, { timeout: 20_000 });
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const file = path.join(SCREENSHOTS, `${name}-${width}.png`) as `${string}.png`;
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(5_000);
      await page.close();
    });
  }

  it("keeps the phone header compact: under 15 % of the first screen", async () => {
    const page = await chromium.browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(`${server.url}/fr/`, { waitUntil: "networkidle0" });
    const height = await page.$eval(".site-header", (h) => h.getBoundingClientRect().height);
    expect(height).toBeLessThan(844 * 0.15);
    await page.close();
  });
});
