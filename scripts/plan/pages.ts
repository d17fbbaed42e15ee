// Every HTML page of the site as a page type: which items it has in which language, and where each
// one lives. Adding a page type = one entry in PAGE_TYPES + one template in templates/pages/ that
// paginates over `annuaire.pages.<name>`. The sitemap, the language switcher, hreflang links and the
// incremental rebuild all read the resulting list; nothing else keeps a list of pages.
import type { ContentPage } from "../model/content.ts";
import type { Model } from "../model/model.ts";
import { type ListKind, urls } from "../site/urls.ts";

export interface PlanInput {
  model: Model;
  content: readonly ContentPage[];
}

export interface Alternate {
  lang: string;
  url: string;
}

/** One page to write. `Item` fields are spread into the entry, so templates read `p.initiative`, `p.kind`… */
export type PageEntry<Item extends object = object> = Item & {
  type: string;
  lang: string;
  /** Public path of the page ("/fr/initiatives/x/"). */
  url: string;
  /** File inside the output folder ("/fr/initiatives/x/index.html"). */
  output: string;
  /** The same page in every language it exists in (for hreflang and the language switcher). */
  alternates: Alternate[];
  /** Listed in sitemap.xml. */
  sitemap: boolean;
};

interface PageType<Item extends object> {
  /** One item per page, for one language; `key` ties the translations of one page together. */
  items(input: PlanInput, lang: string): { key: string; item: Item }[];
  url(lang: string, item: Item): string;
  sitemap: boolean;
  /** Pages that exist once, not per language (short links); their `lang` is the default language. */
  once?: boolean;
}

const output = (url: string) => (url.endsWith("/") ? `${url}index.html` : url);
const one = <Item extends object>(item: Item) => [{ key: "", item }];
const lists = ({ model }: PlanInput, kinds: readonly ListKind[]) =>
  kinds.flatMap((kind) => {
    const ids = kind === "communes" ? model.communes : kind === "regions" ? model.regions : model.sectors;
    return ids.map((x) => ({ key: `${kind}/${x.id}`, item: { kind, id: x.id } }));
  });

function pageType<Item extends object>(type: PageType<Item>): PageType<object> {
  return type as unknown as PageType<object>;
}

export const PAGE_TYPES = {
  home: pageType({ items: () => one({}), url: (lang) => urls.home(lang), sitemap: true }),
  map: pageType({ items: () => one({}), url: (lang) => urls.map(lang), sitemap: true }),
  search: pageType({ items: () => one({}), url: (lang) => urls.search(lang), sitemap: true }),
  printList: pageType({ items: () => one({}), url: (lang) => urls.printList(lang), sitemap: true }),
  initiatives: pageType({
    items: ({ model }) => model.initiatives.map((initiative) => ({ key: initiative.id, item: { initiative } })),
    url: (lang, { initiative }) => urls.initiative(lang, initiative.id),
    sitemap: true,
  }),
  lists: pageType({
    items: (input) => lists(input, ["communes", "regions", "sectors"]),
    url: (lang, { kind, id }) => urls.list(lang, kind, id),
    sitemap: true,
  }),
  embeds: pageType({
    items: (input) =>
      lists(input, ["communes", "sectors"]) as { key: string; item: { kind: "communes" | "sectors"; id: string } }[],
    url: (lang, { kind, id }) => urls.embed(lang, kind, id),
    sitemap: false,
  }),
  content: pageType({
    // The welcome letter is printed in welcome packs only; "contribute" is the form's page (below).
    items: ({ content }, lang) =>
      content
        .filter((c) => c.lang === lang && c.slug !== "welcome" && c.slug !== "contribute")
        .map((page) => ({ key: page.slug, item: page })),
    url: (lang, page) => urls.content(lang, page.slug),
    sitemap: true,
  }),
  // Agenda, news and upkeep (scripts/agenda/): per language, plus a static filter page per commune and
  // sector (filters that work without JavaScript), the Atom feeds and the iCalendar feeds.
  agenda: pageType({ items: () => one({}), url: (lang) => urls.agenda(lang), sitemap: true }),
  agendaLists: pageType({
    items: (input) =>
      lists(input, ["communes", "sectors"]) as { key: string; item: { kind: "communes" | "sectors"; id: string } }[],
    url: (lang, { kind, id }) => urls.agendaList(lang, kind, id),
    sitemap: true,
  }),
  news: pageType({ items: () => one({}), url: (lang) => urls.news(lang), sitemap: true }),
  feeds: pageType({ items: () => one({}), url: (lang) => urls.feed(lang), sitemap: false }),
  veille: pageType({ items: () => one({}), url: (lang) => urls.veille(lang), sitemap: false }),
  calendars: pageType({
    items: ({ model }) => [
      { key: "all", item: {} as { kind?: "communes" | "sectors" | "initiatives"; id?: string } },
      ...model.communes.map((c) => ({ key: `c/${c.id}`, item: { kind: "communes" as const, id: c.id } })),
      ...model.sectors.map((s) => ({ key: `s/${s.id}`, item: { kind: "sectors" as const, id: s.id } })),
      ...model.initiatives.map((i) => ({ key: `i/${i.id}`, item: { kind: "initiatives" as const, id: i.id } })),
    ],
    url: (_lang, { kind, id }) => urls.calendar(kind && id ? { kind, id } : undefined),
    sitemap: false,
    once: true,
  }),
  // The contribute form, with the content/{lang}/contribute.md text under it (templates/pages/contribute.11ty.ts).
  contribute: pageType({
    items: ({ content }, lang) => [
      { key: "", item: { guide: content.find((c) => c.lang === lang && c.slug === "contribute") } },
    ],
    url: (lang) => urls.contribute(lang),
    sitemap: true,
  }),
  contributeThanks: pageType({ items: () => one({}), url: (lang) => urls.contributeThanks(lang), sitemap: false }),
  // Sveltia CMS; its config.yml is generated next to it (scripts/contribute/site-files.ts).
  admin: pageType({ items: () => one({}), url: () => urls.admin(), sitemap: false, once: true }),
  short: pageType({
    items: ({ model }) => model.initiatives.map((i) => ({ key: i.id, item: { id: i.id } })),
    url: (_lang, { id }) => `${urls.short(id)}/`,
    sitemap: false,
    once: true,
  }),
} satisfies Record<string, PageType<object>>;

export type PageTypeName = keyof typeof PAGE_TYPES;

/** Every page, grouped by page type, with alternates computed from the item keys. */
export function planPages(input: PlanInput): Record<PageTypeName, PageEntry[]> {
  const langs = input.model.site.languages;
  const out = {} as Record<PageTypeName, PageEntry[]>;
  for (const [name, type] of Object.entries(PAGE_TYPES) as [PageTypeName, PageType<object>][]) {
    const perLang = (type.once ? [input.model.site.defaultLanguage] : langs).map((lang) => ({
      lang,
      items: type.items(input, lang),
    }));
    const urlsByKey = new Map<string, Alternate[]>();
    for (const { lang, items } of perLang) {
      for (const { key, item } of items) {
        const list = urlsByKey.get(key) ?? [];
        list.push({ lang, url: type.url(lang, item) });
        urlsByKey.set(key, list);
      }
    }
    out[name] = perLang.flatMap(({ lang, items }) =>
      items.map(({ key, item }) => {
        const url = type.url(lang, item);
        return {
          ...item,
          type: name,
          lang,
          url,
          output: output(url),
          alternates: type.once ? [] : urlsByKey.get(key)!,
          sitemap: type.sitemap,
        };
      }),
    );
  }
  return out;
}
