// Stage 2, validate: parsed documents → the typed model, or findings that say what to fix and where.
// Stages, each callable alone: checkShapes → checkLinks → checkWarnings → buildModel (validateFiles runs them).
import { existsSync } from "node:fs";
import path from "node:path";
import type { core, z } from "zod";
import { globalRegistry } from "zod";
import { DuplicateIndex } from "./duplicates.ts";
import type { Finding, Params, Severity } from "./findings.ts";
import { loadDataDir, type PathSegment, positionOf, type SourceFile } from "./load.ts";
import { hasMessage, LANGS } from "./messages.ts";
import {
  type AgendaEvent,
  type Commune,
  type Initiative,
  indexById,
  type Model,
  monthsBetween,
  type Region,
  type Sector,
  type Site,
  todayIso,
} from "./model.ts";
import {
  type CommuneInput,
  type EventInput,
  FILE_KINDS,
  ID_PATTERN,
  type InitiativeInput,
  type RegionInput,
  type SectorInput,
  type SiteInput,
} from "./schema.ts";
import { type Candidate, suggest } from "./suggest.ts";

export interface ValidateOptions {
  /** The date "now" for staleness warnings (YYYY-MM-DD); today by default. */
  today?: string;
  /** Months after which `verified` is reported as old; default: site.yaml's staleWarningMonths. */
  staleWarningMonths?: number;
}

export interface ValidationResult {
  findings: Finding[];
  /** How many files were read. */
  files: number;
  /** Present only when there is no error. */
  model?: Model;
}

type Reporter = (severity: Severity, at: PathSegment[], code: string, params?: Params, which?: "value" | "key") => void;

const reporterFor =
  (file: SourceFile, findings: Finding[]): Reporter =>
  (severity, at, code, params = {}, which = "value") => {
    const { line, col } = positionOf(file, at, which);
    findings.push({ severity, file: file.shown, line, col, code, params });
  };

const fieldName = (segments: readonly PathSegment[]): string =>
  segments.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");

const valueAt = (data: unknown, segments: readonly PathSegment[]): unknown =>
  segments.reduce<unknown>(
    (node, s) => (node && typeof node === "object" ? (node as Record<string | number, unknown>)[s] : undefined),
    data,
  );

const actualType = (value: unknown): string =>
  value === null || value === undefined
    ? "null"
    : Array.isArray(value)
      ? "array"
      : typeof value === "object"
        ? "object"
        : typeof value;

// ---- Schema metadata lookups (labels for "missing" messages, allowed keys for "did you mean") ----
type AnySchema = z.ZodType;
const defOf = (s: AnySchema) =>
  (s as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;

function unwrap(schema: AnySchema): AnySchema[] {
  const chain: AnySchema[] = [schema];
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const inner = (def.innerType ?? (def.type === "pipe" ? def.in : undefined)) as AnySchema | undefined;
    if (!inner) return chain;
    chain.push(inner);
    current = inner;
  }
}

function schemaAt(schema: AnySchema, segments: readonly PathSegment[]): AnySchema[] | undefined {
  let chain = unwrap(schema);
  for (const segment of segments) {
    const base = chain[chain.length - 1]!;
    const def = defOf(base);
    let next: AnySchema | undefined;
    if (def.type === "object") next = (def.shape as Record<string, AnySchema>)[String(segment)];
    else if (def.type === "array") next = def.element as AnySchema;
    else if (def.type === "record") next = def.valueType as AnySchema;
    if (!next) return undefined;
    chain = unwrap(next);
  }
  return chain;
}

function labelParams(schema: AnySchema, segments: readonly PathSegment[]): Params {
  for (const s of schemaAt(schema, segments) ?? []) {
    const label = globalRegistry.get(s)?.label as Record<string, string> | undefined;
    if (label) return Object.fromEntries(LANGS.map((l) => [`label_${l}`, label[l] ?? ""]));
  }
  return {};
}

function objectKeys(schema: AnySchema, segments: readonly PathSegment[]): string[] {
  const chain = schemaAt(schema, segments);
  const def = chain ? defOf(chain[chain.length - 1]!) : undefined;
  return def?.type === "object" ? Object.keys(def.shape as object) : [];
}

// ---- Zod issues → findings ----
function reportIssues(
  issues: readonly core.$ZodIssue[],
  schema: AnySchema,
  data: unknown,
  report: Reporter,
  prefix: PathSegment[] = [],
): void {
  for (const issue of issues) {
    const at = [...prefix, ...(issue.path as PathSegment[])];
    const field = fieldName(at);
    const value = valueAt(data, at);
    const shown =
      typeof value === "string" || typeof value === "number" ? String(value) : (JSON.stringify(value) ?? "");
    if (issue.code === "invalid_union") {
      // `name` is text or a text per language: explain the branch that matches what was written.
      const branch =
        typeof value === "string"
          ? issue.errors[0]
          : value && typeof value === "object" && !Array.isArray(value)
            ? issue.errors[1]
            : undefined;
      if (branch) reportIssues(branch, schema, data, report, at);
      else report("error", at, "name-form", { field });
    } else if (issue.code === "invalid_key") {
      const key = String(at[at.length - 1]);
      // `{ fr: Bonjour, bienvenue }` splits at the comma: the "key" is the rest of the text.
      const code = /[\s.,;!?]/.test(key) ? "comma-in-text" : "bad-lang";
      report("error", at, code, { field: fieldName(at.slice(0, -1)), value: key }, "key");
    } else if (issue.code === "unrecognized_keys") {
      const known = objectKeys(schema, at);
      for (const key of issue.keys) {
        const suggestion = suggest(
          key,
          known.map((id) => ({ id })),
        );
        report("error", [...at, key], "unknown-field", { field: key, ...(suggestion ? { suggestion } : {}) }, "key");
      }
    } else if (hasMessage(issue.message)) {
      report("error", at, issue.message, { field, value: shown });
    } else if (issue.code === "invalid_type") {
      if (value === undefined) report("error", at, "required", { field, ...labelParams(schema, at) });
      else {
        const expected = issue.expected === "record" ? "record" : issue.expected;
        const params: Params = { field, expected, actual: actualType(value) };
        if (issue.expected === "array" && typeof value === "string") params.suggestion = `- ${value}`;
        report("error", at, "wrong-type", params);
      }
    } else if (issue.code === "invalid_value") {
      const allowed = issue.values.map(String);
      const suggestion = suggest(
        shown,
        allowed.map((id) => ({ id })),
      );
      report("error", at, "not-allowed", {
        field,
        value: shown,
        ...(suggestion ? { suggestion } : { allowed: allowed.join(",") }),
      });
    } else if (issue.code === "too_small") {
      if (issue.origin === "string") report("error", at, "empty", { field });
      else if (issue.origin === "array") report("error", at, "too-few", { field, min: Number(issue.minimum) });
      else report("error", at, "too-small", { field, value: shown, min: Number(issue.minimum) });
    } else if (issue.code === "too_big") {
      if (issue.origin === "string")
        report("error", at, "too-long", { field, length: String(value ?? "").length, max: Number(issue.maximum) });
      else report("error", at, "too-big", { field, value: shown, max: Number(issue.maximum) });
    } else if (issue.code === "invalid_format" || issue.code === "custom") {
      report("error", at, "wrong-type", { field, expected: "string", actual: actualType(value) });
    } else {
      report("error", at, "not-integer", { field });
    }
  }
}

function checkSchema<T>(file: SourceFile, findings: Finding[]): T | undefined {
  if (file.data === undefined || file.data === null) return undefined;
  const schema = FILE_KINDS[file.kind].schema as AnySchema;
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return result.data as T;
  reportIssues(result.error.issues, schema, file.data, reporterFor(file, findings));
  return undefined;
}

const knownLanguage = (() => {
  const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
  return (code: string) => names.of(code) !== code;
})();

/** Stage "shapes": every file checked against its schema in the contract. */
export interface Shapes {
  site?: SiteInput;
  regions?: { file: SourceFile; items?: RegionInput[] };
  communes?: { file: SourceFile; items?: CommuneInput[] };
  sectors?: { file: SourceFile; items?: SectorInput[] };
  /** Every initiative file, with its parsed input when it has the right shape. */
  initiatives: { file: SourceFile; input?: InitiativeInput }[];
  events: { file: SourceFile; input?: EventInput }[];
  /** The site's languages (fr, nl, en while site.yaml is unreadable). */
  languages: string[];
}

export function checkShapes(files: readonly SourceFile[], findings: Finding[]): Shapes {
  const of = (kind: SourceFile["kind"]) => files.filter((f) => f.kind === kind);
  const siteFile = of("site")[0];
  const site = siteFile ? checkSchema<SiteInput>(siteFile, findings) : undefined;
  const listFile = <T>(kind: "regions" | "communes" | "sectors") => {
    const file = of(kind)[0];
    if (!file) return undefined;
    const items = checkSchema<T[]>(file, findings);
    return items ? { file, items } : { file };
  };
  const shapes: Shapes = {
    initiatives: of("initiative").map((file) => withInput(file, checkSchema<InitiativeInput>(file, findings))),
    events: of("event").map((file) => withInput(file, checkSchema<EventInput>(file, findings))),
    languages: site?.languages ?? ["fr", "nl", "en"],
  };
  const regions = listFile<RegionInput>("regions");
  const communes = listFile<CommuneInput>("communes");
  const sectors = listFile<SectorInput>("sectors");
  if (site) shapes.site = site;
  if (regions) shapes.regions = regions;
  if (communes) shapes.communes = communes;
  if (sectors) shapes.sectors = sectors;
  for (const { file, input } of shapes.initiatives) {
    input?.languages?.forEach((l, i) => {
      if (!knownLanguage(l))
        reporterFor(file, findings)("error", ["languages", i], "bad-lang", { field: `languages[${i}]`, value: l });
    });
  }
  return shapes;
}

const withInput = <T>(file: SourceFile, input: T | undefined): { file: SourceFile; input?: T } =>
  input === undefined ? { file } : { file, input };

/** Lookups built from the reference files, for the links stage and the model. */
export interface Links {
  regionById: Map<string, RegionInput>;
  communeById: Map<string, CommuneInput>;
  sectorIds: Set<string>;
  initiativeIds: Set<string>;
}

/** Stage "links": ids unique, file names valid, and every reference between files points somewhere. */
export function checkLinks(shapes: Shapes, findings: Finding[], dataDir: string): Links {
  const err = (file: SourceFile) => reporterFor(file, findings);
  const { languages } = shapes;

  // Duplicate ids inside each list file.
  for (const list of [shapes.regions, shapes.communes, shapes.sectors]) {
    if (!list?.items) continue;
    const seen = new Map<string, number>();
    list.items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        err(list.file)("error", [i, "id"], "duplicate-id", {
          value: item.id,
          other: `${list.file.shown}:${positionOf(list.file, [first, "id"]).line}`,
        });
      else seen.set(item.id, i);
    });
  }

  const regions = shapes.regions?.items ?? [];
  const communes = shapes.communes?.items ?? [];
  const sectors = shapes.sectors?.items ?? [];
  const regionById = indexById(regions);
  const communeById = indexById(communes);
  const aliases = (items: readonly { id: string; name: Record<string, string> }[]): Candidate[] =>
    items.map((item) => ({ id: item.id, aliases: Object.values(item.name) }));
  const regionCandidates = aliases(regions);
  const communeCandidates = aliases(communes);
  const sectorCandidates = aliases(sectors);

  const checkRef = (
    report: Reporter,
    at: PathSegment[],
    value: string,
    known: ReadonlyMap<string, unknown> | ReadonlySet<string>,
    candidates: Candidate[],
    code: string,
  ) => {
    if (known.has(value)) return;
    const suggestion = suggest(value, candidates);
    report("error", at, code, { field: fieldName(at), value, ...(suggestion ? { suggestion } : {}) });
  };

  // Links inside the reference files.
  if (shapes.communes?.items && shapes.regions?.items) {
    const file = shapes.communes.file;
    shapes.communes.items.forEach((c, i) => {
      const report = err(file);
      checkRef(report, [i, "region"], c.region, regionById, regionCandidates, "unknown-region");
      const region = regionById.get(c.region);
      if (region && !inside(region, c.centre.lat, c.centre.lon))
        report("error", [i, "centre"], "out-of-bounds", {
          lat: c.centre.lat,
          lon: c.centre.lon,
          region: region.name[languages[0]!] ?? region.id,
        });
    });
  }
  if (shapes.sectors?.items) {
    const file = shapes.sectors.file;
    shapes.sectors.items.forEach((s, i) => {
      if (!existsSync(path.join(dataDir, s.icon)))
        err(file)("error", [i, "icon"], "icon-missing", { field: `[${i}].icon`, value: s.icon });
    });
  }

  // Initiatives and events: file names, then links.
  const initiativeIds = new Set<string>();
  for (const { file } of [...shapes.initiatives, ...shapes.events]) {
    if (!ID_PATTERN.test(file.id ?? ""))
      findings.push({
        severity: "error",
        file: file.shown,
        line: 1,
        col: 1,
        code: "bad-file-name",
        params: { name: path.basename(file.abs) },
      });
    if (file.kind === "initiative") initiativeIds.add(file.id!);
  }
  const initiativeCandidates = [...initiativeIds].map((id) => ({ id }));
  const sectorIds = new Set(sectors.map((s) => s.id));

  for (const { file, input } of shapes.initiatives) {
    const report = err(file);
    const id = file.id!;
    // References are checked on the raw data, so a file with a type error elsewhere still hears about them.
    const refs = (key: string) => stringsIn(file.data, key);
    refs("sectors").forEach(([i, s]) =>
      checkRef(report, ["sectors", i], s, sectorIds as ReadonlySet<string>, sectorCandidates, "unknown-sector"),
    );
    refs("communes").forEach(([i, c]) =>
      checkRef(report, ["communes", i], c, communeById, communeCandidates, "unknown-commune"),
    );
    refs("regions").forEach(([i, r]) =>
      checkRef(report, ["regions", i], r, regionById, regionCandidates, "unknown-region"),
    );
    refs("related").forEach(([i, r]) => {
      if (r === id) report("error", ["related", i], "self-related", { field: `related[${i}]`, value: r });
      else checkRef(report, ["related", i], r, initiativeIds, initiativeCandidates, "unknown-initiative");
    });
    if (!input) continue;
    if (input.id !== undefined && input.id !== id)
      report("error", ["id"], "id-mismatch", { value: input.id, expected: id });
    const place = input.place;
    const regionIds = regionsOf(input, regions, communeById);
    if (place?.lat !== undefined && place.lon !== undefined && regionIds.length) {
      const areas = regionIds.map((r) => regionById.get(r)!);
      if (!areas.some((r) => inside(r, place.lat!, place.lon!)))
        report("error", ["place", "lat"], "out-of-bounds", {
          lat: place.lat,
          lon: place.lon,
          region: areas.map((r) => r.name[languages[0]!] ?? r.id).join(", "),
        });
    }
  }

  for (const { file, input } of shapes.events) {
    if (!input) continue;
    const report = err(file);
    if (input.id !== undefined && input.id !== file.id)
      report("error", ["id"], "id-mismatch", { value: input.id, expected: file.id! });
    checkRef(report, ["initiative"], input.initiative, initiativeIds, initiativeCandidates, "unknown-initiative");
    if (input.commune) checkRef(report, ["commune"], input.commune, communeById, communeCandidates, "unknown-commune");
    if (input.end && input.end.slice(0, 16) < input.start.slice(0, 16))
      report("error", ["end"], "end-before-start", { value: input.end, other: input.start });
  }
  return { regionById, communeById, sectorIds, initiativeIds };
}

/** The regions an initiative acts in: those it names plus those of its communes, in regions.yaml order. */
function regionsOf(
  input: InitiativeInput,
  regions: readonly RegionInput[],
  communeById: ReadonlyMap<string, CommuneInput>,
): string[] {
  const communesHere = (input.communes ?? []).map((c) => communeById.get(c)).filter((c): c is CommuneInput => !!c);
  return regions.map((r) => r.id).filter((r) => input.regions?.includes(r) || communesHere.some((c) => c.region === r));
}

/** Stage "warnings": what does not stop a build but a maintainer should look at. */
export function checkWarnings(shapes: Shapes, links: Links, findings: Finding[], options: ValidateOptions = {}): void {
  const err = (file: SourceFile) => reporterFor(file, findings);
  const { languages, site } = shapes;
  const today = options.today ?? todayIso();
  // The online warning limit is set in site.yaml (staleWarningMonths); an option overrides it.
  const staleMonths = options.staleWarningMonths ?? shapes.site?.staleWarningMonths ?? 12;
  for (const { file, input } of shapes.initiatives) {
    if (!input) continue;
    const report = err(file);
    const place = input.place;
    const communesHere = (input.communes ?? [])
      .map((c) => links.communeById.get(c))
      .filter((c): c is CommuneInput => !!c);
    if (place?.postcode && communesHere.length && !communesHere.some((c) => c.postcodes.includes(place.postcode!)))
      report("warning", ["place", "postcode"], "postcode-commune", {
        value: place.postcode,
        values: communesHere.map((c) => c.id).join(", "),
      });
    warnTranslations(report, languages, input, typeof input.name === "string");
    // A date still to come is almost always a typo (2062 for 2026) and would hide the entry from the stale check.
    const future: [PathSegment[], string | undefined][] = [
      [["verified"], input.verified],
      [["charter"], input.charter],
      ...(input.updates ?? []).map((u, n): [PathSegment[], string] => [["updates", n, "date"], u.date]),
    ];
    for (const [at, date] of future)
      if (date && date > today) report("warning", at, "future-date", { field: fieldName(at), value: date, today });
    if (input.verified <= today && staleMonths > 0 && monthsBetween(input.verified, today) >= staleMonths)
      report("warning", ["verified"], "stale", { value: input.verified, months: staleMonths });
    if (input.provenance === "public-source")
      report("info", ["provenance"], "to-check", { value: (input.sources ?? []).join(" ") || "—" });
    const summaryMax = site?.print.summaryMax ?? 200;
    for (const [lang, text] of Object.entries(input.summary)) {
      if (text.length > summaryMax)
        report("warning", ["summary", lang], "summary-long", {
          field: `summary.${lang}`,
          length: text.length,
          max: summaryMax,
        });
    }
  }
  for (const { file, input } of shapes.events) {
    if (!input) continue;
    for (const key of ["title", "description"] as const) warnMissing(err(file), languages, [key], input[key]);
  }
  warnDuplicates(
    shapes.initiatives.flatMap(({ file, input }) => (input ? [{ id: file.id!, input }] : [])),
    shapes.initiatives.map((i) => i.file),
    findings,
    languages,
  );

  // Languages written in texts must be languages of the site.
  for (const { file } of [...shapes.initiatives, ...shapes.events]) {
    if (!file.data || typeof file.data !== "object") continue;
    for (const key of ["name", "summary", "description", "schedule", "title"]) {
      const text = (file.data as Record<string, unknown>)[key];
      if (!text || typeof text !== "object" || Array.isArray(text)) continue;
      for (const lang of Object.keys(text)) {
        if (/^[a-z]{2}$/.test(lang) && !languages.includes(lang))
          err(file)(
            "warning",
            [key, lang],
            "unknown-language",
            { field: `${key}.${lang}`, value: lang, values: languages.join(", ") },
            "key",
          );
      }
    }
  }
}

/** Stage "model": the typed model from data with no error. Undefined while a reference file is unreadable. */
export function buildModel(shapes: Shapes, links: Links, dataDir: string): Model | undefined {
  const { site, languages } = shapes;
  const regions = shapes.regions?.items;
  const communes = shapes.communes?.items;
  const sectors = shapes.sectors?.items;
  if (!site || !regions || !communes || !sectors) return undefined;
  const source = (file: SourceFile) => path.relative(dataDir, file.abs).split(path.sep).join("/");
  const initiatives: Initiative[] = shapes.initiatives.flatMap(({ file, input }) => {
    if (!input) return [];
    const name: Record<string, string> =
      typeof input.name === "string" ? Object.fromEntries(languages.map((l) => [l, input.name as string])) : input.name;
    const { id: _ignored, name: _name, communes: _c, regions: _r, ...rest } = input;
    return [
      {
        ...rest,
        id: file.id!,
        name,
        communes: input.communes ?? [],
        regions: regionsOf(input, regions, links.communeById),
        source: source(file),
      },
    ];
  });
  const events: AgendaEvent[] = shapes.events.flatMap(({ file, input }) => {
    if (!input) return [];
    const { id: _ignored, ...rest } = input;
    return [{ ...rest, id: file.id!, source: source(file) }];
  });
  return {
    dataDir,
    site: { ...site, defaultLanguage: languages[0]! } as Site,
    regions: regions as Region[],
    communes: communes as Commune[],
    sectors: sectors.map((s): Sector => ({ ...s, iconPath: path.join(dataDir, s.icon) })),
    initiatives: initiatives.sort((a, b) => (a.id < b.id ? -1 : 1)),
    events: events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1)),
  };
}

/**
 * Validates a loaded data folder, stage by stage: shapes, links between files, warnings, then the
 * model. Never throws on bad data: every problem becomes a finding.
 */
export function validateFiles(
  files: readonly SourceFile[],
  loadFindings: readonly Finding[],
  dataDir: string,
  options: ValidateOptions = {},
): ValidationResult {
  const findings: Finding[] = [...loadFindings];
  const shapes = checkShapes(files, findings);
  const links = checkLinks(shapes, findings, dataDir);
  checkWarnings(shapes, links, findings, options);
  const unique = dedupe(findings);
  const result: ValidationResult = { findings: unique, files: files.length };
  if (!unique.some((f) => f.severity === "error")) {
    const model = buildModel(shapes, links, dataDir);
    if (model) result.model = model;
  }
  return result;
}

/** The string items of a list field of raw data, with their index. */
function stringsIn(data: unknown, key: string): [number, string][] {
  const list =
    data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((v, i): [number, string][] => (typeof v === "string" && ID_PATTERN.test(v) ? [[i, v]] : []));
}

const inside = (region: RegionInput, lat: number, lon: number) =>
  lat >= region.bounds.south && lat <= region.bounds.north && lon >= region.bounds.west && lon <= region.bounds.east;

function warnMissing(
  report: Reporter,
  languages: readonly string[],
  at: PathSegment[],
  text: Record<string, string> | undefined,
) {
  if (!text) return;
  const missing = languages.filter((l) => !text[l]);
  if (missing.length) report("warning", at, "missing-translation", { field: fieldName(at), langs: missing.join(", ") });
}

function warnTranslations(report: Reporter, languages: readonly string[], input: InitiativeInput, singleName: boolean) {
  if (!singleName) warnMissing(report, languages, ["name"], input.name as Record<string, string>);
  for (const key of ["summary", "description", "schedule"] as const) warnMissing(report, languages, [key], input[key]);
  input.updates?.forEach((u, i) => warnMissing(report, languages, ["updates", i, "text"], u.text));
}

/** Possible duplicates (see duplicates.ts): the later entry in file order hears about the earlier one. */
function warnDuplicates(
  inputs: readonly { id: string; input: InitiativeInput }[],
  files: readonly SourceFile[],
  findings: Finding[],
  languages: readonly string[],
) {
  const fileById = new Map(files.map((f) => [f.id!, f]));
  const index = new DuplicateIndex(languages);
  for (const { id, input } of inputs) {
    const item = {
      id,
      contact: input.contact,
      sectors: input.sectors,
      communes: input.communes ?? [],
      name:
        typeof input.name === "string"
          ? Object.fromEntries(languages.map((l) => [l, input.name as string]))
          : (input.name as Record<string, string>),
    };
    const report = reporterFor(fileById.get(id)!, findings);
    for (const match of index.matches(item)) {
      const other = `initiatives/${match.other}.yaml`;
      if (match.reason === "name") report("warning", ["name"], "similar-name", { other, value: match.otherName });
      else if (match.reason === "local-name")
        report("warning", ["name"], "similar-local-name", { other, value: match.otherName });
      else report("warning", ["contact", match.reason], "possible-duplicate", { what: match.reason, other });
    }
    index.add(item);
  }
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.col}:${f.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Load and validate a data folder in one call. */
export function validateDataDir(dataDir: string, options: ValidateOptions & { cwd?: string } = {}): ValidationResult {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, dataDir);
  const { files, findings } = loadDataDir(root, cwd);
  return validateFiles(files, findings, root, options);
}

/** The typed model, or an error listing every problem. For the build: bad data never half-builds. */
export class InvalidDataError extends Error {
  constructor(readonly result: ValidationResult) {
    super(`The data has ${result.findings.filter((f) => f.severity === "error").length} error(s)`);
  }
}

export function loadModel(
  dataDir: string,
  options: ValidateOptions & { cwd?: string } = {},
): { model: Model; findings: Finding[] } {
  const result = validateDataDir(dataDir, options);
  if (!result.model) throw new InvalidDataError(result);
  return { model: result.model, findings: result.findings };
}
