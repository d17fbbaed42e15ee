// QR codes as inline SVG (drawn here, no network), sized by the caller.
import QRCode from "qrcode";

export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  const safe = label.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
  return svg.replace("<svg ", `<svg role="img" aria-label="${safe}" class="qr" `);
}
