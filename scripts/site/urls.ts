// Public URL layout. QR codes and printed links depend on it: change nothing here lightly.
export type ListKind = "communes" | "regions" | "sectors";
export type BookletKind = "commune" | "region" | "sector";

export const urls = {
  home: (lang: string) => `/${lang}/`,
  initiative: (lang: string, id: string) => `/${lang}/initiatives/${id}/`,
  list: (lang: string, kind: ListKind, id: string) => `/${lang}/${kind}/${id}/`,
  map: (lang: string) => `/${lang}/map/`,
  search: (lang: string) => `/${lang}/search/`,
  content: (lang: string, slug: string) => `/${lang}/${slug}/`,
  embed: (lang: string, kind: "communes" | "sectors", id: string) => `/${lang}/embed/${kind}/${id}/`,
  short: (id: string) => `/i/${id}`,
  booklet: (lang: string, kind: BookletKind, id: string) => `/print/${lang}/${kind}/${id}.pdf`,
  welcome: (lang: string, commune: string) => `/print/${lang}/welcome/${commune}.pdf`,
  printList: (lang: string) => `/${lang}/print/`,
  agenda: (lang: string) => `/${lang}/agenda/`,
  agendaList: (lang: string, kind: "communes" | "sectors", id: string) => `/${lang}/agenda/${kind}/${id}/`,
  news: (lang: string) => `/${lang}/news/`,
  feed: (lang: string) => `/${lang}/feed.xml`,
  veille: (lang: string) => `/${lang}/veille/`,
  /** iCalendar feeds: every event, or those of one commune, sector or initiative. */
  calendar: (scope?: { kind: "communes" | "sectors" | "initiatives"; id: string }) =>
    scope ? `/data/${scope.kind}/${scope.id}.ics` : "/data/events.ics",
  /** The contribute form; with an id, the same form prefilled to correct that entry (printed QR codes use it). */
  contribute: (lang: string, id?: string) => `/${lang}/contribute/${id ? `?id=${encodeURIComponent(id)}` : ""}`,
  contributeThanks: (lang: string) => `/${lang}/contribute/thanks/`,
  admin: () => "/admin/",
};

export const LIST_TO_BOOKLET: Record<ListKind, BookletKind> = {
  communes: "commune",
  regions: "region",
  sectors: "sector",
};

/** An absolute URL on the public site (for QR codes, sitemaps, JSON-LD). */
export const absolute = (baseUrl: string, pathname: string): string => `${baseUrl.replace(/\/+$/, "")}${pathname}`;
