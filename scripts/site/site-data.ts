// What the templates read: the plan's page lists (from scripts/plan/) and the lookups pages need
// (names, counts, synergies, events). Templates read only this object; none reads YAML.
import { compareText } from "../lib/format.ts";
import type { ContentPage } from "../model/content.ts";
import {
  type Commune,
  type Initiative,
  indexById,
  type Localized,
  localize,
  type Model,
  type Region,
  type Sector,
  servesCommune,
} from "../model/model.ts";
import { type PageEntry, type Plan, planBuild } from "../plan/index.ts";
import type { PdfOptions } from "../plan/pdfs.ts";
import { type Position, Synergies } from "../plan/synergies.ts";
import { LIST_TO_BOOKLET, type ListKind, urls } from "./urls.ts";

export type LangPage = PageEntry;
export type InitiativePage = PageEntry<{ initiative: Initiative }>;
export type ListPage = PageEntry<{ kind: ListKind; id: string }>;
export type ContentPageEntry = PageEntry<ContentPage>;

export interface BookletInfo {
  pages?: number;
  bytes?: number;
}

export interface SiteDataOptions extends Omit<PdfOptions, "buildDate"> {
  buildDate: string;
  content: ContentPage[];
  /** From a finished print run: PDF path → pages and bytes, to show on download links. */
  bookletIndex?: Record<string, BookletInfo>;
}

export class SiteData {
  readonly langs: string[];
  readonly initiativeById: Map<string, Initiative>;
  readonly communeById: Map<string, Commune>;
  readonly regionById: Map<string, Region>;
  readonly sectorById: Map<string, Sector>;
  readonly plan: Plan;
  /** The plan's pages by page type: what `annuaire.pages.<type>` paginates over. */
  readonly pages: Plan["pages"];
  /** PDF path → pages and bytes (when printed), for every PDF the plan lists. */
  readonly booklets: Map<string, BookletInfo>;
  private readonly synergies: Synergies;

  constructor(
    readonly model: Model,
    readonly options: SiteDataOptions,
  ) {
    this.langs = model.site.languages;
    this.initiativeById = indexById(model.initiatives);
    this.communeById = indexById(model.communes);
    this.regionById = indexById(model.regions);
    this.sectorById = indexById(model.sectors);
    this.plan = planBuild(model, {
      buildDate: options.buildDate,
      content: options.content,
      ...(options.largePrint ? { largePrint: true } : {}),
      ...(options.imposition ? { imposition: options.imposition } : {}),
    });
    this.pages = this.plan.pages;
    this.synergies = new Synergies(model);
    this.booklets = new Map(this.plan.pdfs.map((pdf) => [pdf.path, options.bookletIndex?.[pdf.path] ?? {}]));
  }

  get buildDate(): string {
    return this.options.buildDate;
  }

  text(text: Record<string, string> | undefined, lang: string): Localized | undefined {
    return localize(text, lang, this.langs);
  }

  name(item: { name: Record<string, string>; id: string }, lang: string): string {
    return localize(item.name, lang, this.langs)?.text ?? item.id;
  }

  /** The same page in every language, for hreflang links and the language switcher. */
  alternates(url: (lang: string) => string): { lang: string; url: string }[] {
    return this.langs.map((lang) => ({ lang, url: url(lang) }));
  }

  sortByName<T extends { name: Record<string, string>; id: string }>(items: readonly T[], lang: string): T[] {
    // Initiatives are sorted on every list page: rank them once per language, then compare ranks.
    const rank = this.initiativeRank(lang);
    if (items.every((x) => this.initiativeById.get(x.id) === (x as unknown))) {
      return [...items].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
    }
    return [...items].sort((a, b) => compareText(this.name(a, lang), this.name(b, lang), lang));
  }

  private readonly ranks = new Map<string, Map<string, number>>();
  private initiativeRank(lang: string): Map<string, number> {
    let rank = this.ranks.get(lang);
    if (!rank) {
      const named = this.model.initiatives.map((i) => ({ id: i.id, name: this.name(i, lang) }));
      named.sort((a, b) => compareText(a.name, b.name, lang) || (a.id < b.id ? -1 : 1));
      rank = new Map(named.map((x, n) => [x.id, n]));
      this.ranks.set(lang, rank);
    }
    return rank;
  }

  private readonly lists = new Map<string, Initiative[]>();
  /** Initiatives of a commune, region or sector; region-wide ones count for each of their communes. */
  initiativesOf(kind: ListKind, id: string): Initiative[] {
    const key = `${kind}/${id}`;
    let list = this.lists.get(key);
    if (!list) {
      const commune = kind === "communes" ? this.communeById.get(id) : undefined;
      list =
        kind === "sectors"
          ? this.model.initiatives.filter((i) => i.sectors.includes(id))
          : kind === "regions"
            ? this.model.initiatives.filter((i) => i.regions.includes(id))
            : commune
              ? this.model.initiatives.filter((i) => servesCommune(i, commune))
              : [];
      this.lists.set(key, list);
    }
    return list;
  }

  bookletUrl(lang: string, kind: ListKind, id: string): string | undefined {
    const url = urls.booklet(lang, LIST_TO_BOOKLET[kind], id);
    return this.booklets.has(url) ? url : undefined;
  }

  /** Where to put an initiative on a map: its public position, else its first commune's centre. */
  position(initiative: Initiative): Position | undefined {
    return this.synergies.position(initiative);
  }

  /** Synergies: up to four other initiatives of a shared sector, same commune first, then the closest. */
  nearby(initiative: Initiative): Initiative[] {
    return this.synergies.nearby(initiative);
  }

  /** News items of every initiative, newest first. */
  latestUpdates(limit = 5): { initiative: Initiative; date: string; text: Record<string, string> }[] {
    return this.model.initiatives
      .flatMap((initiative) => (initiative.updates ?? []).map((u) => ({ initiative, date: u.date, text: u.text })))
      .filter((u) => u.date <= this.buildDate)
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.initiative.id < b.initiative.id ? -1 : 1))
      .slice(0, limit);
  }

  /** Words to suggest in a search box, from this site's own data: two sector names and a commune. */
  searchExamples(lang: string): string {
    // A sector's first synonym in this language reads like what people type ("garden", not "Food").
    const sectors = this.model.sectors
      .slice(0, 2)
      .map((s) => s.synonyms?.[lang]?.[0] ?? this.name(s, lang).toLocaleLowerCase(lang));
    const commune = this.sortByName(this.model.communes, lang)[0];
    return [...sectors, ...(commune ? [this.name(commune, lang)] : [])].join(", ");
  }

  contentPages(lang: string): ContentPage[] {
    return this.options.content
      .filter((p) => p.lang === lang && p.slug !== "welcome")
      .sort((a, b) => a.order - b.order);
  }
}
