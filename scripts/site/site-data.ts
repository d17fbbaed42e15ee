// Stage "plan" for the website: the typed model → the flat page lists Eleventy paginates over
// (entity × language, pre-flattened because Eleventy cannot paginate over two dimensions) and the
// lookups templates need. Templates read only this object; none reads YAML.

import { planBooklets } from "../../print/plan.ts";
import { compareText } from "../lib/format.ts";
import type { ContentPage } from "../model/content.ts";
import {
  type AgendaEvent,
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
import { makeNearby, type Position, positionOf } from "../model/nearby.ts";
import { LIST_TO_BOOKLET, type ListKind, urls } from "./urls.ts";

// `eleventyPaginationGroupNumber` makes the pages of one entity in every language one group for
// Eleventy's I18n plugin: its translation map stays three links per page instead of every page of
// the template (the quadratic trap of I18nPlugin + pagination).
export interface LangPage {
  lang: string;
  eleventyPaginationGroupNumber: number;
}
export interface InitiativePage {
  lang: string;
  initiative: Initiative;
  eleventyPaginationGroupNumber: number;
}
export interface ListPage {
  lang: string;
  kind: ListKind;
  id: string;
  eleventyPaginationGroupNumber: number;
}
export interface BookletInfo {
  pages?: number;
  bytes?: number;
}

export interface SiteDataOptions {
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
  readonly pages: {
    langs: LangPage[];
    initiatives: InitiativePage[];
    lists: ListPage[];
    embeds: ListPage[];
    content: (ContentPage & { eleventyPaginationGroupNumber: number })[];
    short: { id: string; eleventyPaginationGroupNumber: number }[];
  };
  /** Booklet PDF paths that the print pipeline produces for this model. */
  readonly booklets: Map<string, BookletInfo>;
  private readonly nearbyOf: (initiative: Initiative) => Initiative[];
  private readonly eventsByInitiative = new Map<string, AgendaEvent[]>();

  constructor(
    readonly model: Model,
    readonly options: SiteDataOptions,
  ) {
    this.langs = model.site.languages;
    this.initiativeById = indexById(model.initiatives);
    this.communeById = indexById(model.communes);
    this.regionById = indexById(model.regions);
    this.sectorById = indexById(model.sectors);
    const lists: ListPage[] = [];
    const embeds: ListPage[] = [];
    for (const lang of this.langs) {
      let group = 0;
      for (const c of model.communes)
        lists.push({ lang, kind: "communes", id: c.id, eleventyPaginationGroupNumber: group++ });
      for (const r of model.regions)
        lists.push({ lang, kind: "regions", id: r.id, eleventyPaginationGroupNumber: group++ });
      for (const s of model.sectors)
        lists.push({ lang, kind: "sectors", id: s.id, eleventyPaginationGroupNumber: group++ });
      group = 0;
      for (const c of model.communes)
        embeds.push({ lang, kind: "communes", id: c.id, eleventyPaginationGroupNumber: group++ });
      for (const s of model.sectors)
        embeds.push({ lang, kind: "sectors", id: s.id, eleventyPaginationGroupNumber: group++ });
    }
    const slugs = [...new Set(options.content.map((c) => c.slug))].sort();
    this.pages = {
      langs: this.langs.map((lang) => ({ lang, eleventyPaginationGroupNumber: 0 })),
      initiatives: this.langs.flatMap((lang) =>
        model.initiatives.map((initiative, n) => ({ lang, initiative, eleventyPaginationGroupNumber: n })),
      ),
      lists,
      embeds,
      content: options.content.map((c) => ({ ...c, eleventyPaginationGroupNumber: slugs.indexOf(c.slug) })),
      short: model.initiatives.map((i, n) => ({ id: i.id, eleventyPaginationGroupNumber: n })),
    };
    this.nearbyOf = makeNearby(model);
    for (const event of model.events)
      this.eventsByInitiative.set(event.initiative, [...(this.eventsByInitiative.get(event.initiative) ?? []), event]);
    this.booklets = new Map();
    for (const lang of this.langs) {
      for (const plan of planBooklets(model, lang, options.buildDate)) {
        const url = urls.booklet(lang, plan.kind, plan.id);
        this.booklets.set(url, options.bookletIndex?.[url] ?? {});
        if (plan.kind === "commune")
          this.booklets.set(urls.welcome(lang, plan.id), options.bookletIndex?.[urls.welcome(lang, plan.id)] ?? {});
      }
    }
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
    return [...items].sort((a, b) => compareText(this.name(a, lang), this.name(b, lang), lang));
  }

  /** Initiatives of a commune, region or sector; region-wide ones count for each of their communes. */
  initiativesOf(kind: ListKind, id: string): Initiative[] {
    if (kind === "sectors") return this.model.initiatives.filter((i) => i.sectors.includes(id));
    if (kind === "regions") return this.model.initiatives.filter((i) => i.regions.includes(id));
    const commune = this.communeById.get(id);
    return commune ? this.model.initiatives.filter((i) => servesCommune(i, commune)) : [];
  }

  bookletUrl(lang: string, kind: ListKind, id: string): string | undefined {
    const url = urls.booklet(lang, LIST_TO_BOOKLET[kind], id);
    return this.booklets.has(url) ? url : undefined;
  }

  /** Where to put an initiative on a map: its public position, else its first commune's centre. */
  position(initiative: Initiative): Position | undefined {
    return positionOf(this.model, initiative);
  }

  /** Synergies: up to four other initiatives of a shared sector, same commune first, then the closest. */
  nearby(initiative: Initiative): Initiative[] {
    return this.nearbyOf(initiative);
  }

  upcomingEvents(filter: (e: AgendaEvent) => boolean = () => true, limit = 5, of?: string): AgendaEvent[] {
    const from = this.buildDate;
    const events = of ? (this.eventsByInitiative.get(of) ?? []) : this.model.events;
    return events.filter((e) => (e.end ?? e.start).slice(0, 10) >= from && filter(e)).slice(0, limit);
  }

  /** News items of every initiative, newest first. */
  latestUpdates(limit = 5): { initiative: Initiative; date: string; text: Record<string, string> }[] {
    return this.model.initiatives
      .flatMap((initiative) => (initiative.updates ?? []).map((u) => ({ initiative, date: u.date, text: u.text })))
      .filter((u) => u.date <= this.buildDate)
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.initiative.id < b.initiative.id ? -1 : 1))
      .slice(0, limit);
  }

  contentPages(lang: string): ContentPage[] {
    return this.options.content
      .filter((p) => p.lang === lang && p.slug !== "welcome")
      .sort((a, b) => a.order - b.order);
  }
}
