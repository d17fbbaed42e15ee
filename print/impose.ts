// Saddle-stitch imposition: A5 pages two-up on A4 landscape sheets, in the order that folds and
// staples into a booklet. Blank pages fill the count up to a multiple of four.
import { ParseSpeeds, PDFDocument } from "pdf-lib";

/** Sheet sides as [left, right] 0-based page indexes (null = blank), front then back of each sheet. */
export function saddleStitchOrder(pageCount: number): [number | null, number | null][] {
  const total = Math.ceil(pageCount / 4) * 4;
  const at = (i: number) => (i < pageCount ? i : null);
  const sides: [number | null, number | null][] = [];
  for (let i = 0; i < total / 2; i += 2) {
    sides.push([at(total - 1 - i), at(i)]);
    sides.push([at(i + 1), at(total - 2 - i)]);
  }
  return sides;
}

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];

export async function impose(pdf: Uint8Array, title: string): Promise<Uint8Array> {
  const source = await PDFDocument.load(pdf, { parseSpeed: ParseSpeeds.Fastest });
  const out = await PDFDocument.create();
  out.setTitle(title);
  out.setCreator("annuaire");
  out.setProducer("annuaire (pdf-lib)");
  const embedded = await out.embedPdf(source, source.getPageIndices());
  const [sheetW, sheetH] = A4_LANDSCAPE;
  for (const [left, right] of saddleStitchOrder(source.getPageCount())) {
    const sheet = out.addPage([sheetW, sheetH]);
    for (const [slot, index] of [
      [0, left],
      [1, right],
    ] as const) {
      if (index === null) continue;
      const page = embedded[index]!;
      const scale = Math.min(sheetW / 2 / page.width, sheetH / page.height);
      const w = page.width * scale;
      const h = page.height * scale;
      sheet.drawPage(page, { x: slot * (sheetW / 2) + (sheetW / 2 - w) / 2, y: (sheetH - h) / 2, width: w, height: h });
    }
  }
  return out.save({ objectsPerTick: Infinity });
}
