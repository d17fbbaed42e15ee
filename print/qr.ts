// QR codes as inline SVG (drawn here, no network), sized by the caller.
import QRCode from "qrcode";
import { escapeHtml } from "../scripts/lib/html.ts";

const cache = new Map<string, Promise<string>>();

/** The same URL gives the same QR code: memoized, since every booklet is rendered more than once. */
export function qrSvg(text: string, label: string): Promise<string> {
  const key = `${text}\n${label}`;
  let svg = cache.get(key);
  if (!svg) {
    svg = makeQrSvg(text, label);
    cache.set(key, svg);
  }
  return svg;
}

async function makeQrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
  return svg.replace("<svg ", `<svg role="img" aria-label="${escapeHtml(label)}" class="qr" `);
}
