// Everything written from the contract: the JSON Schemas for editors (data/schema/) and
// docs/data-format.md. Pure functions returning file contents; `annuaire schema` writes them and a
// test checks the committed copies are up to date.
import { z } from "zod";
import { FILE_KINDS, type FileKind, type Trilingual } from "./schema.ts";

type Json = Record<string, unknown>;

/** Give every field the `title`/`description` that editors show on hover, from its English label/help. */
function decorate(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(decorate);
  if (!node || typeof node !== "object") return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "label" || key === "help" || key === "values") out[key] = value;
    else if (key === "properties" || key === "$defs")
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, decorate(v)]));
    else out[key] = decorate(value);
  }
  const label = out.label as Trilingual | undefined;
  const help = out.help as Trilingual | undefined;
  if (label && out.title === undefined) out.title = label.en;
  if (help && out.description === undefined) out.description = help.en;
  return out;
}

export function jsonSchemaFor(kind: FileKind): Json {
  const { schema, jsonSchema } = FILE_KINDS[kind];
  const generated = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  return { ...(decorate(generated) as Json), $id: jsonSchema, title: `annuaire ${FILE_KINDS[kind].file}` };
}

/** File name → content of every JSON Schema, with a trailing newline and stable key order. */
export function jsonSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of Object.keys(FILE_KINDS) as FileKind[])
    files[FILE_KINDS[kind].jsonSchema] = `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`;
  return files;
}

// ---- docs/data-format.md ----
interface Row {
  path: string;
  type: string;
  required: boolean;
  label: Trilingual | undefined;
  help: Trilingual | undefined;
  values: string[];
  limits: string;
}

function typeOf(node: Json): string {
  if (node.anyOf) return (node.anyOf as Json[]).map(typeOf).join(" or ");
  if (node.enum) return "one of the values";
  if (
    node.type === "object" &&
    node.additionalProperties &&
    typeof node.additionalProperties === "object" &&
    !node.properties
  )
    return "text per language";
  if (node.type === "array") {
    const items = node.items as Json;
    return `list of ${items.enum ? "values" : items.type === "object" && items.properties ? "items" : typeOf(items)}`;
  }
  if (node.type === "string" && node.pattern === "^\\d{4}-\\d{2}-\\d{2}$") return "date";
  return String(node.type ?? "any");
}

function limitsOf(node: Json): string {
  const parts: string[] = [];
  const text = (node.additionalProperties as Json | undefined) ?? node;
  if (typeof text.maxLength === "number") parts.push(`≤ ${text.maxLength} characters`);
  if (typeof node.minItems === "number" && node.minItems > 0) parts.push(`≥ ${node.minItems} item(s)`);
  if (typeof node.minimum === "number") parts.push(`≥ ${node.minimum}`);
  if (typeof node.maximum === "number") parts.push(`≤ ${node.maximum}`);
  if (node.default !== undefined) parts.push(`default \`${JSON.stringify(node.default)}\``);
  return parts.join(", ");
}

function rows(node: Json, prefix: string, required: boolean, out: Row[]): void {
  const items = node.type === "array" ? (node.items as Json) : undefined;
  const values = ((items?.enum ?? node.enum) as string[] | undefined) ?? [];
  if (prefix) {
    out.push({
      path: prefix,
      type: typeOf(node),
      required,
      label: node.label as Trilingual | undefined,
      help: node.help as Trilingual | undefined,
      values,
      limits: limitsOf(node),
    });
  }
  const object = items?.properties ? items : node.properties ? node : undefined;
  if (!object) return;
  const req = new Set((object.required as string[] | undefined) ?? []);
  const base = items ? `${prefix}[]` : prefix;
  for (const [key, child] of Object.entries(object.properties as Record<string, Json>))
    rows(child, base ? `${base}.${key}` : key, req.has(key), out);
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function table(kind: FileKind): string {
  const out: Row[] = [];
  const schema = jsonSchemaFor(kind);
  rows(schema.type === "array" ? { ...schema, type: "array" } : schema, "", true, out);
  const lines = ["| field | type | required | meaning (en / fr / nl) | rules |", "|---|---|---|---|---|"];
  for (const row of out) {
    const meaning = row.label
      ? `**${row.label.en}** / ${row.label.fr} / ${row.label.nl}${row.help ? `<br>${row.help.en}` : ""}`
      : "";
    const values = row.values.length ? `values: ${row.values.map((v) => `\`${v}\``).join(", ")}` : "";
    lines.push(
      `| \`${row.path}\` | ${row.type} | ${row.required ? "yes" : ""} | ${cell(meaning)} | ${cell([row.limits, values].filter(Boolean).join("; "))} |`,
    );
  }
  return lines.join("\n");
}

const EXAMPLE_INITIATIVE = `# yaml-language-server: $schema=../schema/initiative.schema.json
name: Repair Café Exemple          # or one name per language: { fr: …, nl: …, en: … }
summary:
  fr: On répare ensemble vos objets cassés, gratuitement.
  nl: We herstellen samen je kapotte spullen, gratis.
  en: We fix your broken things together, for free.
description:
  fr: |
    Apportez un objet, on cherche la panne **avec vous**.
sectors: [repair]
communes: [ixelles]
place:
  public: true                     # false = meets in private homes: no address, no position
  name: Maison de quartier Exemple
  address: Rue de l'Exemple 1
  postcode: "1050"
  lat: 50.8330
  lon: 4.3670
contact:
  website: https://example.org/
  email: contact@example.org
schedule:
  fr: Le premier samedi du mois, de 14 h à 17 h.
languages: [fr, nl, en]
accessibility: [wheelchair]
status: active
verified: 2026-11-30
charter: 2026-10-01
related: [another-initiative]
updates:
  - date: 2026-11-02
    text: { fr: Nouveau local !, nl: Nieuw lokaal!, en: New venue! }
`;

export function dataFormatDoc(): string {
  const section = (kind: FileKind, intro: string) =>
    `## \`${FILE_KINDS[kind].file}\`\n\n${intro}\n\nJSON Schema: \`data/schema/${FILE_KINDS[kind].jsonSchema}\`.\n\n${table(kind)}\n`;
  return `<!-- Generated by \`annuaire schema\` from scripts/model/schema.ts. Do not edit by hand: a test fails when it is out of date. -->
# The data format

A data folder (by default \`data/\`) holds a few YAML files that describe the place (site, regions,
communes, sectors) and one file per initiative and per event. Every rule below is checked by
\`annuaire validate\`, which prints each problem as \`file:line:col  message\` with a way to fix it.

- **Texts per language** are written as \`{ fr: …, nl: …, en: … }\`. A missing language is a warning: the
  site shows another language instead (and marks it with a \`lang\` attribute).
- **Identifiers** (ids) are lowercase letters without accents, digits and dashes: \`saint-gilles\`.
  An initiative's id is its file name: \`initiatives/repair-cafe-ixelles.yaml\` → \`repair-cafe-ixelles\`.
  It appears in URLs and printed QR codes, so never rename a published file.
- **Links** are full \`https://\` (or \`http://\`) addresses; nothing else is accepted.
- **Dates** are \`YYYY-MM-DD\`; date-times are \`YYYY-MM-DDTHH:MM\` in the site's time zone.
- **Descriptions** are Markdown without HTML.
- **Privacy**: \`place.public: false\` means the group meets in private homes. Then only its commune is
  published: no address, postcode or position may be written in the file at all.
- Editors with the YAML language server (VS Code's YAML extension) autocomplete and check fields from
  the first line \`# yaml-language-server: $schema=…\`.

Errors (the build stops): YAML syntax, wrong types, unknown ids (commune, sector, region, related
initiative, an event's initiative), duplicate ids, id not equal to the file name, links that are not
http(s), malformed e-mail, phone or date, an event that ends before it starts, coordinates outside the
region. Warnings (listed, the build goes on): missing translations, \`verified\` older than 12 months,
a summary too long for print, possible duplicates (same website, e-mail or phone, or very similar names),
a postcode that is not in the listed communes.

## Example initiative

\`\`\`yaml
${EXAMPLE_INITIATIVE}\`\`\`

${section("site", "Settings of the whole site and of the printed booklets.")}
${section("regions", "A list of regions. Every commune belongs to one; region booklets group their communes.")}
${section("communes", "A list of communes with official names per language, NIS code, postcodes and an approximate centre (used only to place groups that meet in private homes and to centre maps).")}
${section("sectors", "A list of sectors (themes). `icon` is an SVG pictogram inside the data folder, shown on the web and on paper.")}
${section("initiative", "One file per initiative. Give at least one commune or region.")}
${section("event", "One file per event of the agenda. Give `commune` or `place`.")}
${section("boundary", "Optional, one JSON file per commune, named after its id: the commune's outline, drawn on the map of its welcome pack (with numbered markers, neighbouring communes, a scale bar and a north arrow). Standard GeoJSON (RFC 7946), longitude before latitude, as exported by QGIS or geojson.io. Only add outlines from an openly licensed source and credit it in the folder (a README next to the files). Without an outline the map is drawn from the initiatives' positions alone, and with no positions either the welcome pack lists where to go instead.")}`;
}
