// Which entries go in which booklet, in which order. A pure function of the model: the site uses it to
// know which PDFs exist, the print pipeline to render them, and tests call it alone.
import { compareText } from "../lib/format.ts";
import { type Initiative, isRegionWide, localize, type Model, printExclusion, servesCommune } from "../model/model.ts";
import type { BookletKind } from "../site/urls.ts";

export interface BookletSection {
  /** Sector id (commune and region booklets) or commune id (sector booklets); "region" for region-wide entries. */
  id: string;
  title: string;
  entries: Initiative[];
}

export interface BookletPlan {
  kind: BookletKind;
  id: string;
  lang: string;
  title: string;
  sections: BookletSection[];
  /** Every entry once, in the order it first appears. */
  entries: Initiative[];
}

export interface Exclusion {
  id: string;
  reason: "print-false" | "closed" | "stale";
}

const nameOf = (i: Initiative, lang: string, languages: readonly string[]) =>
  localize(i.name, lang, languages)?.text ?? i.id;

export function printable(model: Model, today: string): { entries: Initiative[]; excluded: Exclusion[] } {
  const entries: Initiative[] = [];
  const excluded: Exclusion[] = [];
  for (const initiative of model.initiatives) {
    const reason = printExclusion(initiative, model.site, today);
    if (reason) excluded.push({ id: initiative.id, reason });
    else entries.push(initiative);
  }
  return { entries, excluded };
}

function sortEntries(entries: Initiative[], lang: string, languages: readonly string[]): Initiative[] {
  return [...entries].sort((a, b) => compareText(nameOf(a, lang, languages), nameOf(b, lang, languages), lang));
}

/** Sections by sector, in sectors.yaml order; an entry with two sectors appears in both. */
function bySector(model: Model, entries: Initiative[], lang: string): BookletSection[] {
  const languages = model.site.languages;
  return model.sectors
    .map((sector) => ({
      id: sector.id,
      title: localize(sector.name, lang, languages)?.text ?? sector.id,
      entries: sortEntries(
        entries.filter((e) => e.sectors.includes(sector.id)),
        lang,
        languages,
      ),
    }))
    .filter((s) => s.entries.length > 0);
}

function unique(sections: BookletSection[]): Initiative[] {
  const seen = new Set<string>();
  return sections
    .flatMap((s) => s.entries)
    .filter((e) => {
      if (seen.has(e.id)) return false;
      seen.add(e.id);
      return true;
    });
}

/** Every booklet of one language: one per commune, region and sector that has a printable entry. */
export function planBooklets(model: Model, lang: string, today: string): BookletPlan[] {
  const languages = model.site.languages;
  const { entries } = printable(model, today);
  const plans: BookletPlan[] = [];
  const name = (text: Record<string, string>, fallback: string) => localize(text, lang, languages)?.text ?? fallback;

  for (const commune of model.communes) {
    const listed = entries.filter((e) => servesCommune(e, commune));
    const local = listed.filter((e) => !isRegionWide(e));
    const regionWide = listed.filter(isRegionWide);
    if (!local.length && !regionWide.length) continue;
    const sections = bySector(model, local, lang);
    if (regionWide.length)
      sections.push({
        id: "region",
        title: name(model.regions.find((r) => r.id === commune.region)!.name, commune.region),
        entries: sortEntries(regionWide, lang, languages),
      });
    plans.push({
      kind: "commune",
      id: commune.id,
      lang,
      title: name(commune.name, commune.id),
      sections,
      entries: unique(sections),
    });
  }
  for (const region of model.regions) {
    const inRegion = entries.filter((e) => e.regions.includes(region.id));
    if (!inRegion.length) continue;
    const sections = bySector(model, inRegion, lang);
    plans.push({
      kind: "region",
      id: region.id,
      lang,
      title: name(region.name, region.id),
      sections,
      entries: unique(sections),
    });
  }
  for (const sector of model.sectors) {
    const inSector = entries.filter((e) => e.sectors.includes(sector.id));
    if (!inSector.length) continue;
    const sections: BookletSection[] = model.communes
      .map((c) => ({
        id: c.id,
        title: name(c.name, c.id),
        entries: sortEntries(
          inSector.filter((e) => e.communes.includes(c.id)),
          lang,
          languages,
        ),
      }))
      .filter((s) => s.entries.length > 0)
      .sort((a, b) => compareText(a.title, b.title, lang));
    const regionWide = inSector.filter(isRegionWide);
    if (regionWide.length)
      sections.push({
        id: "region",
        title: model.regions.length === 1 ? name(model.regions[0]!.name, "region") : "—",
        entries: sortEntries(regionWide, lang, languages),
      });
    plans.push({
      kind: "sector",
      id: sector.id,
      lang,
      title: name(sector.name, sector.id),
      sections,
      entries: unique(sections),
    });
  }
  return plans;
}
