// The welcome pack's map, drawn as SVG from data alone (no tiles, no network): the commune's outline
// when the data folder has one, numbered markers keyed to the list beside it, neighbouring commune
// names, a scale bar and a north arrow. Groups meeting in private homes have no position: never drawn.
import { escapeHtml } from "../scripts/lib/html.ts";
import type { Rings } from "./boundary.ts";

export interface MapPoint {
  n: number;
  lat: number;
  lon: number;
}
export interface MapLabel {
  name: string;
  lat: number;
  lon: number;
}
export interface MapInput {
  centre: { lat: number; lon: number };
  outline?: Rings | undefined;
  points: MapPoint[];
  neighbours: MapLabel[];
  label: string;
  north: string;
}

const W = 120;
const KM_PER_DEG = 111.32;

/** The frame: the outline (or the points and the centre) with a margin, at least 2 km across. */
function frame(m: MapInput) {
  const lons = [m.centre.lon, ...m.points.map((p) => p.lon), ...(m.outline ?? []).flat().map((p) => p[0])];
  const lats = [m.centre.lat, ...m.points.map((p) => p.lat), ...(m.outline ?? []).flat().map((p) => p[1])];
  const k = Math.cos((m.centre.lat * Math.PI) / 180);
  let [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const minHalf = 1 / KM_PER_DEG; // 1 km
  const grow = (lo: number, hi: number, half: number): [number, number] => {
    const mid = (lo + hi) / 2;
    const h = Math.max(((hi - lo) / 2) * 1.15, half);
    return [mid - h, mid + h];
  };
  [west, east] = grow(west, east, minHalf / k);
  [south, north] = grow(south, north, minHalf);
  const height = Math.min(150, Math.max(70, (W * (north - south)) / ((east - west) * k)));
  // Keep the aspect true: widen whichever side is short.
  const wantLat = ((east - west) * k * height) / W;
  if (wantLat > north - south) [south, north] = grow(south, north, wantLat / 2);
  else [west, east] = grow(west, east, ((north - south) * W) / height / k / 2);
  return { west, east, south, north, height, k };
}

export function communeMapSvg(m: MapInput): string {
  const f = frame(m);
  const x = (lon: number) => ((lon - f.west) / (f.east - f.west)) * W;
  const y = (lat: number) => ((f.north - lat) / (f.north - f.south)) * f.height;
  const fx = (v: number) => v.toFixed(2);
  const outline = m.outline
    ? `<path class="outline" d="${m.outline.map((ring) => `M${ring.map(([lon, lat]) => `${fx(x(lon))} ${fx(y(lat))}`).join("L")}Z`).join("")}" fill="#e8f0f7" stroke="#0b5394" stroke-width=".7" fill-rule="evenodd"/>`
    : "";
  // Neighbours inside the frame are named where they are; the nearest others at the edge, towards them.
  const cx = W / 2;
  const cy = f.height / 2;
  const placed = m.neighbours
    .map((l) => ({ l, dx: x(l.lon) - cx, dy: y(l.lat) - cy }))
    .sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy))
    .slice(0, 8)
    .map(({ l, dx, dy }) => {
      const t = Math.min(1, (cx - 16) / Math.abs(dx || 1e-9), (cy - 4.5) / Math.abs(dy || 1e-9));
      const arrow =
        t >= 1
          ? ""
          : Math.abs(dx) * (cy - 4.5) > Math.abs(dy) * (cx - 16)
            ? dx > 0
              ? " →"
              : "← "
            : dy > 0
              ? " ↓"
              : " ↑";
      const name = arrow === "← " ? `${arrow}${l.name}` : `${l.name}${arrow}`;
      return `<text x="${fx(cx + dx * t)}" y="${fx(cy + dy * t)}" font-size="3.2" text-anchor="middle" fill="#556" font-style="italic" stroke="#fbfcfd" stroke-width="1.2" paint-order="stroke">${escapeHtml(name)}</text>`;
    });
  const neighbours = placed.join("");
  const markers = m.points
    .map(
      (p) =>
        `<g class="marker"><circle cx="${fx(x(p.lon))}" cy="${fx(y(p.lat))}" r="3" fill="#0b5394" stroke="#fff" stroke-width=".6"/><text x="${fx(x(p.lon))}" y="${fx(y(p.lat) + 1.2)}" font-size="3.4" text-anchor="middle" fill="#fff" font-weight="700">${p.n}</text></g>`,
    )
    .join("");
  // Scale bar: a round distance near a quarter of the width.
  const kmAcross = (f.east - f.west) * f.k * KM_PER_DEG;
  const km = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20].reduce((best, d) =>
    Math.abs(d - kmAcross / 4) < Math.abs(best - kmAcross / 4) ? d : best,
  );
  const bar = (km / kmAcross) * W;
  const scale = `<g class="scale" transform="translate(5 ${fx(f.height - 5)})"><rect width="${fx(bar)}" height="1.4" fill="#111"/><rect width="${fx(bar / 2)}" height="1.4" fill="#fff" stroke="#111" stroke-width=".3"/><text y="-1.5" font-size="3">0</text><text x="${fx(bar)}" y="-1.5" font-size="3" text-anchor="middle">${km < 1 ? `${km * 1000} m` : `${km} km`}</text></g>`;
  const arrow = `<g class="north" transform="translate(${W - 8} 5)"><path d="M0 0L3 9L0 7L-3 9Z" fill="#111"/><text y="13.5" font-size="3.6" text-anchor="middle" font-weight="700">${escapeHtml(m.north)}</text></g>`;
  return `<svg class="map" role="img" aria-label="${escapeHtml(m.label)}" viewBox="0 0 ${W} ${fx(f.height)}" xmlns="http://www.w3.org/2000/svg"><rect width="${W}" height="${fx(f.height)}" fill="#fbfcfd" stroke="#8aa" stroke-width=".4"/>${outline}${neighbours}${markers}${scale}${arrow}</svg>`;
}
