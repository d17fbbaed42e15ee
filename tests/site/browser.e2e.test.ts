import { gzipSync } from "node:zlib";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type LaunchedBrowser, launchBrowser } from "../../scripts/lib/browser.ts";
import { type RunningServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { netlifyCsp } from "../helpers/netlify-csp.ts";

const site = inject("triSite");
let server: RunningServer;
let chromium: LaunchedBrowser;
let noJs: LaunchedBrowser;

const cspViolations: string[] = [];

beforeAll(async () => {
  server = await serveStatic(site, 0, netlifyCsp());
  chromium = await launchBrowser();
  noJs = await launchBrowser({ javascript: false });
});
afterAll(async () => {
  await chromium?.close();
  await noJs?.close();
  await server?.close();
});

async function open(path: string, browser = chromium): Promise<Page> {
  const page = await browser.browser.newPage();
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(`${path}: ${m.text()}`);
  });
  await page.goto(`${server.url}${path}`, { waitUntil: "networkidle0" });
  return page;
}

describe("the site in a real Chromium", () => {
  it("puts every open initiative on the map, none closed, and says there is no background map", async () => {
    const page = await open("/fr/map/");
    const listed = await page.$$eval(".map-list li[data-lat]", (items) => items.length);
    // Markers too close to tap apart are grouped: count the initiatives the markers stand for.
    const markers = await page.$$eval(".leaflet-marker-icon", (items) =>
      items.reduce((n, m) => n + (m.classList.contains("map-marker--group") ? Number(m.textContent) : 1), 0),
    );
    // 8 initiatives, one closed: 7 listed, every one with a place (the region-wide one at the region's centre).
    expect(await page.$$eval(".map-list li", (items) => items.length)).toBe(7);
    expect(listed).toBe(7);
    expect(markers).toBe(7);
    expect(await page.$eval(".map-list", (l) => l.textContent)).not.toContain("Troc Comète");
    expect(await page.$eval("#map", (el) => (el as HTMLElement).hidden)).toBe(false);
    expect(await page.$eval("#map-status", (el) => el.textContent)).toContain("Pas de fond de carte");
    // The region outline is drawn, so the markers stand on something, and Nordville's outline from
    // the fixture's boundaries/nordville.geojson.
    expect(await page.$$eval(".leaflet-overlay-pane path", (p) => p.length)).toBe(2);
    await page.close();
  });

  it("filters the map by sector, keeps the choice in the URL and restores it from the URL", async () => {
    const page = await open("/en/map/");
    await page.click("#ms-food");
    await page.click("#ms-solidarity");
    await page.click("#ms-repair");
    expect(new URL(page.url()).searchParams.getAll("sector")).toEqual(["mobility"]);
    const shown = await page.$$eval(".map-list li:not([hidden]) a", (a) => a.map((x) => x.textContent).sort());
    expect(shown).toEqual(["Nebula bike workshop", "Repair Café Quasar & Co {{ title }} ${x}"]);
    const again = await open("/en/map/?sector=food");
    expect(
      await again.$$eval('input[name="sector"]:checked', (b) => b.map((x) => (x as HTMLInputElement).value)),
    ).toEqual(["food"]);
    await page.close();
    await again.close();
  });

  it("sorts the list under the map by distance from the map's centre, and again when the map moves", async () => {
    const page = await open("/fr/map/");
    const sorted = () =>
      page.evaluate(() => {
        const [lat, lon] = document.getElementById("map")!.dataset.centre!.split(",").map(Number) as [number, number];
        const rad = Math.PI / 180;
        const km = (a: number, b: number) =>
          2 *
          6371 *
          Math.asin(
            Math.sqrt(
              Math.sin(((a - lat) * rad) / 2) ** 2 +
                Math.cos(lat * rad) * Math.cos(a * rad) * Math.sin(((b - lon) * rad) / 2) ** 2,
            ),
          );
        const d = [...document.querySelectorAll<HTMLElement>(".map-list li")].map((li) =>
          km(Number(li.dataset.lat), Number(li.dataset.lon)),
        );
        return d.every((x, n) => n === 0 || x >= d[n - 1]! - 1e-6);
      });
    expect(await sorted()).toBe(true);
    const before = await page.$eval("#map", (m) => (m as HTMLElement).dataset.centre);
    await page.focus("#map");
    for (let n = 0; n < 4; n++) await page.keyboard.press("ArrowDown");
    await page.waitForFunction((c) => document.getElementById("map")!.dataset.centre !== c, {}, before);
    expect(await sorted()).toBe(true);
    await page.close();
  });

  it("keeps the map page's list and the search page's browse lists when JavaScript is off", async () => {
    const map = await open("/nl/map/", noJs);
    expect(await map.$eval("#map", (el) => (el as HTMLElement).hidden)).toBe(true);
    expect(await map.$$eval(".map-list a", (links) => links.map((a) => a.textContent))).toContain("Moestuin Zefier");
    await map.close();
    const searchPage = await open("/nl/search/", noJs);
    // 4 sectors, 3 communes and the contribute form.
    expect(await searchPage.$$eval(".search-fallback a", (links) => links.length)).toBe(4 + 3 + 1);
    await searchPage.close();
  });

  it("keeps an initiative page, with everything it loads, under 20 KB gzipped", async () => {
    const page = await chromium.browser.newPage();
    const bodies: Promise<number>[] = [];
    page.on("response", (r) => {
      if (r.status() === 200) bodies.push(r.buffer().then((b) => gzipSync(b).length));
    });
    await page.goto(`${server.url}/fr/initiatives/potager-zephyr/`, { waitUntil: "networkidle0" });
    const total = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
    expect(bodies.length).toBeGreaterThan(3);
    expect(total).toBeLessThan(20 * 1024);
    await page.close();
  });

  it("asks for nothing that is missing (no /favicon.ico 404), on an embed page too", async () => {
    for (const path of ["/fr/embed/communes/nordville/", "/nl/", "/en/initiatives/potager-zephyr/"]) {
      const page = await chromium.browser.newPage();
      const failed: string[] = [];
      page.on("response", (r) => {
        if (r.status() >= 400) failed.push(r.url());
      });
      await page.goto(`${server.url}${path}`, { waitUntil: "networkidle0" });
      expect(failed, path).toEqual([]);
      expect(await page.$$eval('link[rel="icon"]', (l) => l.length), path).toBeGreaterThan(0);
      await page.close();
    }
    expect((await fetch(`${server.url}/favicon.ico`)).status).toBe(200);
    const manifest = await (await fetch(`${server.url}/nl/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ lang: "nl", start_url: "/nl/", name: "Gids van Fictiestad" });
  });

  it("picks the commune nearest the reader on the home page, and offers its booklet", async () => {
    const context = chromium.browser.defaultBrowserContext();
    await context.overridePermissions(server.url, ["geolocation"]);
    const page = await chromium.browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => {
      requests.push(r.url());
    });
    await page.setGeolocation({ latitude: 50.052, longitude: 4.149 });
    await page.goto(`${server.url}/fr/`, { waitUntil: "networkidle0" });
    const before = requests.length;
    await page.click("#near-me");
    await page.waitForFunction(() => (document.getElementById("where") as HTMLSelectElement).value !== "");
    expect(await page.$eval("#where", (s) => (s as HTMLSelectElement).value)).toBe("Sudville");
    expect(await page.$eval("#finder-booklet a", (a) => a.getAttribute("href"))).toBe("/print/fr/commune/sudville.pdf");
    expect(await page.$eval("#near-me-status", (p) => p.textContent)).toContain("Sudville");
    // The position went nowhere: no request after the button was pressed.
    expect(requests.slice(before)).toEqual([]);
    await page.close();
    await context.clearPermissionOverrides();
  });

  it("follows the language switch to the same initiative in Dutch", async () => {
    const page = await open("/fr/initiatives/potager-zephyr/");
    await Promise.all([page.waitForNavigation(), page.click('.lang-switch a[hreflang="nl"]')]);
    expect(new URL(page.url()).pathname).toBe("/nl/initiatives/potager-zephyr/");
    expect(await page.$eval("h1", (h) => h.textContent)).toBe("Moestuin Zefier");
    await page.close();
  });

  it("sends a short link /i/{id} to the reader's language", async () => {
    const page = await chromium.browser.newPage();
    await page.setExtraHTTPHeaders({ "Accept-Language": "nl-BE,nl;q=0.9" });
    await page.evaluateOnNewDocument(() =>
      Object.defineProperty(navigator, "languages", { get: () => ["nl-BE", "nl"] }),
    );
    await page.goto(`${server.url}/i/cantine-pulsar`, { waitUntil: "networkidle0" });
    await page.waitForFunction(() => location.pathname.startsWith("/nl/"));
    expect(new URL(page.url()).pathname).toBe("/nl/initiatives/cantine-pulsar/");
    await page.close();
  });

  it("runs search, map and short links under netlify.toml's Content-Security-Policy without a violation", async () => {
    const response = await fetch(`${server.url}/fr/search/`);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(
      (await fetch(`${server.url}/fr/embed/communes/nordville/`)).headers.get("content-security-policy"),
    ).toContain("frame-ancestors *");
    // The check can fail: an inline script on a served page is reported.
    const page = await open("/fr/");
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inline = 1";
      document.body.append(script);
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(cspViolations.filter((v) => v.startsWith("/fr/:"))).toHaveLength(1);
    await page.close();
    expect(cspViolations.filter((v) => !v.startsWith("/fr/:"))).toEqual([]);
  });
});
