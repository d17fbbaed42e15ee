// A simple map of a commune's initiatives for the welcome pack, drawn as SVG from coordinates: no tiles,
// no network. Numbered markers are keyed to the list printed beside it. Groups meeting in private homes
// are never drawn (they have no position).
import { escapeHtml } from "../scripts/lib/html.ts";
import type { Commune } from "../scripts/model/model.ts";

export interface MapPoint {
  n: number;
  lat: number;
  lon: number;
}

export function communeMapSvg(commune: Commune, points: MapPoint[], label: string): string {
  const all = [...points.map((p) => ({ lat: p.lat, lon: p.lon })), commune.centre];
  const pad = 0.004;
  const south = Math.min(...all.map((p) => p.lat)) - pad;
  const north = Math.max(...all.map((p) => p.lat)) + pad;
  const west = Math.min(...all.map((p) => p.lon)) - pad;
  const east = Math.max(...all.map((p) => p.lon)) + pad;
  const width = 120;
  // Equirectangular, corrected for latitude so distances look right.
  const k = Math.cos(((south + north) / 2) * (Math.PI / 180));
  const height = Math.min(160, (width * (north - south)) / ((east - west) * k));
  const x = (lon: number) => ((lon - west) / (east - west)) * width;
  const y = (lat: number) => ((north - lat) / (north - south)) * height;
  const markers = points
    .map(
      (p) =>
        `<g><circle cx="${x(p.lon).toFixed(2)}" cy="${y(p.lat).toFixed(2)}" r="3.2" fill="#0b5394" stroke="#fff" stroke-width=".6"/><text x="${x(p.lon).toFixed(2)}" y="${(y(p.lat) + 1.2).toFixed(2)}" font-size="3.4" text-anchor="middle" fill="#fff" font-weight="700">${p.n}</text></g>`,
    )
    .join("");
  const grid = [0.25, 0.5, 0.75]
    .map(
      (f) =>
        `<line x1="${(f * width).toFixed(1)}" y1="0" x2="${(f * width).toFixed(1)}" y2="${height.toFixed(1)}"/><line x1="0" y1="${(f * height).toFixed(1)}" x2="${width}" y2="${(f * height).toFixed(1)}"/>`,
    )
    .join("");
  return `<svg class="map" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${width} ${height.toFixed(1)}" xmlns="http://www.w3.org/2000/svg"><rect width="${width}" height="${height.toFixed(1)}" fill="#f4f7fa" stroke="#8aa" stroke-width=".4"/><g stroke="#d5dee6" stroke-width=".25">${grid}</g><path d="M${(x(commune.centre.lon) - 2).toFixed(2)} ${y(commune.centre.lat).toFixed(2)}h4M${x(commune.centre.lon).toFixed(2)} ${(y(commune.centre.lat) - 2).toFixed(2)}v4" stroke="#888" stroke-width=".5"/>${markers}</svg>`;
}
