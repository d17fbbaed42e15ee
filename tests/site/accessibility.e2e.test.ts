import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type LaunchedBrowser, launchBrowser } from "../../scripts/lib/browser.ts";
import { type RunningServer, serveStatic } from "../../scripts/lib/static-server.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
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

async function audit(path: string): Promise<string[]> {
  const page = await chromium.browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await page.goto(`${server.url}${path}`, { waitUntil: "networkidle0" });
  if (path.includes("search")) await page.waitForSelector(".pagefind-ui__result-link", { timeout: 20_000 });
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

describe("accessibility: axe-core finds no WCAG 2.2 AA violation", () => {
  for (const lang of ["fr", "nl", "en"]) {
    it(`on every page type in ${lang}`, async () => {
      const found: string[] = [];
      for (const type of PAGE_TYPES)
        for (const v of await audit(`/${lang}/${type}`)) found.push(`/${lang}/${type}: ${v}`);
      expect(found).toEqual([]);
    });
  }

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
