import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { listFiles, read } from "../helpers/files.ts";

const site = inject("triSite");
const LANGS = ["fr", "nl", "en"];
const html = (relative: string) => read(site, relative);
const attrOf = (page: string, re: RegExp) => [...page.matchAll(re)].map((m) => m[1]!);

describe("the built site: pages and languages", () => {
  it("has a page per initiative in fr, nl and en, each with the exact html lang", () => {
    for (const lang of LANGS) {
      for (const id of ["potager-zephyr", "repair-cafe-quasar", "velo-nebuleuse", "entraide-orion", "cantine-pulsar"]) {
        const page = html(`${lang}/initiatives/${id}/index.html`);
        expect(page.slice(0, 60)).toContain(`<html lang="${lang}">`);
      }
    }
  });

  it("has home, map, search, commune, region, sector, content and embed pages in every language", () => {
    for (const lang of LANGS) {
      for (const p of [
        "",
        "map/",
        "search/",
        "communes/nordville/",
        "regions/fictiregion/",
        "sectors/food/",
        "about/",
        "charter/",
        "contribute/",
        "open-data/",
        "embed/communes/sudville/",
        "embed/sectors/repair/",
      ])
        expect(existsSync(path.join(site, lang, p, "index.html")), `${lang}/${p}`).toBe(true);
    }
    for (const p of ["index.html", "404.html", "sitemap.xml", "robots.txt", "i/potager-zephyr/index.html", "sw.js"])
      expect(existsSync(path.join(site, p)), p).toBe(true);
  });

  it("links every page to its translations with reciprocal hreflang pairs that exist", () => {
    const pages = listFiles(site).filter((f) => /\/(fr|nl|en)\/(?!embed\/).*index\.html$/.test(f));
    // 72 + agenda, news and their filter pages (30) + the contribute form's thank-you page in each language (3).
    expect(pages.length).toBe(105);
    for (const file of pages) {
      const page = readFileSync(file, "utf8");
      const own = `/${path.relative(site, file).replace(/index\.html$/, "")}`;
      const links = Object.fromEntries(
        [
          ...page.matchAll(
            /<link rel="alternate" hreflang="([a-z-]+)" href="https:\/\/fictiville\.example\.org([^"]+)">/g,
          ),
        ].map((m) => [m[1]!, m[2]!]),
      );
      expect(Object.keys(links).sort(), own).toEqual(["en", "fr", "nl", "x-default"]);
      const lang = own.split("/")[1]!;
      expect(links[lang], own).toBe(own);
      for (const other of LANGS) {
        const target = path.join(site, links[other]!, "index.html");
        expect(existsSync(target), links[other]).toBe(true);
        expect(readFileSync(target, "utf8")).toContain(
          `hreflang="${lang}" href="https://fictiville.example.org${own}"`,
        );
      }
    }
  });

  it("offers a language switcher whose links carry hreflang and lang", () => {
    const page = html("nl/initiatives/potager-zephyr/index.html");
    expect(page).toContain(
      '<a href="/fr/initiatives/potager-zephyr/" lang="fr" hreflang="fr">FR<span class="visually-hidden"> Français</span></a>',
    );
    expect(page).toContain(
      '<a href="/nl/initiatives/potager-zephyr/" lang="nl" hreflang="nl" aria-current="true">NL<span class="visually-hidden"> Nederlands</span></a>',
    );
  });

  it("falls back to another language for a missing translation, marks it with lang and says so", () => {
    const page = html("nl/initiatives/entraide-orion/index.html");
    expect(page).toContain(
      '<p class="lead" lang="fr">Réseau d&#39;entraide inventé actif dans toute la région. <small class="untranslated" lang="nl">(tekst niet vertaald)</small></p>',
    );
  });

  it("writes valid JSON-LD for every initiative, without a place for a group meeting at home", () => {
    for (const lang of LANGS) {
      const zephyr = JSON.parse(
        attrOf(
          html(`${lang}/initiatives/potager-zephyr/index.html`),
          /<script type="application\/ld\+json">(.*?)<\/script>/gs,
        )[0]!,
      );
      expect(zephyr).toMatchObject({
        "@type": "NGO",
        location: { "@type": "Place", geo: { latitude: 50.151, longitude: 4.152 } },
      });
      expect(zephyr.event[0]).toMatchObject({ "@type": "Event", startDate: "2026-12-12T10:00:00+01:00" });
      const nebula = JSON.parse(
        attrOf(
          html(`${lang}/initiatives/velo-nebuleuse/index.html`),
          /<script type="application\/ld\+json">(.*?)<\/script>/gs,
        )[0]!,
      );
      expect(nebula.location).toBeUndefined();
      expect(nebula.areaServed[0]).toMatchObject({ "@type": "City" });
    }
  });

  it("escapes contributed text: template syntax and ampersands stay text", () => {
    const page = html("fr/initiatives/repair-cafe-quasar/index.html");
    expect(page).toContain("<h1>Repair Café Quasar &amp; Co {{ title }} ${x}</h1>");
    expect(page).not.toContain("Quasar & Co");
  });

  it("renders Markdown descriptions without unsafe links", () => {
    const page = html("fr/initiatives/potager-zephyr/index.html");
    expect(page).toContain("<strong>bêcher</strong>");
    expect(page).toContain('<a href="https://zephyr.example.org/plan">Notre plan</a>');
    expect(page).not.toMatch(/href="javascript:/i);
  });

  it("says a group meeting at home meets in private homes, with no address", () => {
    const page = html("en/initiatives/velo-nebuleuse/index.html");
    expect(page).toContain("This group meets in people&#39;s homes: its address is not published.");
  });

  it("writes dates the way each language does", () => {
    expect(html("fr/initiatives/potager-zephyr/index.html")).toContain("Vérifié le 1 octobre 2026");
    expect(html("nl/initiatives/potager-zephyr/index.html")).toContain("Gecontroleerd op 1 oktober 2026");
    expect(html("en/initiatives/potager-zephyr/index.html")).toContain("Verified on 1 October 2026");
  });

  it("lists synergies: related and nearby initiatives of the same sector", () => {
    const page = html("fr/initiatives/repair-cafe-quasar/index.html");
    expect(page).toMatch(/id="related-h">Partenaires<\/h2>.*Potager Zéphyr/s);
    expect(html("fr/initiatives/velo-nebuleuse/index.html")).toMatch(/id="nearby-h">.*Repair Café Quasar/s);
  });

  it("sorts commune lists with the page language's collation and counts them", () => {
    const home = html("nl/index.html");
    const names = attrOf(home, /<li><a class="communes__name" href="\/nl\/communes\/[a-z-]+\/">([^<]+)<\/a>/g);
    expect(names).toEqual(["Noordstad", "Oostdorp", "Zuidstad"]);
    expect(html("fr/index.html")).toContain("4 initiatives");
    expect(html("nl/index.html")).toContain("4 initiatieven");
  });

  it("links a commune page to its booklet with its page count, and to the welcome pack", () => {
    const page = html("fr/communes/nordville/index.html");
    const index = JSON.parse(read(site, "print/index.json")) as { booklets: { path: string; pages: number }[] };
    const booklet = index.booklets.find((b) => b.path === "/print/fr/commune/nordville.pdf")!;
    expect(page).toContain(
      `<a class="button" href="/print/fr/commune/nordville.pdf">Télécharger l&#39;annuaire (PDF, ${booklet.pages} pages)</a>`,
    );
    expect(page).toContain('href="/print/fr/welcome/nordville.pdf"');
  });

  it("keeps an initiative page under 20 KB of gzipped HTML and CSS", () => {
    const page = html("fr/initiatives/potager-zephyr/index.html");
    const css = attrOf(page, /<link rel="stylesheet" href="([^"]+)">/g).map((href) =>
      readFileSync(path.join(site, href)),
    );
    const size = gzipSync(page).length + css.reduce((n, c) => n + gzipSync(c).length, 0);
    expect(size).toBeLessThan(20 * 1024);
  });

  it("uses no inline script (the CSP allows none) other than JSON data (JSON-LD, the form's contract)", () => {
    for (const file of listFiles(site).filter((f) => f.endsWith(".html"))) {
      const scripts = [...readFileSync(file, "utf8").matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      for (const [, attrs, body] of scripts)
        if (body!.trim()) expect(attrs, file).toMatch(/type="application\/(ld\+)?json"/);
    }
  });

  it("shows on the home page only sectors with open entries, and each commune's own count apart from the region-wide one", () => {
    const home = html("en/index.html");
    expect(attrOf(home, /<span class="tile__name">([^<]+)<\/span>/g)).toEqual([
      "Food",
      "Repair",
      "Mobility",
      "Solidarity",
    ]);
    expect(home).not.toMatch(/tile__count">0 /);
    // Nordville: Zephyr Garden and Quasar are local; Orion (region-wide) is counted once, apart.
    expect(home).toMatch(/communes\/nordville\/">Northtown<\/a> <span class="count">2 local<\/span>/);
    expect(home).toContain("1 initiative is active across the whole region:");
    expect(home).toContain('data-booklet="/print/en/commune/nordville.pdf"');
    expect(home).toContain('<a class="communes__pdf" href="/print/en/commune/nordville.pdf">');
  });

  it("promises a team contact in the footer only when site.yaml has one", () => {
    // The address is not written in clear (issue 12): site.js turns it into a mailto: link in the browser.
    expect(html("fr/index.html")).toContain("equipe [at] fictiville.example.org");
  });

  it("marks a closed initiative as closed, on its page and in lists", () => {
    expect(html("fr/initiatives/ancien-troc-comete/index.html")).toContain(
      '<strong class="closed-mark">Arrêtée</strong>',
    );
    expect(html("nl/communes/estville/index.html")).toMatch(
      /Troc Comète<\/a> <span class="closed-mark">Gestopt<\/span>/,
    );
  });

  it("shows no raw field name of the data format on any page", () => {
    for (const file of listFiles(site).filter((f) => f.endsWith(".html")))
      expect(readFileSync(file, "utf8"), file).not.toMatch(
        /\((charter|verified|summary|communes|regions|sectors)\)|<code>(charter|verified)<\/code>/,
      );
  });

  it("indexes search documents, not pages: no page carries search markup", () => {
    // What is indexed, and how, is tested on the search documents (tests/site/search-document.test.ts).
    for (const file of listFiles(site).filter((f) => f.endsWith(".html")))
      expect(readFileSync(file, "utf8"), file).not.toMatch(/data-pagefind-(body|weight|meta)/);
  });

  it("lists every page and its alternates in sitemap.xml", () => {
    const sitemap = read(site, "sitemap.xml");
    expect(sitemap).toContain("<loc>https://fictiville.example.org/nl/initiatives/cantine-pulsar/</loc>");
    expect(sitemap).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://fictiville.example.org/en/initiatives/cantine-pulsar/"/>',
    );
    expect(read(site, "robots.txt")).toContain("Sitemap: https://fictiville.example.org/sitemap.xml");
  });

  it("writes the same bytes when built again from the same data", async () => {
    const { annuaire } = await import("../helpers/cli.ts");
    const { TRI_CITY, TODAY, tempDir } = await import("../helpers/data-dir.ts");
    const [a, b] = [path.join(tempDir(), "site"), path.join(tempDir(), "site")];
    for (const out of [a, b])
      expect(annuaire(["build", "--only", "site", "--data", TRI_CITY, "--out", out, "--today", TODAY]).status).toBe(0);
    const files = (root: string) => listFiles(root).map((f) => path.relative(root, f));
    expect(files(b)).toEqual(files(a));
    for (const f of files(a)) expect(readFileSync(path.join(b, f)).equals(readFileSync(path.join(a, f))), f).toBe(true);
  });
});
