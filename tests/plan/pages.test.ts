import { describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/model/content.ts";
import { validateDataDir } from "../../scripts/model/validate.ts";
import { allPages, planBuild } from "../../scripts/plan/index.ts";
import { PAGE_TYPES } from "../../scripts/plan/pages.ts";
import { netlifyRedirects } from "../../scripts/site/redirects.ts";
import { OTHER_CITY, ROOT, TODAY, TRI_CITY } from "../helpers/data-dir.ts";

const model = validateDataDir(TRI_CITY, { today: TODAY }).model!;
const content = loadContent(`${ROOT}/content`, model.site.languages);
const plan = planBuild(model, { buildDate: TODAY, content });

describe("planPages", () => {
  it("lists every page type in every site language, once per item", () => {
    const langs = model.site.languages;
    expect(plan.pages.home.map((p) => p.url)).toEqual(langs.map((l) => `/${l}/`));
    expect(plan.pages.initiatives).toHaveLength(model.initiatives.length * langs.length);
    const lists = model.communes.length + model.regions.length + model.sectors.length;
    expect(plan.pages.lists).toHaveLength(lists * langs.length);
    expect(plan.pages.embeds).toHaveLength((model.communes.length + model.sectors.length) * langs.length);
    expect(plan.pages.printList.map((p) => p.url)).toEqual(langs.map((l) => `/${l}/print/`));
    expect(Object.keys(plan.pages).sort()).toEqual(Object.keys(PAGE_TYPES).sort());
  });

  it("gives each page its output file and its alternates in every language, itself included", () => {
    const page = plan.pages.initiatives.find((p) => p.lang === "nl" && p.url.endsWith("/potager-zephyr/"))!;
    expect(page.output).toBe("/nl/initiatives/potager-zephyr/index.html");
    expect(page.alternates).toEqual([
      { lang: "fr", url: "/fr/initiatives/potager-zephyr/" },
      { lang: "nl", url: "/nl/initiatives/potager-zephyr/" },
      { lang: "en", url: "/en/initiatives/potager-zephyr/" },
    ]);
  });

  it("offers a content page's alternates only in the languages it is written in", () => {
    const partial = plan.pages.content.filter((p) => (p as unknown as { slug: string }).slug === "about");
    expect(partial.map((p) => p.lang)).toEqual(["fr", "nl", "en"]);
    const frOnly = planBuild(model, {
      buildDate: TODAY,
      content: content.filter((c) => !(c.slug === "charter" && c.lang !== "fr")),
    }).pages.content.filter((p) => (p as unknown as { slug: string }).slug === "charter");
    expect(frOnly.map((p) => [p.lang, p.alternates.map((a) => a.lang)])).toEqual([["fr", ["fr"]]]);
  });

  it("keeps the welcome letter out of the site (it is printed in welcome packs only)", () => {
    expect(allPages(plan).some((p) => p.url.includes("/welcome/"))).toBe(false);
  });

  it("writes short links once, not per language, and keeps them and embeds out of the sitemap", () => {
    expect(plan.pages.short.map((p) => p.output)).toContain("/i/potager-zephyr/index.html");
    expect(plan.pages.short).toHaveLength(model.initiatives.length);
    const inSitemap = allPages(plan).filter((p) => p.sitemap);
    expect(inSitemap.some((p) => p.type === "short" || p.type === "embeds")).toBe(false);
    expect(new Set(allPages(plan).map((p) => p.output)).size).toBe(allPages(plan).length);
  });
});

describe("planPdfs", () => {
  it("lists a booklet per commune, region and sector per language, a welcome pack per commune, and the bilingual pairs of site.yaml", () => {
    const paths = plan.pdfs.map((p) => p.path);
    expect(paths).toContain("/print/fr/commune/nordville.pdf");
    expect(paths).toContain("/print/nl/welcome/nordville.pdf");
    expect(paths).toContain("/print/fr-nl/commune/nordville.pdf");
    expect(plan.pdfs.filter((p) => p.edition === "bilingual").every((p) => p.langs.join("-") === "fr-nl")).toBe(true);
    expect(plan.pdfs.every((p) => p.format === "standard")).toBe(true);
  });

  it("adds large-print and imposed copies of every edition when asked, each imposed one tied to its source", () => {
    const full = planBuild(model, { buildDate: TODAY, content, largePrint: true, imposition: "booklet" }).pdfs;
    const standard = full.filter((p) => p.format === "standard");
    expect(full.filter((p) => p.format === "large-print")).toHaveLength(standard.length);
    const imposed = full.filter((p) => p.format === "imposed");
    expect(imposed).toHaveLength(standard.length);
    for (const p of imposed) expect(standard.map((s) => s.path)).toContain(p.imposedFrom);
    expect(full.map((p) => p.path)).toContain("/print/fr/welcome/nordville-large-print.pdf");
    expect(full.map((p) => p.path)).toContain("/print/fr-nl/commune/nordville-imposed-a4.pdf");
  });

  it("prints only the kinds site.yaml asks for", () => {
    const some = {
      ...model,
      site: { ...model.site, print: { ...model.site.print, kinds: ["commune" as const, "bilingual" as const] } },
    };
    const pdfs = planBuild(some, { buildDate: TODAY, content }).pdfs;
    expect(new Set(pdfs.map((p) => `${p.kind}/${p.edition}`))).toEqual(
      new Set(["commune/standard", "commune/bilingual"]),
    );
  });

  it("makes no bilingual edition for a city whose site.yaml names none", () => {
    const other = validateDataDir(OTHER_CITY, { today: TODAY }).model!;
    const pdfs = planBuild(other, { buildDate: TODAY, content: [] }).pdfs;
    expect(pdfs.length).toBeGreaterThan(0);
    expect(pdfs.some((p) => p.edition === "bilingual")).toBe(false);
  });
});

describe("netlifyRedirects", () => {
  it("sends / and /i/{id} to the reader's language, for the languages of site.yaml only", () => {
    const other = validateDataDir(OTHER_CITY, { today: TODAY }).model!;
    const lines = netlifyRedirects(other)
      .split("\n")
      .filter((l) => l && !l.startsWith("#"));
    const langs = other.site.languages;
    expect(lines).toEqual([
      ...langs.map((l) => `/  /${l}/  302!  Language=${l}`),
      ...langs.map((l) => `/i/:id  /${l}/initiatives/:id/  302!  Language=${l}`),
    ]);
  });
});
