// Stage 3, the typed model that the website and the print pipeline both read. Built only from data
// that passed validation; nothing downstream re-reads YAML.
import type {
  CommuneInput,
  EventInput,
  InitiativeInput,
  LocalizedText,
  RegionInput,
  SectorInput,
  SiteInput,
} from "./schema.ts";

export type { LocalizedText };

export type Site = SiteInput & { defaultLanguage: string };
export type Region = RegionInput;
export type Commune = CommuneInput;
export type Sector = SectorInput & { /** Absolute path of the pictogram file. */ iconPath: string };

export type Initiative = Omit<InitiativeInput, "id" | "name" | "communes" | "regions"> & {
  id: string;
  /** Always a text per language; a single name is given for every site language. */
  name: LocalizedText;
  communes: string[];
  /** The regions given, plus those of the communes, in the order of regions.yaml. */
  regions: string[];
  /** Path of the source file relative to the data folder, for "edit this entry" links. */
  source: string;
};

export type AgendaEvent = Omit<EventInput, "id"> & { id: string; source: string };

export interface Model {
  dataDir: string;
  site: Site;
  regions: Region[];
  communes: Commune[];
  sectors: Sector[];
  /** Sorted by id (code point order), so every consumer starts from the same order. */
  initiatives: Initiative[];
  events: AgendaEvent[];
}

export interface Localized {
  text: string;
  /** The language the text is actually in; differs from the requested one when it fell back. */
  lang: string;
}

/** A text in `lang`, or else in the first site language that has it; never an empty string. */
export function localize(
  text: LocalizedText | undefined,
  lang: string,
  languages: readonly string[],
): Localized | undefined {
  if (!text) return undefined;
  for (const candidate of [lang, ...languages, ...Object.keys(text).sort()]) {
    const value = text[candidate];
    if (value !== undefined && value.trim() !== "") return { text: value, lang: candidate };
  }
  return undefined;
}

export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** An initiative active across whole regions rather than in named communes. */
export const isRegionWide = (initiative: Initiative): boolean => initiative.communes.length === 0;

/**
 * Whether an initiative is listed for a commune, on the web and on paper alike: it acts in that commune,
 * or it is region-wide in the commune's region.
 */
export const servesCommune = (initiative: Initiative, commune: Commune): boolean =>
  initiative.communes.includes(commune.id) || (isRegionWide(initiative) && initiative.regions.includes(commune.region));

/** Entries that a printed booklet may carry, and why the others are left out. */
export function printExclusion(
  initiative: Initiative,
  site: Site,
  today: string,
): "print-false" | "closed" | "stale" | undefined {
  if (!initiative.print) return "print-false";
  if (initiative.status === "closed") return "closed";
  const months = site.print.staleAfterMonths;
  if (months > 0 && monthsBetween(initiative.verified, today) > months) return "stale";
  return undefined;
}

/** Whole months from one ISO date to another (negative if `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10);
