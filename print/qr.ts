// QR codes as inline SVG (drawn here, no network), sized by the caller. Dark modules are filled
// rectangles, one per run of a row: stroked lines (what the qrcode package writes) print with gaps
// between rows once shrunk to 13 mm, and scanners then fail.
import QRCode from "qrcode";
import { escapeHtml } from "../scripts/lib/html.ts";

const cache = new Map<string, string>();

/** The same URL gives the same QR code: memoized, since many booklets share entries. */
export async function qrSvg(text: string, label: string): Promise<string> {
  const key = `${text}\n${label}`;
  let svg = cache.get(key);
  if (!svg) {
    svg = makeQrSvg(text, label);
    cache.set(key, svg);
  }
  return svg;
}

const QUIET = 2;

export function makeQrSvg(text: string, label: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const n = modules.size;
  let d = "";
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!modules.get(y, x)) continue;
      let run = 1;
      while (x + run < n && modules.get(y, x + run)) run++;
      d += `M${x + QUIET} ${y + QUIET}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  const size = n + 2 * QUIET;
  return `<svg role="img" aria-label="${escapeHtml(label)}" class="qr" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}
