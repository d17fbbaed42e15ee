// Search as readers use it, in a real Chromium over the tri-city fixture: one query per kind in each
// language — a commune named in another language, a sector word of another language, an English
// word, and a sector word with a commune — each with the titles it must return.
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type LaunchedBrowser, launchBrowser } from "../../scripts/lib/browser.ts";
import { type RunningServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { read } from "../helpers/files.ts";

const site = inject("triSite");
let server: RunningServer;
let chromium: LaunchedBrowser;

beforeAll(async () => {
  server = await serveStatic(site);
  chromium = await launchBrowser();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const QUASAR = "Repair Café Quasar & Co {{ title }} ${x}";

/** Opens the search page at `query` and reads the result titles once the status line is written. */
async function search(path: string): Promise<{ page: Page; titles: string[] }> {
  const page = await chromium.browser.newPage();
  await page.goto(`${server.url}${path}`, { waitUntil: "networkidle0" });
  await page.waitForFunction(() => /\d/.test(document.getElementById("search-status")?.textContent ?? ""), {
    timeout: 20_000,
  });
  const titles = await page.$$eval(".result__title a", (links) => links.map((a) => a.textContent ?? ""));
  return { page, titles: titles.sort() };
}

const CASES: [lang: string, kind: string, query: string, expected: string[]][] = [
  ["fr", "commune in Dutch", "Zuidstad", ["Atelier vélo Nébuleuse", "Entraide Orion", "Météore en ligne", QUASAR]],
  ["fr", "sector word in Dutch", "fiets", ["Atelier vélo Nébuleuse", QUASAR]],
  ["fr", "word in English", "repair", [QUASAR, "Troc Comète"]],
  ["fr", "sector word with a commune", "potager Estville", ["Cantine Pulsar", "Jardin Saturne"]],
  ["nl", "commune in French", "Sudville", ["Entraide Orion", "Fietsatelier Nevel", "Météore en ligne", QUASAR]],
  ["nl", "sector word in French", "vélo", ["Fietsatelier Nevel", QUASAR]],
  ["nl", "word in English", "repair", [QUASAR, "Troc Comète"]],
  ["nl", "sector word with a commune", "moestuin Oostdorp", ["Jardin Saturne", "Kantine Pulsar"]],
  ["en", "commune in Dutch", "Noordstad", ["Entraide Orion", QUASAR, "Zephyr Garden"]],
  ["en", "sector word in Dutch", "fiets", ["Nebula bike workshop", QUASAR]],
  ["en", "word in English", "garden", ["Jardin Saturne", "Météore en ligne", "Pulsar Canteen", "Zephyr Garden"]],
  ["en", "sector word with a commune", "garden Easttown", ["Jardin Saturne", "Pulsar Canteen"]],
];

describe("search finds entries by the words readers type", () => {
  it.each(CASES)("in %s, a %s: “%s”", async (lang, _kind, query, expected) => {
    const { page, titles } = await search(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    expect(titles).toEqual([...expected].sort());
    await page.close();
  });

  it.each(["fr", "nl", "en"])("finds something for every example word the %s search hint suggests", async (lang) => {
    const hint = read(site, `${lang}/search/index.html`).match(
      /<p class="hint" id="q-hint">[^:]*:\s*([^<]+)…<\/p>/,
    )![1]!;
    const words = hint.split(", ");
    expect(words.length).toBe(3);
    for (const word of words) {
      const { page, titles } = await search(`/${lang}/search/?q=${encodeURIComponent(word)}`);
      expect(titles.length, word).toBeGreaterThan(0);
      await page.close();
    }
  });

  it("narrows by commune from the home form (?commune=) and by a ticked sector", async () => {
    const { page, titles } = await search(`/fr/search/?q=${encodeURIComponent("inventé")}&commune=Sudville`);
    expect(titles).toEqual(["Atelier vélo Nébuleuse", "Entraide Orion", "Météore en ligne", QUASAR].sort());
    await page.click("#f-sector-Mobilité");
    await page.waitForFunction(() => document.querySelectorAll(".result__title a").length === 2, { timeout: 10_000 });
    expect(new URL(page.url()).searchParams.getAll("sector")).toEqual(["Mobilité"]);
    await page.close();
  });

  it("filters by language spoken, with the values named in the page's language", async () => {
    const { page, titles } = await search("/nl/search/?language=Engels");
    expect(titles).toEqual([QUASAR]);
    const labels = await page.$$eval('fieldset.filter input[name="language"] + label', (l) =>
      l.map((x) => x.firstChild?.textContent),
    );
    expect(labels).toContain("Engels");
    await page.close();
  });

  it("draws results with the site's markup: no Pagefind UI, no stylesheet of its own", async () => {
    const { page } = await search("/en/search/?q=courgettes");
    expect(await page.$$eval(".result__title a", (a) => a.map((x) => x.textContent))).toEqual(["Zephyr Garden"]);
    expect(await page.$$eval('link[rel="stylesheet"]', (l) => l.map((x) => x.getAttribute("href")))).not.toContain(
      "/pagefind/pagefind-ui.css",
    );
    expect(await page.$eval(".result__excerpt", (p) => p.querySelector("mark")?.textContent)).toMatch(/^courgettes/);
    // Fact labels are not indexed: no excerpt runs a label into its value.
    expect(await page.$eval(".result__excerpt", (p) => p.textContent)).not.toMatch(/Communes|Place|Schedule/);
    await page.close();
  });

  it("offers the commune's page, the sector pages and the contribute form when nothing matches", async () => {
    const { page, titles } = await search("/fr/search/?q=zzzxq&commune=Nordville");
    expect(titles).toEqual([]);
    expect(await page.$eval("#no-results", (n) => (n as HTMLElement).hidden)).toBe(false);
    const links = await page.$$eval("#search-help a", (a) => a.map((x) => x.getAttribute("href")));
    expect(links).toContain("/fr/communes/nordville/");
    expect(links).toContain("/fr/sectors/food/");
    expect(links).toContain("/fr/contribute/");
    await page.close();
  });
});

describe("the search index", () => {
  it("holds initiative pages only, and the build says how many", () => {
    const entry = JSON.parse(read(site, "pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count]))).toEqual({
      en: 8,
      fr: 8,
      nl: 8,
    });
  });
});
