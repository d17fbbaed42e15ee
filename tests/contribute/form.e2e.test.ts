// The contribute form in real Chromium, under netlify.toml's CSP, posting to a recorder on 127.0.0.1.
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type LaunchedBrowser, launchBrowser } from "../../scripts/lib/browser.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { TODAY, TRI_CITY, tempDataDir } from "../helpers/data-dir.ts";
import { formRecorder, type Recorder } from "../helpers/form-recorder.ts";

const site = inject("triSite");
let recorder: Recorder;
let chromium: LaunchedBrowser;
let noJs: LaunchedBrowser;
const cspViolations: string[] = [];

beforeAll(async () => {
  recorder = await formRecorder(site);
  chromium = await launchBrowser();
  noJs = await launchBrowser({ javascript: false });
});
afterAll(async () => {
  await chromium?.close();
  await noJs?.close();
  await recorder?.close();
});

async function open(browser: LaunchedBrowser, url: string): Promise<Page> {
  const page = await browser.browser.newPage();
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.goto(`${recorder.url}${url}`, { waitUntil: "networkidle0" });
  return page;
}

const errorOf = (page: Page, field: string) =>
  page.$eval(`[data-field="${field}"] .error`, (e) => ((e as HTMLElement).hidden ? "" : (e.textContent ?? "")));
const next = (page: Page) => page.click(".step-next");
const check = (page: Page, name: string, value: string) => page.click(`input[name="${name}"][value="${value}"]`);

const WORDS = {
  fr: { missing: "Le champ Résumé manque", link: "n'est pas un lien web", name: "Atelier Couture Orion" },
  nl: { missing: "Het veld Samenvatting ontbreekt", link: "is geen weblink", name: "Naaiatelier Orion" },
} as const;

/** Fills the form step by step as a person would, meeting two errors on the way. */
async function fillWithJs(lang: "fr" | "nl") {
  const page = await open(chromium, `/${lang}/contribute/`);
  const words = WORDS[lang];
  await page.type("#f-name", words.name);
  await next(page);
  expect(await errorOf(page, "summary")).toContain(words.missing);
  await page.type(
    "#f-summary",
    lang === "fr" ? "On coud et on répare nos vêtements ensemble." : "We naaien en herstellen samen kleren.",
  );
  await check(page, "sectors", "repair");
  await next(page);
  expect(await errorOf(page, "summary")).toBe("");
  await check(page, "communes", "nordville");
  await check(page, "place-kind", "private");
  expect(await page.$eval('[data-field="place.address"]', (e) => (e as HTMLElement).hidden)).toBe(true);
  await next(page);
  await page.type("#f-contact-website", "pas un lien");
  await next(page);
  expect(await errorOf(page, "contact.website")).toContain(words.link);
  await page.$eval("#f-contact-website", (e) => {
    (e as HTMLInputElement).value = "";
  });
  await page.type("#f-contact-website", "https://couture-orion.example.org/");
  await next(page);
  expect(await errorOf(page, "contact.website")).toBe("");
  await next(page);
  await page.type("#f-sender-contact", "anne@example.org");
  await page.click('button[type="submit"]');
  await page.waitForSelector(".contribute-sent:not([hidden])");
  const yaml = await page.$eval(".yaml-preview code", (e) => e.textContent ?? "");
  const file = await page.$eval(".yaml-download", (e) => (e as HTMLAnchorElement).download);
  await page.close();
  return { yaml, file };
}

describe("the contribute form with JavaScript", () => {
  for (const lang of ["fr", "nl"] as const) {
    it(`in ${lang}: shows the validator's errors next to the fields, then a YAML file that validates`, async () => {
      const before = recorder.posts.length;
      const { yaml, file } = await fillWithJs(lang);
      expect(file).toBe(lang === "fr" ? "atelier-couture-orion.yaml" : "naaiatelier-orion.yaml");
      expect(yaml).toContain("place:\n  public: false\n");
      expect(yaml).not.toContain("anne@example.org");
      const data = tempDataDir(TRI_CITY);
      try {
        data.write(path.join("initiatives", file), yaml);
        const result = validateDataDir(data.dir, { today: TODAY });
        expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
        expect(result.model!.initiatives.find((i) => `${i.id}.yaml` === file)?.contact?.website).toBe(
          "https://couture-orion.example.org/",
        );
      } finally {
        data.cleanup();
      }
      const post = recorder.posts[before]!;
      expect(post.path).toBe(`/${lang}/contribute/thanks/`);
      expect(post.fields).toContainEqual(["form-name", "contribute"]);
      expect(post.fields).toContainEqual(["sender-contact", "anne@example.org"]);
    });
  }

  it("prefills a correction from the open data with ?id=", async () => {
    const page = await open(chromium, "/fr/contribute/?id=cantine-pulsar");
    await page.waitForFunction(() => (document.querySelector("#f-name") as HTMLInputElement).value !== "");
    expect(await page.$eval("#f-name", (e) => (e as HTMLInputElement).value)).toBe("Cantine Pulsar");
    expect(await page.$eval("#f-correction-of", (e) => (e as HTMLSelectElement).value)).toBe("cantine-pulsar");
    expect(await page.$eval('input[name="communes"][value="estville"]', (e) => (e as HTMLInputElement).checked)).toBe(
      true,
    );
    await page.close();
  });

  it("warns while typing that an entry looks like an existing one, naming it", async () => {
    const page = await open(chromium, "/fr/contribute/");
    await page.type("#f-name", "Cantine  PULSAR");
    await page.waitForSelector(".duplicates:not([hidden])");
    expect(await page.$eval(".duplicates", (e) => e.textContent)).toContain("Cantine Pulsar");
    await page.close();
  });
});

describe("the address lookup", () => {
  it("asks Nominatim only on request, shows a draggable marker, and can go back to commune level", async () => {
    const page = await chromium.browser.newPage();
    const asked: string[] = [];
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.hostname === "nominatim.openstreetmap.org") {
        // Tests never call Nominatim: the answer is made up here.
        asked.push(url.searchParams.get("q") ?? "");
        return void request.respond({
          status: 200,
          contentType: "application/json",
          headers: { "access-control-allow-origin": "*" },
          body: JSON.stringify([{ lat: "50.15012", lon: "4.14987", display_name: "Rue Neuve 5, Nordville" }]),
        });
      }
      if (url.hostname !== "127.0.0.1") return void request.respond({ status: 404, body: "" });
      void request.continue();
    });
    await page.goto(`${recorder.url}/fr/contribute/`, { waitUntil: "networkidle0" });
    const value = (id: string) => page.$eval(id, (e) => (e as HTMLInputElement).value);
    await page.type("#f-name", "Atelier Nordville");
    await page.type("#f-summary", "On répare.");
    await check(page, "sectors", "repair");
    await next(page);
    await check(page, "communes", "nordville");
    await check(page, "place-kind", "public");
    await page.type("#f-place-address", "Rue Neuve 5");
    expect(asked).toEqual([]);
    await page.click(".locator__find");
    await page.waitForSelector(".locator__map .leaflet-marker-icon");
    expect(asked).toEqual(["Rue Neuve 5, Nordville"]);
    expect([await value("#f-place-lat"), await value("#f-place-lon")]).toEqual(["50.15012", "4.14987"]);
    const marker = (await page.$(".locator__map .leaflet-marker-icon"))!;
    await page.$eval(".locator__map", (e) => e.scrollIntoView({ block: "center" }));
    await new Promise((r) => setTimeout(r, 300));
    const box = (await marker.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height - 2 + 30, { steps: 5 });
    await page.mouse.up();
    await new Promise((r) => setTimeout(r, 200));
    expect(await value("#f-place-lat")).not.toBe("50.15012");
    await page.click(".locator__clear");
    expect([await value("#f-place-lat"), await value("#f-place-lon")]).toEqual(["", ""]);
    expect(await page.$eval(".locator", (e) => e.textContent)).toContain("Nominatim");
    await page.close();
  });
});

describe("the contribute form without JavaScript", () => {
  it("posts the same fields to the same place", async () => {
    const page = await open(noJs, "/fr/contribute/");
    expect(await page.$eval(".step-nav", (e) => (e as HTMLElement).hidden)).toBe(true);
    await page.type("#f-name", WORDS.fr.name);
    await page.type("#f-summary", "On coud et on répare nos vêtements ensemble.");
    await check(page, "sectors", "repair");
    await check(page, "communes", "nordville");
    await check(page, "place-kind", "private");
    await page.type("#f-contact-website", "https://couture-orion.example.org/");
    await page.type("#f-sender-contact", "anne@example.org");
    const before = recorder.posts.length;
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
    expect(new URL(page.url()).pathname).toBe("/fr/contribute/thanks/");
    const post = recorder.posts[before]!;
    expect(post.contentType).toBe("application/x-www-form-urlencoded");
    const withJs = recorder.posts.find((p) => p.path === "/fr/contribute/thanks/" && p !== post)!;
    const names = (p: typeof post) => [...new Set(p.fields.map(([k]) => k))].sort();
    expect(names(post)).toEqual(names(withJs));
    const value = (p: typeof post, k: string) => p.fields.filter(([n]) => n === k).map(([, v]) => v);
    for (const k of ["name", "summary", "sectors", "communes", "place-kind", "contact.website", "lang"])
      expect(value(post, k), k).toEqual(value(withJs, k));
    await page.close();
  });

  it("ran under netlify.toml's Content-Security-Policy without a violation", () => {
    expect(cspViolations).toEqual([]);
  });
});
