// One booklet at a time through the real pipeline (bookletHtml → Chromium → splice → finish), on the
// fixture with hostile data and on the embedded Brussels data. The PDFs and 80 dpi PNGs of two welcome
// packs stay in .cache/test-output/print/ to be looked at.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BookletOptions, bookletHtml } from "../../print/booklet-html.ts";
import { finishPdf } from "../../print/finish.ts";
import { renderBooklet } from "../../print/render.ts";
import { type LaunchedBrowser, launchBrowser } from "../../scripts/lib/browser.ts";
import type { Model } from "../../scripts/model/model.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { planBooklets } from "../../scripts/plan/booklets.ts";
import { ROOT, TODAY, TRI_CITY, tempDataDir } from "../helpers/data-dir.ts";
import { checkPageNumbers, flattenOutline, pagesText, qpdfJson, qrCodes } from "../helpers/pdf.ts";

const OUT = path.join(ROOT, ".cache/test-output/print");
mkdirSync(OUT, { recursive: true });
let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function render(
  model: Model,
  lang: string,
  kind: string,
  id: string,
  options: Partial<BookletOptions>,
  name: string,
) {
  const plan = planBooklets(model, lang, TODAY).find((p) => p.kind === kind && p.id === id)!;
  const doc = await bookletHtml(model, plan, { buildDate: TODAY, ...options });
  const tab = await browser.browser.newPage();
  try {
    const rendered = await renderBooklet(tab, doc);
    const { bytes } = await finishPdf(rendered.doc, {
      title: name,
      subject: name,
      author: "test",
      language: lang,
      keywords: [],
      date: TODAY,
    });
    const file = path.join(OUT, `${name}.pdf`);
    writeFileSync(file, bytes);
    return { file, renders: rendered.renders };
  } finally {
    await tab.close();
  }
}

const LONG_WORD = `Mot${"abcdefghijklmnopqrstuvwxyz".repeat(10)}Fin4567`;
const LONG_URL = `https://example.org/${"very-long-path-segment/".repeat(6)}end`;

describe("print: hostile data", () => {
  const data = tempDataDir(TRI_CITY);
  afterAll(() => data.cleanup());
  data.write(
    "initiatives/graines-emoji.yaml",
    [
      'name: "Graines 🌱 partagées"',
      `summary: { fr: "Mot : ${LONG_WORD}" }`,
      "sectors: [food, solidarity, repair]",
      "communes: [nordville]",
      `contact: { website: "${LONG_URL}" }`,
      "verified: 2026-11-01",
      "",
    ].join("\n"),
  );
  const validated = validateDataDir(data.dir, { today: TODAY });
  const model = validated.model!;

  it("accepts the hostile entry as valid data", () => expect(validated.model, JSON.stringify(validated)).toBeDefined());

  it.each([
    ["standard", {}],
    ["large print", { largePrint: true }],
    ["bilingual", { bilingual: ["fr", "nl"] as [string, string] }],
  ])(
    "keeps every character of a %s booklet on the page, emoji included, with true page numbers",
    async (label, options) => {
      const { file, renders } = await render(
        model,
        "fr",
        "commune",
        "nordville",
        options,
        `hostile-${label.replace(" ", "-")}`,
      );
      // One layout, or two when the page-number slots were sized for the wrong digit count.
      expect(renders).toBeLessThanOrEqual(2);
      // Reading order (not -layout): the two columns of a bilingual edition are read one after the other.
      const flat = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
      expect(LONG_WORD.length).toBe(270);
      expect(flat).toContain(LONG_WORD);
      // pdftotext joins a line ending in "-" with the next one, dropping the hyphen: compare without them.
      expect(flat.replace(/-/g, "")).toContain(LONG_URL.replace(/^https:\/\//, "").replace(/-/g, ""));
      expect(flat).toContain("Graines🌱partagées");
      // A nearby suggestion inside the booklet carries its page, like "see also".
      const potager = flattenOutline(qpdfJson(file).outlines).find((o) => o.title.startsWith("Potager Z"))!.page;
      expect(flat).toMatch(
        new RegExp(`Prèsd'ici,mêmethème(/Dichtbij,zelfdethema)?PotagerZéphyr(/MoestuinZefier)?p\\.${potager}[;V]`),
      );
      expect(execFileSync("pdffonts", [file], { encoding: "utf8" })).toContain("NotoEmoji");
      const { checked, wrong } = await checkPageNumbers(file);
      expect(checked.length).toBeGreaterThan(8);
      expect(wrong).toEqual([]);
    },
  );
});

describe("print: the Brussels data", () => {
  const model = validateDataDir(path.join(ROOT, "data"), { today: TODAY }).model!;
  const welcome = { welcome: { letter: undefined, events: [] } };

  it.each([
    ["fr", "commune", "ixelles", { bilingual: ["fr", "nl"] as [string, string] }, "brussels-fr-nl-ixelles"],
    ["nl", "commune", "woluwe-saint-lambert", { ...welcome, largePrint: true }, "brussels-welcome-nl-large"],
    ["fr", "region", "bruxelles-capitale", { largePrint: true }, "brussels-region-fr-large"],
    ["en", "sector", "citizenship", {}, "brussels-sector-en"],
  ])("prints true contents and index numbers: %s %s %s", async (lang, kind, id, options, name) => {
    const { file } = await render(model, lang, kind, id, options, name);
    const { checked, wrong } = await checkPageNumbers(file);
    expect(checked.length).toBeGreaterThan(8);
    expect(wrong).toEqual([]);
  });

  it("prints QR codes that still scan at 300 dpi at their smaller size", () => {
    const file = path.join(OUT, "brussels-sector-en.pdf");
    const codes = qrCodes(file, 4, 300);
    expect(codes.length).toBeGreaterThanOrEqual(3);
    for (const code of codes) expect(code).toMatch(/^https:\/\/annuaire\.netlify\.app\/i\/[a-z0-9-]+$/);
  });
});

describe("print: welcome packs look intentional", () => {
  it("draws the map of a commune with positions, and a where-to-go list where there are none", async () => {
    const fixture = validateDataDir(TRI_CITY, { today: TODAY }).model!;
    const brussels = validateDataDir(path.join(ROOT, "data"), { today: TODAY }).model!;
    const welcome = { welcome: { letter: undefined, events: [] } };
    const withMap = await render(fixture, "fr", "commune", "nordville", welcome, "welcome-nordville");
    const without = await render(brussels, "fr", "commune", "ixelles", welcome, "welcome-ixelles");
    for (const { file } of [withMap, without])
      execFileSync("pdftoppm", ["-png", "-r", "80", file, file.replace(/\.pdf$/, "")]);
    const mapPage = pagesText(withMap.file).find(
      (p) => p.includes("Carte des initiatives de Nordville") && p.includes("1."),
    )!;
    expect(mapPage).toContain("Potager Zéphyr");
    const where = pagesText(without.file)
      .reverse()
      .find((p) => p.includes("Où aller"))!;
    expect(where).toContain("Besoin d'aide");
    expect(pagesText(without.file).join("")).not.toContain("Carte des initiatives d'Ixelles");
  });
});
