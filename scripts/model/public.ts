// Privacy by allow-list: the typed model → the same model holding only what PUBLIC_FIELDS (schema.ts)
// lists, plus the internal fields the pipeline needs. The website stage and open data start from this,
// so a field nobody listed — or one injected by a bug — cannot reach a page, the search index,
// JSON-LD, JSON, CSV, GeoJSON or the GoGoCarto feed.
import type { AgendaEvent, Initiative, Model } from "./model.ts";
import { INTERNAL_FIELDS, PUBLIC_FIELDS } from "./schema.ts";

type Plain = Record<string, unknown>;

/** The keys of `value` named in `keys`, in the order of `keys`; others are dropped. */
function pick(value: unknown, keys: readonly string[]): Plain {
  const source = (value ?? {}) as Plain;
  const out: Plain = {};
  for (const key of keys) if (Object.hasOwn(source, key) && source[key] !== undefined) out[key] = source[key];
  return out;
}

/** A place: a private one says only that it is private, whatever the lists say. */
export function publicPlace(place: unknown): Plain | undefined {
  if (!place || typeof place !== "object") return undefined;
  const picked = pick(place, PUBLIC_FIELDS.place);
  return picked.public === true ? picked : { public: false };
}

const listOf = (value: unknown, keys: readonly string[]) =>
  Array.isArray(value) ? value.map((item) => pick(item, keys)) : undefined;

/** One initiative with its listed fields only (id, the derived name/areas and internal fields kept). */
export function projectInitiative(initiative: Initiative): Initiative {
  const out = pick(initiative, ["id", ...PUBLIC_FIELDS.initiative, ...INTERNAL_FIELDS]);
  if (out.place !== undefined) out.place = publicPlace(out.place);
  if (out.contact !== undefined) out.contact = pick(out.contact, PUBLIC_FIELDS.contact);
  if (out.updates !== undefined) out.updates = listOf(out.updates, PUBLIC_FIELDS.update);
  return out as unknown as Initiative;
}

export function projectEvent(event: AgendaEvent): AgendaEvent {
  const out = pick(event, ["id", ...PUBLIC_FIELDS.event, ...INTERNAL_FIELDS]);
  if (out.place !== undefined) out.place = publicPlace(out.place);
  return out as unknown as AgendaEvent;
}

/** The model as the website and open data may see it. */
export function publicModel(model: Model): Model {
  return {
    ...model,
    initiatives: model.initiatives.map(projectInitiative),
    events: model.events.map(projectEvent),
  };
}

/** Drops the internal fields, for files that leave the pipeline (open data). */
export function withoutInternal<T extends object>(item: T): Omit<T, (typeof INTERNAL_FIELDS)[number]> {
  const out = { ...item } as Plain;
  for (const key of INTERNAL_FIELDS) delete out[key];
  return out as Omit<T, (typeof INTERNAL_FIELDS)[number]>;
}
