import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { PRINT_STRINGS } from "../../print/print-strings.ts";
import { STRINGS } from "../../scripts/lib/strings.ts";
import { pdfText, read } from "../helpers/files.ts";
import {
  checkPageNumbers,
  flattenOutline,
  numberedLines,
  pagesText,
  pdfInfo,
  qpdfJson,
  qrCodes,
} from "../helpers/pdf.ts";

const site = inject("triSite");
const index = JSON.parse(read(site, "print/index.json")) as {
  booklets: { path: string; pages: number; bytes: number; entries: number; entryIds: string[]; variant: string }[];
};
const pdf = (p: string) => path.join(site, p);
const byPath = (p: string) => index.booklets.find((b) => b.path === p)!;
const squash = (s: string) => s.replace(/\s+/g, " ");

describe("print: which booklets exist", () => {
  it("writes a booklet per commune, region and sector in every language, welcome packs and bilingual editions", () => {
    const paths = index.booklets.map((b) => b.path);
    for (const lang of ["fr", "nl", "en"]) {
      for (const c of ["nordville", "sudville", "estville"]) expect(paths).toContain(`/print/${lang}/commune/${c}.pdf`);
      for (const c of ["nordville", "sudville", "estville"]) expect(paths).toContain(`/print/${lang}/welcome/${c}.pdf`);
      expect(paths).toContain(`/print/${lang}/region/fictiregion.pdf`);
      for (const s of ["food", "repair", "mobility", "solidarity"])
        expect(paths).toContain(`/print/${lang}/sector/${s}.pdf`);
    }
    for (const c of ["nordville", "sudville", "estville"]) expect(paths).toContain(`/print/fr-nl/commune/${c}.pdf`);
    for (const b of index.booklets) expect(existsSync(pdf(b.path)), b.path).toBe(true);
  });

  it("gives pages, bytes and entries in index.json that match the files", () => {
    for (const b of index.booklets.filter((x) => x.path.includes("/fr/"))) {
      const info = pdfInfo(pdf(b.path));
      expect(Number(info.Pages), b.path).toBe(b.pages);
      expect(Number(info["File size"]!.split(" ")[0]), b.path).toBe(b.bytes);
    }
  });
});

describe("print: page numbers in every booklet of the build", () => {
  it("points every contents and index number to the page where that title stands, in every variant", async () => {
    const files = index.booklets.filter((b) => !b.path.includes("imposed"));
    expect(new Set(files.map((b) => b.variant))).toEqual(new Set(["standard", "welcome", "bilingual"]));
    for (const b of files) {
      const { checked, wrong } = await checkPageNumbers(pdf(b.path));
      expect(checked.length, b.path).toBeGreaterThan(3);
      expect(wrong, b.path).toEqual([]);
      // Every page reference in the body was filled in.
      expect(pagesText(pdf(b.path)).join("\n"), b.path).not.toMatch(/\bp\.\s*(000)?\s*$|\(p\. 000\)/m);
    }
  });
});

describe("print: a commune booklet", () => {
  const file = pdf("/print/fr/commune/nordville.pdf");
  const info = pdfInfo(file);
  const text = squash(pdfText(file));

  it("is A5 with its title, language and dates set", () => {
    expect(info["Page size"]).toMatch(/^419\.\d+ x 595\.\d+ pts \(A5\)$|^420 x 59[45]\.\d+ pts \(A5\)$/);
    expect(info.Title).toBe("Nordville — Annuaire des initiatives citoyennes");
    expect(info.Author).toBe("Annuaire de Fictiville");
    expect(info.Tagged).toBe("yes");
    expect(info.CreationDate).toContain("2026");
  });

  it("holds every printable entry of the commune, the region-wide ones, and nothing else", () => {
    // Entries are headings, hence outline entries; other names may appear as "nearby" suggestions.
    const titles = flattenOutline(qpdfJson(file).outlines).map((o) => o.title);
    for (const name of ["Potager Zéphyr", "Repair Café Quasar & Co {{ title }} ${x}", "Entraide Orion"])
      expect(titles).toContain(name);
    for (const name of ["Cantine Pulsar", "Atelier vélo Nébuleuse"])
      expect(titles, `${name} is elsewhere`).not.toContain(name);
    // Entries left off paper are not even named.
    for (const name of ["Troc Comète", "Météore en ligne", "Jardin Saturne"])
      expect(text, `${name} is excluded`).not.toContain(name);
    expect(byPath("/print/fr/commune/estville.pdf").entryIds.sort()).toEqual(["cantine-pulsar", "entraide-orion"]);
  });

  it("suggests initiatives of the same sector nearby, without a page when they are not in the booklet", () => {
    expect(text).toMatch(/Près d'ici, même thème Atelier vélo Nébuleuse Vérifié/);
  });

  it("lists the commune's own entries by sector first, then those active across the region", () => {
    const contentsPage = flattenOutline(qpdfJson(file).outlines).find((o) => o.title === "Sommaire")!.page;
    const titles = numberedLines(pagesText(file), contentsPage, contentsPage).map((l) => l.title);
    expect(titles).toEqual([
      "À Nordville",
      "Alimentation",
      "Réparation",
      "Mobilité",
      "Dans toute la région",
      "Solidarité",
      "Index de A à Z",
      "Ce qui a changé depuis la dernière édition",
    ]);
  });

  it("prints true page numbers in the contents and the index: each title stands on the page it says", async () => {
    const { checked, wrong } = await checkPageNumbers(file);
    expect(checked.length).toBeGreaterThanOrEqual(11);
    expect(wrong).toEqual([]);
  });

  it("has an outline with sections and entries, and page labels", () => {
    const json = qpdfJson(file);
    const titles = flattenOutline(json.outlines).map((o) => o.title);
    for (const t of ["Nordville", "Sommaire", "Alimentation", "Potager Zéphyr", "Index de A à Z"])
      expect(titles).toContain(t);
    expect(json.pagelabels.map((l) => [l.index, l.label["/S"], l.label["/St"] ?? 1])).toEqual([
      [0, "/r", 1],
      [1, "/D", 2],
    ]);
  });

  it("has QR codes that decode to the live commune page and to each entry's short link", () => {
    expect(qrCodes(file, 1)).toEqual(["https://fictiville.example.org/fr/communes/nordville/"]);
    const outline = flattenOutline(qpdfJson(file).outlines);
    const page = outline.find((o) => o.title === "Potager Zéphyr")!.page;
    expect(qrCodes(file, page)).toContain("https://fictiville.example.org/i/potager-zephyr");
  });

  it("gives see-also references with their page in the same booklet", () => {
    const outline = flattenOutline(qpdfJson(file).outlines);
    const zephyrPage = outline.find((o) => o.title === "Potager Zéphyr")!.page;
    const quasarPage = outline.find((o) => o.title.startsWith("Repair Café Quasar"))!.page;
    expect(squash(pdfText(file, zephyrPage, zephyrPage))).toContain(
      `Voir aussi Repair Café Quasar & Co {{ title }} \${x} p. ${quasarPage}`,
    );
  });

  it("says how to add or correct an entry on the back page, with a QR code", () => {
    const last = Number(info.Pages);
    expect(squash(pdfText(file, last, last))).toContain("Ajouter ou corriger une initiative");
    expect(qrCodes(file, last)).toEqual(["https://fictiville.example.org/fr/contribute/"]);
  });
});

describe("print: other editions", () => {
  it("a sector booklet is sorted by commune", () => {
    const text = squash(pdfText(pdf("/print/en/sector/repair.pdf")));
    expect(text.indexOf("Northtown")).toBeLessThan(text.indexOf("Southtown"));
    expect(text).toContain("Repair Café Quasar");
  });

  it("the welcome pack has the letter, the next 90 days of events and a drawn map", () => {
    const file = pdf("/print/fr/welcome/nordville.pdf");
    const text = squash(pdfText(file));
    expect(text).toContain("Bienvenue à Nordville !");
    expect(text).toContain("Journée des semis");
    expect(text).toContain("Carte des initiatives de Nordville");
    expect(pdfInfo(file).Title).toBe("Nordville — Bienvenue : les initiatives près de chez vous");
  });

  it("the bilingual edition carries French and Dutch side by side", () => {
    const text = squash(pdfText(pdf("/print/fr-nl/commune/nordville.pdf")));
    expect(text).toContain("Alimentation / Voeding");
    expect(text).toContain("Un potager collectif inventé");
    expect(text).toContain("Een verzonnen samentuin");
  });

  it("the bilingual edition leaves no French-only string: every catalogue string found in French is there in Dutch", () => {
    // pdftotext drops a hyphen at a line end: compare without hyphens, as whole words.
    const flat = (t: string) => t.replace(/-/g, "").replace(/\s+/g, " ").trim();
    const text = flat(
      execFileSync("pdftotext", [pdf("/print/fr-nl/commune/nordville.pdf"), "-"], { encoding: "utf8" }),
    );
    // The longest literal piece of a string with {parameters}, as a whole-word pattern.
    const literal = (s: string) => flat(s.split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0]!);
    const has = (piece: string) => {
      const word = (c: string) => (/\p{L}/u.test(c) ? "" : null);
      const before = word(piece[0]!) === "" ? "(^|[^\\p{L}])" : "";
      const after = word(piece.at(-1)!) === "" ? "($|[^\\p{L}])" : "";
      return new RegExp(`${before}${piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${after}`, "u").test(text);
    };
    // The print catalogue, and the site strings the booklets use.
    const used = [
      "communes",
      "place",
      "contact",
      "languagesSpoken",
      "accessibility",
      "audience",
      "privatePlace",
      "schedule",
      "verifiedOn",
      "email",
      "phone",
    ] as const;
    const catalogue = { ...PRINT_STRINGS, ...Object.fromEntries(used.map((k) => [k, STRINGS[k]])) };
    const found = Object.entries(catalogue).filter(([, e]) => {
      const [fr, nl] = [literal(e.fr), literal(e.nl)];
      return fr !== nl && fr.length >= 4 && has(fr);
    });
    expect(found.length).toBeGreaterThanOrEqual(20);
    for (const [key, e] of found) expect(has(literal(e.nl)), `${key}: "${e.nl}" missing`).toBe(true);
  });

  it("the Dutch booklet is in Dutch", () => {
    const text = squash(pdfText(pdf("/print/nl/commune/sudville.pdf")));
    expect(text).toContain("Inhoud");
    expect(text).toContain("Fietsatelier Nevel");
    expect(text).toContain("Deze groep komt bij mensen thuis samen");
  });
});

describe("print: the site links every PDF", () => {
  const links = (page: string) => [...read(site, page).matchAll(/href="(\/print\/[^"]+\.pdf)"/g)].map((m) => m[1]!);

  it("links all of a commune's own PDFs from its list page, bilingual edition included", () => {
    const own = index.booklets.map((b) => b.path).filter((p) => /\/(commune|welcome)\/nordville(-|\.)/.test(p));
    const mine = own.filter((p) => p.startsWith("/print/fr/") || p.startsWith("/print/fr-nl/"));
    expect(mine).toContain("/print/fr-nl/commune/nordville.pdf");
    expect(new Set(links("fr/communes/nordville/index.html"))).toEqual(new Set(mine));
  });

  it("lists every PDF of a language on /{lang}/print/, and each link leads to a file", () => {
    const listed = links("nl/print/index.html");
    const expected = index.booklets
      .map((b) => b.path)
      .filter((p) => /^\/print\/(nl|[a-z]{2}-nl|nl-[a-z]{2})\//.test(p));
    expect(new Set(listed)).toEqual(new Set(expected));
    for (const p of listed) expect(existsSync(pdf(p)), p).toBe(true);
  });
});
