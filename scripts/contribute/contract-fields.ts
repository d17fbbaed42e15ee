// The contract's fields as a flat list, read from the zod schema through its JSON Schema: path, kind,
// labels and help in fr/nl/en, limits, allowed values and the finding code a malformed value gets.
// The web form, its browser-side checks and the CMS config are all generated from this list; none
// of them keeps its own copy of the fields.
import type { z } from "zod";
import { jsonSchemaFor } from "../model/contract-docs.ts";
import { hasMessage } from "../model/messages.ts";
import { FILE_KINDS, type Trilingual } from "../model/schema.ts";

type Json = Record<string, unknown>;

export type FieldKind =
  | "text" // a plain string
  | "name" // a string, or a text per language
  | "localized" // a text per language
  | "boolean"
  | "number"
  | "date"
  | "datetime"
  | "enum"
  | "enum-list"
  | "id-list" // ids of other things: sectors, communes, regions, related initiatives
  | "id" // one id of another thing (an event's initiative or commune)
  | "text-list" // links, language codes
  | "object"
  | "object-list";

export interface ContractField {
  /** Dotted path; items of a list of objects are written `updates[].date`. */
  path: string;
  kind: FieldKind;
  required: boolean;
  label?: Trilingual;
  help?: Trilingual;
  maxLength?: number;
  minItems?: number;
  /** A JavaScript regular expression source the value (or each item) must match. */
  pattern?: string;
  patternFlags?: string;
  /** The finding code the validator gives a value that does not match `pattern`. */
  patternCode?: string;
  values?: string[];
  valueLabels?: Record<string, Trilingual>;
  default?: unknown;
}

const DATE = "^\\d{4}-\\d{2}-\\d{2}$";
const isLocalized = (n: Json) =>
  n.type === "object" && !n.properties && typeof n.additionalProperties === "object" && n.additionalProperties !== null;

function kindOf(node: Json): FieldKind {
  if (node.anyOf) return "name";
  if (isLocalized(node)) return "localized";
  if (node.enum) return "enum";
  if (node.type === "boolean") return "boolean";
  if (node.type === "number" || node.type === "integer") return "number";
  if (node.type === "object") return "object";
  if (node.type === "array") {
    const items = node.items as Json;
    if (items.enum) return "enum-list";
    if (items.type === "object") return "object-list";
    if (items.pattern === "^[a-z0-9]+(?:-[a-z0-9]+)*$") return "id-list";
    return "text-list";
  }
  if (node.pattern === DATE) return "date";
  if (typeof node.pattern === "string" && node.pattern.startsWith("^\\d{4}-\\d{2}-\\d{2}T")) return "datetime";
  if (node.pattern === "^[a-z0-9]+(?:-[a-z0-9]+)*$") return "id";
  return "text";
}

// ---- the finding code of a malformed value, asked of the zod schema itself ----
type AnySchema = z.ZodType;
const defOf = (s: AnySchema) =>
  (s as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
function unwrap(s: AnySchema): AnySchema {
  let current = s;
  for (;;) {
    const inner = defOf(current).innerType as AnySchema | undefined;
    if (!inner) return current;
    current = inner;
  }
}
function zodAt(root: AnySchema, segments: string[]): AnySchema | undefined {
  let current: AnySchema | undefined = unwrap(root);
  for (const segment of segments) {
    if (!current) return undefined;
    const def = defOf(current);
    if (segment === "[]") current = def.type === "array" ? unwrap(def.element as AnySchema) : undefined;
    else current = def.type === "object" ? (def.shape as Record<string, AnySchema>)[segment] : undefined;
    if (current) current = unwrap(current);
  }
  return current;
}
function leafAt(root: AnySchema, path: string[]): AnySchema | undefined {
  const schema = zodAt(root, path);
  return schema && defOf(schema).type === "array" ? unwrap(defOf(schema).element as AnySchema) : schema;
}
/** The code zod gives a value that matches no pattern ("!"): bad-url, bad-email… */
function patternCode(root: AnySchema, path: string[]): string | undefined {
  const result = leafAt(root, path)?.safeParse("!");
  const code = result && !result.success ? result.error.issues[0]?.message : undefined;
  return code && hasMessage(code) ? code : undefined;
}
/** The flags of the zod regex (JSON Schema drops them: `i` on e-mail and postcode patterns). */
function patternFlags(root: AnySchema, path: string[]): string {
  const checks = (leafAt(root, path) ? defOf(leafAt(root, path)!).checks : undefined) as
    | { _zod: { def: { pattern?: RegExp } } }[]
    | undefined;
  return checks?.map((c) => c._zod.def.pattern?.flags).find((f) => f !== undefined) ?? "";
}

function walk(root: AnySchema, node: Json, prefix: string[], required: boolean, out: ContractField[]): void {
  const kind = kindOf(node);
  const text = isLocalized(node)
    ? (node.additionalProperties as Json)
    : node.anyOf
      ? ((node.anyOf as Json[])[0] as Json)
      : node;
  const items = node.type === "array" ? (node.items as Json) : undefined;
  const pattern = (items?.pattern ?? text.pattern) as string | undefined;
  const field: ContractField = { path: prefix.join(".").replace(/\.\[\]/g, "[]"), kind, required };
  if (node.label) field.label = node.label as Trilingual;
  if (node.help) field.help = node.help as Trilingual;
  if (typeof text.maxLength === "number") field.maxLength = text.maxLength;
  if (typeof node.minItems === "number") field.minItems = node.minItems;
  if (pattern && kind !== "localized" && kind !== "id-list" && kind !== "id") {
    field.pattern = pattern;
    const code = patternCode(root, prefix);
    if (code) field.patternCode = code;
    const flags = patternFlags(root, prefix);
    if (flags) field.patternFlags = flags;
  }
  const values = (items?.enum ?? node.enum) as string[] | undefined;
  if (values) field.values = values;
  if (node.values) field.valueLabels = node.values as Record<string, Trilingual>;
  if (node.default !== undefined) field.default = node.default;
  out.push(field);
  const object = items?.properties ? items : node.properties ? node : undefined;
  if (!object) return;
  const req = new Set((object.required as string[] | undefined) ?? []);
  for (const [key, child] of Object.entries(object.properties as Record<string, Json>))
    walk(root, child, [...prefix, ...(items ? ["[]"] : []), key], req.has(key), out);
}

/** Every field of an initiative or event file, parents before their children. */
export function contractFields(kind: "initiative" | "event"): ContractField[] {
  const schema = jsonSchemaFor(kind);
  const out: ContractField[] = [];
  const req = new Set((schema.required as string[] | undefined) ?? []);
  for (const [key, child] of Object.entries(schema.properties as Record<string, Json>))
    walk(FILE_KINDS[kind].schema as AnySchema, child, [key], req.has(key), out);
  return out;
}
