// Real PDF tools: pdfinfo, pdftoppm + zbarimg, qpdf.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ParseSpeeds, PDFDocument } from "pdf-lib";
import { PRINT_STRINGS } from "../../print/print-strings.ts";
import { contentsAndIndexPages, readDests } from "../../print/render.ts";

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Object.fromEntries(
    out
      .split("\n")
      .filter((l) => l.includes(":"))
      .map((l) => [l.slice(0, l.indexOf(":")).trim(), l.slice(l.indexOf(":") + 1).trim()]),
  );
}

/** Every QR code zbarimg finds on a page, rendered at 200 dpi (or `dpi`). */
export function qrCodes(file: string, page: number, dpi = 200): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "annuaire-qr-"));
  try {
    execFileSync("pdftoppm", [
      "-r",
      String(dpi),
      "-f",
      String(page),
      "-l",
      String(page),
      "-png",
      file,
      path.join(dir, "p"),
    ]);
    const png = readdirSync(dir).map((f) => path.join(dir, f))[0]!;
    const result = spawnSync("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png], {
      encoding: "utf8",
    });
    return result.stdout.split("\n").filter(Boolean).sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface QpdfJson {
  outlines: { title: string; destpageposfrom1: number; kids: QpdfJson["outlines"] }[];
  pagelabels: { index: number; label: { "/S"?: string; "/St"?: number } }[];
}

export const qpdfJson = (file: string): QpdfJson =>
  JSON.parse(execFileSync("qpdf", ["--json", file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }));

export function flattenOutline(items: QpdfJson["outlines"]): { title: string; page: number }[] {
  return items.flatMap((i) => [{ title: i.title, page: i.destpageposfrom1 }, ...flattenOutline(i.kids)]);
}

/** The text of each page (1-based index into the array + 1), from pdftotext -layout. */
export function pagesText(file: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return text.split("\f").slice(0, -1);
}

/** Whitespace squashed; a word broken after its hyphen at a line end ("Fictostad-⏎Noord") joined again. */
const squashed = (s: string) =>
  s
    .replace(/\s+/g, " ")
    .replace(/(\p{L})([-–]) (\p{L})/gu, "$1$2$3")
    .trim();

/**
 * Every "title … N" line of the given pages (contents, index): a title wrapped over several lines is
 * joined, and a line with several numbers ("Potager 4, 9") gives each of them.
 */
export function numberedLines(pages: string[], from: number, to: number): { title: string; page: number }[] {
  const out: { title: string; page: number }[] = [];
  for (let p = from; p <= to; p++) {
    let pending = "";
    for (const raw of pages[p - 1]!.split("\n")) {
      // Leader dots are text: they separate a title from its number like a run of spaces.
      const line = raw.replace(/(\s*\.){3,}\s*/g, "   ");
      const m = /^(.*?\S)\s{2,}(\d+(?:,\s+\d+)*)\s*$/.exec(line);
      // A blank line or a contents/index heading ends what came before (a paragraph, the heading itself).
      if (!line.trim() || LIST_HEADINGS.has(squashed(line))) pending = "";
      else if (!m) pending = `${pending} ${line}`;
      else {
        let title = squashed(`${pending} ${m[1]}`);
        // A contents or index heading wrapped over two lines ends up in front of the first title.
        const heading = [...LIST_HEADINGS].sort((a, b) => b.length - a.length).find((h) => title.startsWith(`${h} `));
        if (heading) title = title.slice(heading.length + 1);
        pending = "";
        for (const n of m[2]!.split(",")) out.push({ title, page: Number(n) });
      }
    }
  }
  return out;
}

/** The contents and index headings in every language, alone and as bilingual pairs. */
const LIST_HEADINGS = new Set(
  (["contents", "index"] as const).flatMap((key) => {
    const texts = Object.values(PRINT_STRINGS[key]);
    return [...texts, ...texts.flatMap((a) => texts.map((b) => `${a} / ${b}`))];
  }),
);

/** Whether `title` stands on page text `page` (words joined across line breaks and columns). */
export function standsOn(title: string, page: string): boolean {
  const flat = squashed(page);
  if (flat.includes(title)) return true;
  // A bilingual "fr / nl" title may be laid out over two lines or columns: each half must be there.
  return title.split(" / ").every((half) => flat.includes(half.trim()));
}

/**
 * Checks a booklet's contents and index: every number must point to a page where that title stands.
 * Returns the numbers checked and the wrong ones. The contents and index pages are found by their
 * named destinations, so the check does not depend on the language.
 */
export async function checkPageNumbers(
  file: string,
): Promise<{ checked: { title: string; page: number }[]; wrong: { title: string; page: number }[] }> {
  const doc = await PDFDocument.load(readFileSync(file), { parseSpeed: ParseSpeeds.Fastest });
  const at = readDests(doc);
  const pages = pagesText(file);
  const checked = [...contentsAndIndexPages(at)].sort((a, b) => a - b).flatMap((p) => numberedLines(pages, p, p));
  return { checked, wrong: checked.filter((l) => !standsOn(l.title, pages[l.page - 1] ?? "")) };
}
