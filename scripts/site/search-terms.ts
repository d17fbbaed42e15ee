// What an initiative page gives the search index besides its own text: the names, in every site
// language, of the communes it serves (a region-wide entry serves every commune of its regions) and
// of its regions, and the names and synonyms of its sectors in every language. A Dutch reader who
// types "Elsene" or "fiets" on the French site, or "repair" on the Dutch one, still finds it.
// These words are indexed with a low weight, below the entry's own text.
import { type Commune, type Initiative, isRegionWide, type Model } from "../model/model.ts";

/** The communes an initiative is listed for (the same rule as commune pages and booklets). */
export function communesServed(model: Model, initiative: Initiative): Commune[] {
  if (!isRegionWide(initiative)) return model.communes.filter((c) => initiative.communes.includes(c.id));
  return model.communes.filter((c) => initiative.regions.includes(c.region));
}

/** Every extra search word of an initiative, each once, in a stable order. */
export function searchTerms(model: Model, initiative: Initiative): string[] {
  const words = new Set<string>();
  const add = (text: Record<string, string> | undefined) => {
    for (const value of Object.values(text ?? {})) words.add(value);
  };
  for (const commune of communesServed(model, initiative)) add(commune.name);
  for (const region of model.regions.filter((r) => initiative.regions.includes(r.id))) add(region.name);
  for (const sector of model.sectors.filter((s) => initiative.sectors.includes(s.id))) {
    add(sector.name);
    for (const list of Object.values(sector.synonyms ?? {})) for (const word of list) words.add(word);
  }
  return [...words];
}
