// Privacy by allow-list. Fields the contract does not list as public — injected into the typed model
// the way a new contract field or a bug would bring them — reach no output file: no page, no search
// index, no JSON-LD, no JSON, CSV, GeoJSON or GoGoCarto feed. A private place injected with an address
// loses it everywhere. E-mail addresses are not in clear in any HTML page yet still work in a browser,
// and contact blocks stay out of the search index.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../scripts/lib/browser.ts";
import { serveStatic } from "../../scripts/lib/static-server.ts";
import { LANGS, message } from "../../scripts/model/messages.ts";
import { ROOT, TODAY, TRI_CITY, tempDir } from "../helpers/data-dir.ts";
import { listFiles, readableText } from "../helpers/files.ts";

const site = inject("triSite");
let dir: string;
let out: string;

// Not listed in PUBLIC_FIELDS: must appear nowhere.
const PRIVATE: Record<string, string | number> = {
  "initiatives.potager-zephyr.secretNote": "CANARY-TOP-LEVEL",
  "initiatives.potager-zephyr.place.doorCode": "CANARY-PLACE",
  "initiatives.potager-zephyr.contact.privatePhone": "CANARY-CONTACT",
  "initiatives.potager-zephyr.updates.0.author": "CANARY-UPDATE",
  "initiatives.repair-cafe-quasar.internalRating": "CANARY-SECOND",
  // A bug that leaves an address on a private place.
  "initiatives.velo-nebuleuse.place.address": "CANARY-PRIVATE-ADDRESS",
  "initiatives.velo-nebuleuse.place.lat": 50.0512345,
  "initiatives.velo-nebuleuse.place.lon": 4.1512345,
  "events.atelier-zephyr.organiserHome": "CANARY-EVENT",
};
// Listed fields: the control, proving the scan sees what is published.
const LISTED: Record<string, string> = {
  "initiatives.potager-zephyr.summary.fr": "LISTED-SUMMARY-FR",
  "initiatives.potager-zephyr.place.address": "LISTED-ADDRESS",
};
// Published, but not searched: the search document leaves out street addresses.
const NOT_SEARCHED = new Set(["initiatives.potager-zephyr.place.address"]);

let texts: { file: string; text: string }[];

beforeAll(() => {
  dir = tempDir("annuaire-privacy-");
  out = path.join(dir, "site");
  const injections = path.join(dir, "injections.json");
  writeFileSync(injections, JSON.stringify({ ...PRIVATE, ...LISTED }));
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "tests/helpers/render-injected.ts"), TRI_CITY, out, TODAY, injections],
    { cwd: ROOT, encoding: "utf8", timeout: 240_000 },
  );
  if (result.status !== 0) throw new Error(`render failed:\n${result.stdout}\n${result.stderr}`);
  texts = listFiles(out)
    .filter((f) => !/\.(woff2|png|wasm)$/.test(f))
    .map((file) => ({ file: path.relative(out, file), text: readableText(file) }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const filesWith = (needle: string | RegExp) =>
  texts
    .filter(({ text }) => (typeof needle === "string" ? text.includes(needle) : needle.test(text)))
    .map((t) => t.file);

describe("privacy by allow-list", () => {
  it("scans every kind of output: pages, search index, JSON-LD and each open-data file", () => {
    for (const f of ["data/initiatives.json", "data/initiatives.csv", "data/initiatives.geojson", "data/elements.json"])
      expect(texts.map((t) => t.file)).toContain(f);
    expect(texts.some((t) => t.file.startsWith("pagefind/"))).toBe(true);
  });

  it.each(Object.entries(LISTED))("publishes the listed field %s (the scan can see it)", (where, value) => {
    const found = filesWith(value);
    expect(found).toContain("data/initiatives.json");
    expect(found).toContain("data/initiatives.csv");
    expect(found).toContain("fr/initiatives/potager-zephyr/index.html");
    expect(found.some((f) => f.startsWith("pagefind/"))).toBe(!NOT_SEARCHED.has(where));
  });

  it.each(Object.entries(PRIVATE).filter(([, v]) => typeof v === "string"))(
    "publishes the unlisted field %s nowhere",
    (_where, value) => {
      expect(filesWith(value as string)).toEqual([]);
    },
  );

  it("drops the coordinates injected into a private place from every file", () => {
    expect(filesWith("50.0512345")).toEqual([]);
    expect(filesWith("4.1512345")).toEqual([]);
    const json = JSON.parse(readFileSync(path.join(out, "data/initiatives.json"), "utf8"));
    expect(json.initiatives.find((i: { id: string }) => i.id === "velo-nebuleuse").place).toEqual({ public: false });
  });
});

describe("e-mail addresses and contact blocks", () => {
  const htmlFiles = () => listFiles(site).filter((f) => f.endsWith(".html"));
  const ADDRESS = /[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+/gu;
  // The form carries the validator's messages, whose "it looks like name@example.be" is a format example.
  const EXAMPLES = new Set(
    LANGS.flatMap((l) => message("bad-email", { field: "", value: "" }, l).match(ADDRESS) ?? []),
  );

  it("writes no e-mail address in clear in any HTML page (the fixture has three)", () => {
    const pages = htmlFiles();
    expect(pages.length).toBeGreaterThan(50);
    expect(EXAMPLES.size).toBe(3);
    const clear = pages.filter((f) => {
      const text = readFileSync(f, "utf8");
      return (text.match(ADDRESS) ?? []).some((a) => !EXAMPLES.has(a)) || /mailto:/i.test(text);
    });
    expect(clear.map((f) => path.relative(site, f))).toEqual([]);
    // The addresses are published in open data, where they belong.
    expect(readFileSync(path.join(site, "data/initiatives.csv"), "utf8")).toContain("zephyr@example.org");
  });

  it("keeps contact blocks out of the search index", () => {
    const page = readFileSync(path.join(site, "fr/initiatives/potager-zephyr/index.html"), "utf8");
    expect(page).toMatch(/<section class="contact" data-pagefind-ignore/);
    const index = listFiles(path.join(site, "pagefind"))
      .map((f) => readableText(f))
      .join("\n");
    expect(index).toContain("courgettes");
    expect(index).not.toContain("111 11 11");
    expect(index).not.toContain("zephyr [at] example.org");
  });

  it("turns the hidden addresses into working mailto: links in a browser", async () => {
    const server = await serveStatic(site);
    const chromium = await launchBrowser();
    try {
      const page = await chromium.browser.newPage();
      await page.goto(`${server.url}/en/initiatives/potager-zephyr/`, { waitUntil: "networkidle0" });
      const links = await page.$$eval("a[href^='mailto:']", (as) =>
        as.map((a) => ({ href: a.getAttribute("href"), text: a.textContent })),
      );
      expect(links).toEqual(
        expect.arrayContaining([{ href: "mailto:zephyr@example.org", text: "zephyr@example.org" }]),
      );
      await page.close();
    } finally {
      await chromium.close();
      await server.close();
    }
  });
});
