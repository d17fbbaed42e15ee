// /admin/ in real Chromium: Sveltia CMS loads the generated config.yml (with its test backend, which
// keeps everything in the browser), opens "new initiative", and every contract field is there with a
// widget that fits its type.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { contractFields } from "../../scripts/contribute/contract-fields.ts";
import { type LaunchedBrowser, launchBrowser } from "../../scripts/lib/browser.ts";
import { type RunningServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { EXPECTED_WIDGET } from "../helpers/cms-widgets.ts";
import { netlifyCsp } from "../helpers/netlify-csp.ts";

const site = inject("triSite");
let server: RunningServer;
let chromium: LaunchedBrowser;
let page: Page;
const cspViolations: string[] = [];

const fieldTypes = () =>
  page.$$eval("section.field[data-key-path]", (sections) =>
    Object.fromEntries(sections.map((s) => [s.getAttribute("data-key-path"), s.getAttribute("data-field-type")])),
  );

beforeAll(async () => {
  server = await serveStatic(site, 0, netlifyCsp());
  chromium = await launchBrowser();
  page = await chromium.browser.newPage();
  await page.setViewport({ width: 1280, height: 8000 });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = new URL(request.url());
    // The deployed config names the GitHub backend; the test swaps in the CMS's own test backend.
    if (url.pathname === "/admin/config.yml") {
      const config = readFileSync(path.join(site, "admin/config.yml"), "utf8");
      expect(config).toMatch(/backend:\n {2}name: github\n/);
      return void request.respond({
        status: 200,
        contentType: "text/yaml",
        body: config.replace(/backend:\n(?: {2}.*\n)+/, "backend:\n  name: test-repo\n"),
      });
    }
    // No network in tests: the CMS's fonts and update check are answered "not found" at once.
    if (url.hostname !== "127.0.0.1") return void request.respond({ status: 404, body: "" });
    void request.continue();
  });
  await page.goto(`${server.url}/admin/`, { waitUntil: "networkidle0" });
  const [testRepo] = await page.$$("xpath/.//button[contains(., 'Test Repository')]");
  await testRepo!.click();
  await page.waitForSelector('button[aria-label="Create New Entry"]');
  await page.evaluate(() => {
    location.hash = "#/collections/initiatives/new";
  });
  await page.waitForSelector('section.field[data-key-path="name"]');
  // Optional groups start folded behind an "Add Contact" checkbox, and the list of news is empty: open
  // them. The editor renders only what is in view: a tall window shows every field.
  for (const folded of await page.$$('section.field button[role="checkbox"][aria-checked="false"]'))
    await folded.click();
  await page.$eval('section.field[data-key-path="updates"]', (section) => {
    const add = [...section.querySelectorAll("button")].find((b) => /\bAdd\b/.test(b.textContent ?? ""));
    add?.click();
  });
  await page.waitForSelector('section.field[data-key-path="updates.0.date"]', { timeout: 10_000 });
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe("/admin/ (Sveltia CMS with the generated config)", () => {
  it("shows every initiative field of the contract in the 'new initiative' editor, with a fitting widget", async () => {
    const types = await fieldTypes();
    const missing: string[] = [];
    for (const f of contractFields("initiative").filter((x) => x.path !== "id")) {
      const key = f.path.replace("[]", ".0");
      const type = types[key];
      if (!type) missing.push(f.path);
      else expect(EXPECTED_WIDGET[f.kind], `${f.path} is a ${type}`).toContain(type);
    }
    expect(missing).toEqual([]);
  });

  it("offers the data's communes and sectors in the selects", async () => {
    const text = await page.$eval('section.field[data-key-path="communes"]', (s) => s.textContent ?? "");
    for (const name of ["Nordville", "Sudville", "Estville"]) expect(text).toContain(name);
  });

  it("runs under the /admin/ Content-Security-Policy; only the refused update check is reported", () => {
    expect(cspViolations.filter((v) => !v.includes("unpkg.com"))).toEqual([]);
  });
});
