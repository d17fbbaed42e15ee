// Real PDF tools: pdfinfo, pdftoppm + zbarimg, qpdf.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Object.fromEntries(
    out
      .split("\n")
      .filter((l) => l.includes(":"))
      .map((l) => [l.slice(0, l.indexOf(":")).trim(), l.slice(l.indexOf(":") + 1).trim()]),
  );
}

/** Every QR code zbarimg finds on a page, rendered at 200 dpi. */
export function qrCodes(file: string, page: number): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "annuaire-qr-"));
  try {
    execFileSync("pdftoppm", ["-r", "200", "-f", String(page), "-l", String(page), "-png", file, path.join(dir, "p")]);
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
