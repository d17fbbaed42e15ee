// Nothing about the embedded city is hard-coded: a fictional two-language city builds its own site
// and booklets, and no output carries a word of the embedded data.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { annuaire } from "../helpers/cli.ts";
import { OTHER_CITY, TODAY, tempDir } from "../helpers/data-dir.ts";
import { listFiles, readableText } from "../helpers/files.ts";

const dir = tempDir();
const out = path.join(dir, "site");
const result = annuaire(["build", "--data", OTHER_CITY, "--out", out, "--today", TODAY]);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const page = (p: string) => readFileSync(path.join(out, p), "utf8");

describe("another city's data folder", () => {
  it("builds", () => expect(result.status, result.stderr).toBe(0));

  it("has pages only in its own languages, Dutch first", () => {
    expect(existsSync(path.join(out, "nl/initiatives/moestuin-noord/index.html"))).toBe(true);
    expect(existsSync(path.join(out, "en/initiatives/moestuin-noord/index.html"))).toBe(true);
    expect(existsSync(path.join(out, "fr"))).toBe(false);
    expect(page("index.html")).toContain('<html lang="nl">');
    expect(page("nl/index.html")).toContain("<h1>Gids van Fictostad</h1>");
  });

  it("uses its own base URL, communes and sectors", () => {
    const garden = page("en/initiatives/moestuin-noord/index.html");
    expect(garden).toContain('href="https://fictostad.example.org/nl/initiatives/moestuin-noord/"');
    expect(garden).toContain(">Fictostad North</a>");
    expect(garden).toContain("<span>Green</span>");
    expect(page("sitemap.xml")).not.toContain("bruxelles");
  });

  it("carries no trace of the embedded city in any page, data file, search index or PDF", () => {
    const files = listFiles(out);
    expect(files.some((f) => f.endsWith(".pdf"))).toBe(true);
    const found = files.filter((f) => /brussel|bruxelles|ixelles|schaerbeek|elsene/i.test(readableText(f)));
    expect(found.map((f) => path.relative(out, f))).toEqual([]);
  });

  it("sends readers to its own languages through a generated _redirects", () => {
    expect(page("_redirects")).toContain("/  /nl/  302!  Language=nl");
    expect(page("_redirects")).not.toContain("/fr/");
  });

  it("uses the default content pages when the data folder brings none", () => {
    expect(page("nl/charter/index.html")).toContain("Charter van de initiatieven (ontwerp)");
  });
});
