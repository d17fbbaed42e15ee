import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type LaunchedBrowser, launchBrowser } from "../../scripts/lib/browser.ts";
import { type RunningServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { ROOT } from "../helpers/data-dir.ts";

const site = inject("triSite");
let server: RunningServer;
let chromium: LaunchedBrowser;
let noJs: LaunchedBrowser;

/** The Content-Security-Policy headers of netlify.toml, served as the host would. */
function netlifyCsp(): (pathname: string) => Record<string, string> {
  const toml = readFileSync(path.join(ROOT, "netlify.toml"), "utf8");
  const blocks = [...toml.matchAll(/for = "([^"]+)"\s+\[headers\.values\]([\s\S]*?)(?=\[\[|$)/g)].map((m) => ({
    pattern: m[1]!,
    csp: /Content-Security-Policy = "([^"]+)"/.exec(m[2]!)?.[1],
  }));
  const matches = (pattern: string, pathname: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(pathname);
  return (pathname) => {
    let csp: string | undefined;
    for (const block of blocks) if (block.csp && matches(block.pattern, pathname)) csp = block.csp;
    return csp ? { "content-security-policy": csp } : {};
  };
}

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

const readTitles = (page: Page) =>
  page.$$eval(".pagefind-ui__result-link", (links) => links.map((a) => a.textContent?.trim() ?? ""));

/** Pagefind fills its results in steps: read them once they stop changing. */
async function resultTitles(page: Page): Promise<string[]> {
  let last = await readTitles(page);
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await readTitles(page);
    if (now.join("|") === last.join("|") && now.length) return now;
    last = now;
  }
  return last;
}

async function search(lang: string, query: string): Promise<Page> {
  const page = await open(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector(".pagefind-ui__result-link", { timeout: 20_000 });
  return page;
}

describe("the site in a real Chromium", () => {
  it.each([
    ["fr", "Potager Zéphyr"],
    ["nl", "Moestuin Zefier"],
    ["en", "Zephyr Garden"],
  ])("finds the garden by searching “courgettes” in %s", async (lang, expected) => {
    const page = await search(lang, "courgettes");
    expect(await resultTitles(page)).toEqual([expected]);
    await page.close();
  });

  it("narrows results with the commune filter", async () => {
    const page = await search("fr", "inventé");
    const before = await resultTitles(page);
    expect(before.length).toBeGreaterThan(3);
    // Pagefind lists each filter value with a checkbox; tick Sudville.
    await page.waitForSelector(".pagefind-ui__filter-checkbox");
    const ticked = await page.$$eval("label.pagefind-ui__filter-label", (labels) => {
      const label = labels.find((l) => l.textContent?.trim().startsWith("Sudville"));
      label?.click();
      return !!label;
    });
    expect(ticked).toBe(true);
    await page.waitForFunction(
      (n) => document.querySelectorAll(".pagefind-ui__result-link").length !== n,
      { timeout: 10_000 },
      before.length,
    );
    const after = (await resultTitles(page)).sort();
    expect(after).toEqual(["Atelier vélo Nébuleuse", "Météore en ligne", "Repair Café Quasar & Co {{ title }} ${x}"]);
    await page.close();
  });

  it("shows a marker for every initiative on the map, with no tiles configured", async () => {
    const page = await open("/fr/map/");
    const listed = await page.$$eval(".map-list li[data-lat]", (items) => items.length);
    // Markers too close to tap apart are grouped: count the initiatives the markers stand for.
    const markers = await page.$$eval(".leaflet-marker-icon", (items) =>
      items.reduce((n, m) => n + (m.classList.contains("map-marker--group") ? Number(m.textContent) : 1), 0),
    );
    // 8 initiatives: one is closed (not on the map), one is region-wide (listed, with no position).
    expect(listed).toBe(6);
    expect(await page.$$eval(".map-list li", (items) => items.length)).toBe(7);
    expect(markers).toBe(listed);
    expect(await page.$eval("#map", (el) => (el as HTMLElement).hidden)).toBe(false);
    await page.close();
  });

  it("keeps the map page's list and the search page's browse lists when JavaScript is off", async () => {
    const map = await open("/nl/map/", noJs);
    expect(await map.$eval("#map", (el) => (el as HTMLElement).hidden)).toBe(true);
    expect(await map.$$eval(".map-list a", (links) => links.map((a) => a.textContent))).toContain("Moestuin Zefier");
    await map.close();
    const searchPage = await open("/nl/search/", noJs);
    expect(await searchPage.$$eval(".search-fallback a", (links) => links.length)).toBe(4 + 3);
    await searchPage.close();
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
