// Open data: the model for others to reuse (JSON, CSV, GeoJSON, a GoGoCarto feed). Every file is
// built from `publicInitiative`, which starts from the allow-list projection (scripts/model/public.ts,
// PUBLIC_FIELDS in the contract): a field nobody listed is never published, and a group meeting in
// private homes never carries an address or coordinates.
import { markdownToText } from "../lib/markdown.ts";
import type { Initiative, Model } from "../model/model.ts";
import { projectEvent, projectInitiative, withoutInternal } from "../model/public.ts";
import { absolute, urls } from "./urls.ts";

export const LICENCE = {
  data: "ODbL-1.0",
  dataUrl: "https://opendatacommons.org/licenses/odbl/1-0/",
  text: "CC-BY-SA-4.0",
};

export interface PublicPlace {
  public: boolean;
  name?: string | undefined;
  address?: string | undefined;
  postcode?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
}

export type PublicInitiative = Omit<Initiative, "place" | "source" | "print"> & {
  place?: PublicPlace;
  url: string;
  shortUrl: string;
};

/** What of an initiative may be published anywhere. */
export function publicInitiative(model: Model, initiative: Initiative): PublicInitiative {
  const base = model.site.baseUrl;
  return {
    ...(withoutInternal(projectInitiative(initiative)) as Omit<PublicInitiative, "url" | "shortUrl">),
    url: absolute(base, urls.initiative(model.site.defaultLanguage, initiative.id)),
    shortUrl: absolute(base, urls.short(initiative.id)),
  };
}

/** A number as people write it: -4.35, +32 2 123 45 67, (02) 512.34.56 — digits, spaces and . , / ( ) - only. */
const NUMBER_LIKE = /^[+-]?[\d\s.,/()-]*\d[\d\s.,/()-]*$/;

/**
 * One CSV cell. A text that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return, even after spaces) gets a leading apostrophe; numbers and phone numbers stay as
 * they are, so a negative longitude or "+32 2 …" is not altered.
 */
export const csvCell = (value: unknown): string => {
  const s = value === undefined || value === null ? "" : String(value);
  const formula =
    typeof value !== "number" && /^\s*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(s) && !NUMBER_LIKE.test(s);
  const safe = formula ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function openDataFiles(model: Model, buildDate: string): Record<string, string> {
  const langs = model.site.languages;
  const items = model.initiatives.map((i) => publicInitiative(model, i));
  const json = {
    $comment:
      "annuaire open data. Fields are documented in docs/data-format.md of the annuaire project; place.public=false entries never carry an address or coordinates.",
    licence: LICENCE.data,
    licenceUrl: LICENCE.dataUrl,
    generated: buildDate,
    site: { title: model.site.title, baseUrl: model.site.baseUrl, languages: langs },
    regions: model.regions,
    communes: model.communes,
    sectors: model.sectors.map(({ iconPath: _icon, ...s }) => s),
    initiatives: items,
    events: model.events.map((e) => withoutInternal(projectEvent(e))),
  };

  const columns = [
    "id",
    ...langs.map((l) => `name_${l}`),
    ...langs.map((l) => `summary_${l}`),
    "sectors",
    "communes",
    "regions",
    "public_place",
    "address",
    "postcode",
    "lat",
    "lon",
    "website",
    "email",
    "phone",
    "languages",
    "status",
    "verified",
    "charter",
    "url",
  ];
  const rows = items.map((i) => [
    i.id,
    ...langs.map((l) => i.name[l] ?? ""),
    ...langs.map((l) => i.summary[l] ?? ""),
    i.sectors.join(" "),
    i.communes.join(" "),
    i.regions.join(" "),
    i.place ? String(i.place.public) : "",
    i.place?.address,
    i.place?.postcode,
    i.place?.lat,
    i.place?.lon,
    i.contact?.website,
    i.contact?.email,
    i.contact?.phone,
    (i.languages ?? []).join(" "),
    i.status,
    i.verified,
    i.charter,
    i.url,
  ]);
  const csv = `\uFEFF${[columns, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;

  const located = items.filter((i) => i.place?.public && i.place.lat !== undefined && i.place.lon !== undefined);
  const geojson = {
    type: "FeatureCollection",
    features: located.map((i) => ({
      type: "Feature",
      id: i.id,
      geometry: { type: "Point", coordinates: [i.place!.lon, i.place!.lat] },
      properties: {
        id: i.id,
        name: i.name,
        summary: i.summary,
        sectors: i.sectors,
        communes: i.communes,
        url: i.url,
        website: i.contact?.website ?? null,
      },
    })),
  };

  // GoGoCarto's JSON import reads a list of elements with a name, a geo position and categories.
  const first = langs[0]!;
  const communeById = new Map(model.communes.map((c) => [c.id, c]));
  const sectorById = new Map(model.sectors.map((s) => [s.id, s]));
  const elements = {
    licence: LICENCE.data,
    data: items
      .map((i) => {
        const commune = communeById.get(i.communes[0] ?? "");
        const where =
          i.place?.public && i.place.lat !== undefined
            ? { latitude: i.place.lat, longitude: i.place.lon }
            : commune
              ? { latitude: commune.centre.lat, longitude: commune.centre.lon }
              : undefined;
        if (!where) return undefined;
        const locality = commune?.name[first] ?? "";
        return {
          id: i.id,
          name: i.name[first] ?? Object.values(i.name)[0],
          geo: where,
          address:
            i.place?.public && i.place.address
              ? { streetAddress: i.place.address, postalCode: i.place.postcode ?? "", addressLocality: locality }
              : { addressLocality: locality },
          categories: i.sectors.map((s) => sectorById.get(s)?.name[first] ?? s),
          description: i.summary[first] ?? Object.values(i.summary)[0],
          longDescription: i.description?.[first] ? markdownToText(i.description[first]!) : "",
          website: i.contact?.website ?? "",
          email: i.contact?.email ?? "",
          telephone: i.contact?.phone ?? "",
          approximatePosition: !(i.place?.public && i.place.lat !== undefined),
          sourceUrl: i.url,
        };
      })
      .filter(Boolean),
  };

  const readme = `annuaire open data (${buildDate})

initiatives.json   the whole model: site, regions, communes, sectors, initiatives, events
initiatives.csv    one row per initiative (UTF-8 with BOM, comma-separated), for spreadsheets
initiatives.geojson  initiatives with a public position, as GeoJSON points (lon, lat)
elements.json      a GoGoCarto-compatible feed; entries without a public position sit at their
                   commune's centre and say "approximatePosition": true

Groups that meet in private homes (place.public = false) never carry an address or coordinates.
Licence: ${LICENCE.data} (${LICENCE.dataUrl}). Field meanings: docs/data-format.md in the annuaire project.
`;

  return {
    "initiatives.json": `${JSON.stringify(json, null, 2)}\n`,
    "initiatives.csv": csv,
    "initiatives.geojson": `${JSON.stringify(geojson, null, 2)}\n`,
    "elements.json": `${JSON.stringify(elements, null, 2)}\n`,
    "README.txt": readme,
  };
}
