// /admin/config.yml for Sveltia CMS, generated at build time from the contract (contract-fields.ts) and
// the data folder (communes, sectors): one collection for initiatives, one for events, a fr/nl/en object
// for every translated text, selects fed by the data, editorial workflow (every change is a pull request).
import { stringify } from "yaml";
import type { Model } from "../model/model.ts";
import type { Trilingual } from "../model/schema.ts";
import { type ContractField, contractFields } from "./contract-fields.ts";

type Widget = Record<string, unknown>;

export interface CmsOptions {
  /** owner/name of the GitHub repository; the CMS stays usable with the test backend without it. */
  repository?: string;
  branch?: string;
  /** "github" in production; tests load the same config with "test-repo". */
  backend?: string;
  /** The data folder, relative to the repository root (default "data"). */
  dataFolder?: string;
}

const label = (l: Trilingual | undefined, fallback: string) =>
  l ? [...new Set([l.fr, l.nl, l.en])].join(" · ") : fallback;
const hint = (h: Trilingual | undefined) => (h ? [...new Set([h.fr, h.nl, h.en])].join(" — ") : undefined);

function base(f: ContractField, name: string): Widget {
  const w: Widget = { name, label: label(f.label, name), required: f.required };
  const h = hint(f.help);
  if (h) w.hint = h;
  return w;
}

/** The validator's message for a malformed value, in fr, nl and en. */
export type PatternMessage = (code: string, field: Trilingual | undefined) => string;

function pattern(f: ContractField, messages: PatternMessage): Widget {
  return f.pattern && f.patternCode ? { pattern: [f.pattern, messages(f.patternCode, f.label)] } : {};
}

function widgetFor(f: ContractField, children: ContractField[], model: Model, messages: PatternMessage): Widget {
  const name = f.path.replace(/^.*[.\]]/, "");
  const w = base(f, name);
  const languages = model.site.languages;
  switch (f.kind) {
    case "localized":
      return {
        ...w,
        widget: "object",
        collapsed: false,
        fields: languages.map((l) => ({
          name: l,
          label: l.toUpperCase(),
          widget: f.path === "description" ? "markdown" : (f.maxLength ?? 0) > 160 ? "text" : "string",
          required: false,
        })),
      };
    case "name":
      return { ...w, widget: "string" };
    case "boolean":
      return { ...w, widget: "boolean", default: f.default ?? true };
    case "number":
      return { ...w, widget: "number", value_type: "float" };
    case "date":
      return { ...w, widget: "datetime", format: "YYYY-MM-DD", time_format: false };
    case "datetime":
      return { ...w, widget: "datetime", format: "YYYY-MM-DDTHH:mm" };
    case "enum":
    case "enum-list":
      return {
        ...w,
        widget: "select",
        multiple: f.kind === "enum-list",
        options: (f.values ?? []).map((v) => ({ value: v, label: label(f.valueLabels?.[v], v) })),
        ...(f.default !== undefined ? { default: f.default } : {}),
      };
    case "id":
    case "id-list": {
      const multiple = f.kind === "id-list";
      if (name === "related" || name === "initiative")
        return {
          ...w,
          widget: "relation",
          collection: "initiatives",
          value_field: "{{slug}}",
          search_fields: ["name"],
          display_fields: ["name"],
          multiple,
        };
      const source = name.startsWith("commune")
        ? model.communes
        : name === "sectors"
          ? model.sectors
          : name === "regions"
            ? model.regions
            : undefined;
      if (!source) return { ...w, widget: "string" };
      return {
        ...w,
        widget: "select",
        multiple,
        ...(f.minItems ? { min: f.minItems } : {}),
        options: source.map((s) => ({ value: s.id, label: label(s.name as Trilingual, s.id) })),
      };
    }
    case "text-list":
      return {
        ...w,
        widget: "list",
        field: { name: "item", label: w.label, widget: "string", ...pattern(f, messages) },
      };
    case "object":
      return {
        ...w,
        widget: "object",
        collapsed: false,
        fields: children.map((c) => widgetFor(c, [], model, messages)),
      };
    case "object-list":
      return { ...w, widget: "list", fields: children.map((c) => widgetFor(c, [], model, messages)) };
    default:
      return { ...w, widget: (f.maxLength ?? 0) > 160 ? "text" : "string", ...pattern(f, messages) };
  }
}

/** Top-level widgets of a file kind, with their children nested. `id` is the file name, not a field. */
export function cmsFields(kind: "initiative" | "event", model: Model, messages: PatternMessage): Widget[] {
  const all = contractFields(kind).filter((f) => f.path !== "id");
  const top = all.filter((f) => !/[.[]/.test(f.path));
  return top.map((f) => {
    const children = all.filter((c) => c.path.startsWith(`${f.path}.`) || c.path.startsWith(`${f.path}[].`));
    return widgetFor(f, children, model, messages);
  });
}

export function cmsConfig(model: Model, options: CmsOptions, messages: PatternMessage): Record<string, unknown> {
  const data = options.dataFolder ?? "data";
  const backend: Record<string, unknown> = { name: options.backend ?? "github" };
  if (options.repository) backend.repo = options.repository;
  if (options.branch) backend.branch = options.branch;
  const collection = (name: string, folder: string, kind: "initiative" | "event", labels: Trilingual) => ({
    name,
    label: label(labels, name),
    folder,
    extension: "yaml",
    format: "yaml",
    create: true,
    slug: "{{slug}}",
    identifier_field: kind === "initiative" ? "name" : "title",
    fields: cmsFields(kind, model, messages),
  });
  return {
    backend,
    publish_mode: "editorial_workflow",
    media_folder: `${data}/uploads`,
    public_folder: "/uploads",
    site_url: model.site.baseUrl,
    collections: [
      collection("initiatives", `${data}/initiatives`, "initiative", {
        fr: "Initiatives",
        nl: "Initiatieven",
        en: "Initiatives",
      }),
      collection("events", `${data}/events`, "event", { fr: "Rendez-vous", nl: "Afspraken", en: "Events" }),
    ],
  };
}

export const cmsConfigYaml = (config: Record<string, unknown>): string =>
  `# Generated at build time from the data contract (scripts/contribute/cms-config.ts). Do not edit.\n${stringify(config, { lineWidth: 0 })}`;
