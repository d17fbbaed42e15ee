// --imposition booklet and --large-print, on the small two-language fixture city.

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { saddleStitchOrder } from "../../print/impose.ts";
import { annuaire } from "../helpers/cli.ts";
import { OTHER_CITY, TODAY, tempDir } from "../helpers/data-dir.ts";
import { pdfText } from "../helpers/files.ts";
import { checkPageNumbers, pdfInfo } from "../helpers/pdf.ts";

const out = path.join(tempDir(), "site");
const result = annuaire([
  "build",
  "--only",
  "print",
  "--data",
  OTHER_CITY,
  "--out",
  out,
  "--today",
  TODAY,
  "--imposition",
  "booklet",
  "--large-print",
]);
const file = (p: string) => path.join(out, "print", p);

/** Text in one half of a landscape sheet (pdftotext crop box in points at 72 dpi). */
const half = (pdf: string, page: number, side: "left" | "right") =>
  execFileSync(
    "pdftotext",
    [
      // -layout: text in page order, so the footer's page number comes last.
      "-layout",
      "-f",
      String(page),
      "-l",
      String(page),
      "-x",
      side === "left" ? "0" : "421",
      "-y",
      "0",
      "-W",
      "420",
      "-H",
      "595",
      pdf,
      "-",
    ],
    { encoding: "utf8" },
  ).replace(/\s+/g, " ");

describe("print options", () => {
  it("builds", () => expect(result.status, result.stderr).toBe(0));

  it("imposes an A5 booklet two-up on A4 sheets in saddle-stitch order", () => {
    const a5 = file("nl/commune/noord.pdf");
    const imposed = file("nl/commune/noord-imposed-a4.pdf");
    const pages = Number(pdfInfo(a5).Pages);
    const info = pdfInfo(imposed);
    expect(info["Page size"]).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)$/);
    expect(Number(info.Pages)).toBe(Math.ceil(pages / 4) * 2);
    // Every half-sheet shows the A5 page the order says, checked by its printed page number.
    saddleStitchOrder(pages).forEach(([left, right], sheet) => {
      for (const [side, index] of [
        ["left", left],
        ["right", right],
      ] as const) {
        const text = half(imposed, sheet + 1, side);
        if (index === null) expect(text.trim(), `sheet ${sheet + 1} ${side}`).toBe("");
        else if (index === 0) expect(text).toContain("Fictostad-Noord");
        else
          expect(text.trim().endsWith(String(index + 1)), `sheet ${sheet + 1} ${side}: ${text.slice(-40)}`).toBe(true);
      }
    });
  });

  it("writes a large-print edition with body text of at least 16 pt", () => {
    // pdftotext -bbox gives each word's box; a line of 16 pt text is about 16 pt high or more.
    const medianHeight = (pdf: string) => {
      const bbox = execFileSync("pdftotext", ["-bbox", "-f", "2", "-l", "2", pdf, "-"], { encoding: "utf8" });
      const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
        .map((m) => Number(m[2]) - Number(m[1]))
        .sort((a, b) => a - b);
      return heights[Math.floor(heights.length / 2)]!;
    };
    const standard = medianHeight(file("nl/commune/noord.pdf"));
    const large = medianHeight(file("nl/commune/noord-large-print.pdf"));
    expect(large).toBeGreaterThanOrEqual(16);
    expect(large / standard).toBeGreaterThan(1.4);
  });

  it("keeps a two-language city's booklets in its own languages, with no bilingual fr-nl edition", () => {
    expect(pdfText(file("en/commune/zuid.pdf"))).toContain("Repair Café South (fictional)");
    expect(existsSync(path.join(out, "print/fr-nl"))).toBe(false);
  });
});

describe("print options: page numbers in every edition and format", () => {
  const all = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? all(path.join(dir, e.name)) : e.name.endsWith(".pdf") ? [path.join(dir, e.name)] : [],
    );

  it("builds large-print and imposed copies of welcome packs too", () => {
    for (const suffix of ["", "-large-print", "-imposed-a4"])
      expect(existsSync(file(`nl/welcome/noord${suffix}.pdf`)), suffix).toBe(true);
  });

  it("points every contents and index number of every A5 PDF, large print included, to its page", async () => {
    const pdfs = all(path.join(out, "print")).filter((f) => !f.includes("imposed"));
    expect(pdfs.some((f) => f.includes("large-print"))).toBe(true);
    for (const f of pdfs) {
      const { checked, wrong } = await checkPageNumbers(f);
      expect(checked.length, f).toBeGreaterThan(3);
      expect(wrong, f).toEqual([]);
    }
  });

  it("keeps the printed numbers on the imposed sheets", async () => {
    const a5 = file("nl/welcome/noord.pdf");
    const imposed = file("nl/welcome/noord-imposed-a4.pdf");
    const pages = Number(pdfInfo(a5).Pages);
    const { checked } = await checkPageNumbers(a5);
    const sheets = saddleStitchOrder(pages)
      .map((_, sheet) => half(imposed, sheet + 1, "left") + half(imposed, sheet + 1, "right"))
      .join(" ");
    for (const { title, page } of checked)
      expect(sheets).toMatch(new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ .]+${page}\\b`));
  });
});
