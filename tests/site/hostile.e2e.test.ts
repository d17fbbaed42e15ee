// The hostile-input corpus (tests/fixtures/hostile/payloads.ts) in every text and URL field of the
// contract, built into a site and booklets, visited in a real Chromium under netlify.toml's CSP.
// Proven: what the contract must refuse is refused (and `annuaire validate` says where); on every page
// no script runs (no dialog, no PWN flag, no request leaving 127.0.0.1), no CSP violation, no event
// attribute or script URL in the DOM; texts and template syntax print literally; CSV cells are
// neutralised and real numbers are not; PDFs carry the texts as plain text.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xml2js } from "xml-js";
import { parseCsv } from "../../scripts/contribute/submission.ts";
import { type LaunchedBrowser, launchBrowser } from "../../scripts/lib/browser.ts";
import { type RunningServer, serveStatic } from "../../scripts/lib/static-server.ts";
import { type HostileManifest, makeHostileFixture } from "../fixtures/hostile/make-fixture.ts";
import { REFUSED_EMAILS, REFUSED_URLS, TEXT_PAYLOADS } from "../fixtures/hostile/payloads.ts";
import { annuaire } from "../helpers/cli.ts";
import { TODAY, tempDir } from "../helpers/data-dir.ts";
import { listFiles } from "../helpers/files.ts";
import { netlifyCsp } from "../helpers/netlify-csp.ts";

let dir: string;
let out: string;
let manifest: HostileManifest;
let server: RunningServer;
let chromium: LaunchedBrowser;

beforeAll(async () => {
  dir = tempDir("annuaire-hostile-");
  out = path.join(dir, "site");
  // The server comes first so the map's tiles can point at it (tiles make Leaflet draw the attribution).
  server = await serveStatic(out, 0, netlifyCsp());
  manifest = makeHostileFixture(path.join(dir, "data"), { tiles: `${server.url}/tiles/{z}/{x}/{y}.png` });
  const result = annuaire(["build", "--data", manifest.built, "--out", out, "--today", TODAY]);
  if (result.status !== 0) throw new Error(`hostile build failed:\n${result.stdout}\n${result.stderr}`);
  chromium = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Accepted initiatives: those whose name survived validation (so the page title is the payload). */
const namedByPayload = () =>
  manifest.initiatives.filter((i) =>
    manifest.accepted.some(
      (a) => a.file === `initiatives/${i.id}.yaml` && a.field === "name" && a.value.trim() === i.payload,
    ),
  );

interface Visit {
  dialogs: string[];
  flags: string[];
  external: string[];
  csp: string[];
  dom: string[];
}

/** Everything a page did that an inert page does not. */
async function visit(browser: Browser, pathname: string, act?: (page: Page) => Promise<void>): Promise<Visit> {
  const page = await browser.newPage();
  const seen: Visit = { dialogs: [], flags: [], external: [], csp: [], dom: [] };
  page.on("dialog", (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["data:", "blob:", "about:"].includes(url.protocol) && url.hostname !== "127.0.0.1")
      seen.external.push(r.url());
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.csp.push(m.text());
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${server.url}${pathname}`, { waitUntil: "networkidle0" });
  if (act) await act(page);
  // Hover and focus everything once: an injected onmouseover/onfocus would fire now.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll("body *")) {
      el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
      (el as HTMLElement).focus?.();
    }
  });
  await new Promise((r) => setTimeout(r, 150));
  const inPage = await page.evaluate(() => {
    const dom: string[] = [];
    for (const el of document.querySelectorAll("*")) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) dom.push(`${el.tagName} has ${a.name}`);
        if (
          /^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(a.name) &&
          /^\s*(javascript|vbscript|data):/i.test(a.value) &&
          !(el.tagName === "IMG" && /^data:image\/(png|svg\+xml);/.test(a.value)) &&
          // Pagefind's own search form says action="javascript:void(0);": that one is ours, not data.
          !(el.matches("form.pagefind-ui__form") && a.value === "javascript:void(0);")
        )
          dom.push(`${el.tagName} ${a.name}=${a.value}`);
      }
    }
    for (const sel of [
      "iframe",
      "object",
      "embed",
      "base",
      "frame",
      "meta[http-equiv]",
      "img[src='x']",
      "script:not([src]):not([type='application/ld+json']):not([type='application/json'])",
    ])
      for (const el of document.querySelectorAll(sel)) dom.push(`element ${sel}: ${el.outerHTML.slice(0, 80)}`);
    for (const el of document.querySelectorAll("style"))
      if (/evil/.test(el.textContent ?? "")) dom.push("injected <style>");
    const flags = Object.keys(window).filter((k) => k.startsWith("PWN"));
    return { dom, flags, csp: (window as unknown as { __csp?: string[] }).__csp ?? [] };
  });
  seen.dom.push(...inPage.dom);
  seen.flags.push(...inPage.flags);
  seen.csp.push(...inPage.csp);
  await page.close();
  return seen;
}

const INERT: Visit = { dialogs: [], flags: [], external: [], csp: [], dom: [] };

describe("hostile input: the contract refuses what must not be published", () => {
  it("refuses every javascript:, data:, vbscript:, file: and credential link, every mailto header, and whole tags in texts", () => {
    const refusedValues = (code: string) => manifest.refused.filter((r) => r.code === code).map((r) => r.value);
    for (const url of REFUSED_URLS) expect(refusedValues("bad-url"), url).toContain(url);
    for (const email of REFUSED_EMAILS) expect(refusedValues("bad-email"), email).toContain(email);
    expect(refusedValues("bad-url")).toContain("javascript:alert('corrections')");
    const whole = TEXT_PAYLOADS.filter((p) => /<\/?[a-z!][^>]*>/i.test(p.text)).map((p) => p.text);
    expect(whole.length).toBeGreaterThan(5);
    for (const text of whole) expect(refusedValues("raw-html"), text).toContain(text);
    // Whatever was refused is not in the buildable folder.
    for (const r of manifest.refused.filter((x) => x.code === "bad-url" || x.code === "bad-email"))
      expect(manifest.accepted.map((a) => a.value)).not.toContain(r.value);
  });

  it("names the file, line and column of each refusal when `annuaire validate` reads the raw folder", () => {
    const result = annuaire(["validate", manifest.raw, "--format", "json", "--today", TODAY]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      findings: { file: string; line: number; col: number; code: string; severity: string }[];
    };
    const count = (file: string, code: string) =>
      report.findings.filter((f) => f.severity === "error" && f.file.endsWith(file) && f.code === code).length;
    const expected = new Map<string, number>();
    for (const r of manifest.refused)
      expected.set(`${r.file}|${r.code}`, (expected.get(`${r.file}|${r.code}`) ?? 0) + 1);
    for (const [key, n] of expected) {
      const [file, code] = key.split("|") as [string, string];
      expect(count(file, code), key).toBe(n);
    }
    for (const f of report.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.col).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("hostile input: every page is inert in Chromium under the CSP", () => {
  const pagesIn = (lang: string) =>
    listFiles(out)
      .filter((f) => f.endsWith("index.html") && path.relative(out, f).startsWith(`${lang}/`))
      .map((f) => `/${path.relative(out, path.dirname(f))}/`);

  it("visits every page in French, the home pages, the chooser, 404 and a short link", async () => {
    const pages = [...pagesIn("fr"), "/", "/nl/", "/en/", "/no-such-page/", "/i/hostile-12"];
    // Each page type of the site is there (agenda or contribute pages too, when the site has them).
    for (const p of [
      "/fr/",
      "/fr/map/",
      "/fr/search/",
      "/fr/about/",
      "/fr/communes/nordville/",
      "/fr/regions/fictiregion/",
      "/fr/sectors/food/",
      "/fr/embed/communes/nordville/",
      "/fr/embed/sectors/food/",
      "/fr/initiatives/hostile-12/",
    ])
      expect(pages).toContain(p);
    const problems: string[] = [];
    // The map page has its own test below, with every popup opened and the attribution checked.
    for (const p of pages.filter((x) => x !== "/fr/map/")) {
      const seen = await visit(chromium.browser, p);
      if (JSON.stringify(seen) !== JSON.stringify(INERT)) problems.push(`${p}: ${JSON.stringify(seen)}`);
    }
    expect(problems).toEqual([]);
  }, 900_000);

  it("keeps initiative pages inert in Dutch and English too", async () => {
    const problems: string[] = [];
    for (const lang of ["nl", "en"])
      for (const { id } of manifest.initiatives.slice(0, 12)) {
        const seen = await visit(chromium.browser, `/${lang}/initiatives/${id}/`);
        if (JSON.stringify(seen) !== JSON.stringify(INERT)) problems.push(`${lang} ${id}: ${JSON.stringify(seen)}`);
      }
    expect(problems).toEqual([]);
  }, 600_000);

  it("opens every map popup and the map attribution without anything running", async () => {
    let opened = 0;
    const seen = await visit(chromium.browser, "/fr/map/", async (page) => {
      await page.waitForSelector(".leaflet-marker-icon");
      for (let round = 0; round < 6; round++) {
        const markers = await page.$$(".leaflet-marker-icon:not(.map-marker--group)");
        for (const marker of markers) {
          await marker.click().catch(() => {});
          if (await page.$(".leaflet-popup-content a")) opened++;
        }
        const group = await page.$(".leaflet-marker-icon.map-marker--group");
        if (!group) break;
        await group.click().catch(() => {});
        await new Promise((r) => setTimeout(r, 400));
      }
    });
    expect(seen).toEqual(INERT);
    expect(opened).toBeGreaterThan(3);
    const page = await chromium.browser.newPage();
    await page.goto(`${server.url}/fr/map/`, { waitUntil: "networkidle0" });
    // The attribution is shown (tiles need it), as text: its payload reads literally, nothing of it is markup.
    const attribution = await page.evaluate(
      () => document.querySelector("#map-attribution, .leaflet-control-attribution")?.textContent ?? null,
    );
    expect(attribution).toContain("{{ 7*7 }}");
    expect(await page.$$("img[src='x'], [onerror], a[href^='javascript'], .leaflet-control-attribution img")).toEqual(
      [],
    );
    await page.close();
  }, 300_000);

  it("shows search results for hostile names as text", async () => {
    const seen = await visit(chromium.browser, "/fr/search/?q=alert", async (page) => {
      await page.waitForSelector(".result__title a", { timeout: 30_000 });
      await new Promise((r) => setTimeout(r, 1500));
      const titles = await page.$$eval(".result__title a", (links) => links.map((a) => a.textContent ?? ""));
      expect(titles.length).toBeGreaterThan(3);
    });
    expect(seen).toEqual(INERT);
  }, 120_000);
});

describe("hostile input: texts print literally", () => {
  it("gives every accepted payload back, character for character, as the page title and summary", async () => {
    const named = namedByPayload();
    expect(named.length).toBeGreaterThan(15);
    const page = await chromium.browser.newPage();
    const wrong: string[] = [];
    for (const { id, payload } of named) {
      await page.goto(`${server.url}/fr/initiatives/${id}/`, { waitUntil: "load" });
      const got = await page.evaluate(() => ({
        h1: document.querySelector("h1")?.textContent ?? "",
        lead: document.querySelector(".lead")?.textContent ?? "",
        ld: JSON.parse(document.querySelector("script[type='application/ld+json']")?.textContent ?? "{}").name,
        title: document.title,
      }));
      if (got.h1 !== payload) wrong.push(`${id} h1: ${got.h1}`);
      if (got.lead !== payload) wrong.push(`${id} summary: ${got.lead}`);
      if (got.ld !== payload) wrong.push(`${id} JSON-LD: ${got.ld}`);
      // document.title collapses ASCII white space.
      const collapse = (x: string) => x.replace(/[\t\n\f\r ]+/g, " ").trim();
      if (!got.title.startsWith(collapse(payload))) wrong.push(`${id} title: ${got.title}`);
    }
    await page.close();
    expect(wrong).toEqual([]);
  }, 300_000);

  it("prints template syntax as written, never evaluated", () => {
    const template = manifest.initiatives.find((i) => i.payload.startsWith("{{ 7*7 }}"))!;
    const html = readFileSync(path.join(out, `fr/initiatives/${template.id}/index.html`), "utf8");
    expect(html).toContain("{{ 7*7 }} {{constructor.constructor(");
    const js = manifest.initiatives.find((i) => i.payload.startsWith("${7*7}"))!;
    expect(readFileSync(path.join(out, `fr/initiatives/${js.id}/index.html`), "utf8")).toContain("${7*7} ${alert(");
    expect(readFileSync(path.join(out, "fr/about/index.html"), "utf8")).toContain("{% raw %}{% endraw %}");
  });
});

describe("hostile input: open data", () => {
  it("neutralises formulas in CSV cells and leaves numbers and phone numbers alone", () => {
    const [header, ...rows] = parseCsv(
      readFileSync(path.join(out, "data/initiatives.csv"), "utf8").replace(/^\uFEFF/, ""),
    );
    const col = (name: string) => header!.indexOf(name);
    const byId = new Map(rows.map((r) => [r[0]!, r]));
    const formula = /^\s*[=+\-@\t\r]/;
    let neutralised = 0;
    for (const { id, payload } of namedByPayload()) {
      const cell = byId.get(id)![col("name_fr")]!;
      if (formula.test(payload)) {
        expect(cell, id).toBe(`'${payload}`);
        neutralised++;
      } else expect(cell, id).toBe(payload);
    }
    expect(neutralised).toBeGreaterThanOrEqual(4);
    const negative = byId.get(manifest.negative.id)!;
    expect(negative[col("lon")]).toBe(String(manifest.negative.lon));
    expect(negative[col("summary_fr")]).toBe("-0.5123");
    expect(negative[col("phone")]).toBe("+32 2 123 45 67");
  });

  it("keeps JSON, GeoJSON and the GoGoCarto feed valid, with the payloads as plain strings", () => {
    const json = JSON.parse(readFileSync(path.join(out, "data/initiatives.json"), "utf8"));
    const geo = JSON.parse(readFileSync(path.join(out, "data/initiatives.geojson"), "utf8"));
    const feed = JSON.parse(readFileSync(path.join(out, "data/elements.json"), "utf8"));
    for (const { id, payload } of namedByPayload()) {
      expect(json.initiatives.find((i: { id: string }) => i.id === id).name.fr).toBe(payload);
      expect(geo.features.find((f: { id: string }) => f.id === id).properties.name.fr).toBe(payload);
      expect(feed.data.find((e: { id: string }) => e.id === id).name).toBe(payload);
    }
  });
});

describe("hostile input: calendar and news feeds", () => {
  it("keeps every event title one SUMMARY in the iCalendar feed, as written (no line or property injected)", () => {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(out, "data/events.ics"), "utf8")));
    const summaries = calendar.getAllSubcomponents("vevent").map((v) => String(v.getFirstPropertyValue("summary")));
    const titled = manifest.events.filter((e) =>
      manifest.accepted.some(
        (a) => a.file === `events/${e.id}.yaml` && a.field === "title.fr" && a.value.trim() === e.payload,
      ),
    );
    expect(titled.length).toBeGreaterThan(15);
    for (const { payload } of titled) expect(summaries, payload).toContain(payload);
    // A payload's line break started no property: payload text is only in the text properties.
    const leaked = calendar
      .getAllSubcomponents("vevent")
      .flatMap((v) => v.getAllProperties())
      .filter((p) => !["summary", "description", "location"].includes(p.name))
      .filter((p) => /alert\(|javascript:|onerror|\{\{/.test(String(p.getFirstValue())))
      .map((p) => `${p.name}: ${String(p.getFirstValue())}`);
    expect(leaked).toEqual([]);
  });

  it("keeps the Atom news feed well-formed XML with the site title as text", () => {
    const xml = readFileSync(path.join(out, "fr/feed.xml"), "utf8");
    const doc = xml2js(xml) as { elements: { name: string; elements?: unknown[] }[] };
    const text = JSON.stringify(doc);
    // The site title (a payload) is the feed's title, as text.
    expect(text).toContain(JSON.stringify(`Fictiville {{ 7*7 }} \${7*7} " onmouseover="alert('title')`).slice(1, -1));
    // Only Atom's own elements: no markup from a payload became an element.
    const names = new Set<string>();
    const walk = (nodes: unknown[] | undefined) => {
      for (const node of (nodes ?? []) as { type: string; name?: string; elements?: unknown[] }[]) {
        if (node.type === "element") names.add(node.name!);
        walk(node.elements);
      }
    };
    walk(doc.elements);
    for (const name of names)
      expect(name).toMatch(
        /^(feed|title|subtitle|link|updated|published|id|author|name|uri|email|entry|content|summary|generator|rights|category|icon|logo)$/,
      );
  });
});

describe("hostile input: PDFs", () => {
  it("carry the payloads as plain text and no script or launch action", () => {
    const booklet = path.join(out, "print/fr/commune/nordville.pdf");
    // Reading order (no -layout), so two columns do not interleave.
    const text = execFileSync("pdftotext", [booklet, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const fragment of [
      "{{ 7*7 }}",
      "${7*7}",
      "onerror=alert('unclosed')//",
      "&lt;script&gt;",
      "[click me](javascript:alert('md'))",
      "=cmd|' /C calc'!A0",
    ])
      expect(text, fragment).toContain(fragment);
    for (const pdf of listFiles(path.join(out, "print")).filter((f) => f.endsWith(".pdf"))) {
      // Every object uncompressed and in the open (qpdf), then stream contents set aside: what is left
      // is the PDF's dictionaries, where actions and link targets live.
      const plain = path.join(dir, "plain.pdf");
      execFileSync("qpdf", ["--qdf", "--object-streams=disable", pdf, plain]);
      const dictionaries = readFileSync(plain)
        .toString("latin1")
        .replace(/stream\r?\n[\s\S]*?endstream/g, "");
      expect(dictionaries, pdf).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData|OpenAction)\b/);
      expect(dictionaries, pdf).not.toMatch(/\/URI\s*\(\s*(javascript|data|vbscript|file):/i);
    }
  });
});
