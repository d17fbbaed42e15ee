// News: each initiative's `updates`, site-wide and newest first, for the "latest news" page and the Atom
// feed of each language (/{lang}/feed.xml, with the `feed` package).
import { Feed } from "feed";
import { escapeHtml } from "../lib/html.ts";
import { t } from "../lib/strings.ts";
import { type Initiative, localize, type Model } from "../model/model.ts";
import { absolute, urls } from "../site/urls.ts";

export interface NewsItem {
  initiative: Initiative;
  date: string;
  text: Record<string, string>;
  /** Stable anchor on the initiative page: "news-2026-10-01-0". */
  anchor: string;
}

/** Every update dated today or earlier, newest first (ties: by initiative id, then order in the file). */
export function newsItems(model: Model, today: string): NewsItem[] {
  return model.initiatives
    .flatMap((initiative) =>
      (initiative.updates ?? []).map((u, n) => ({
        initiative,
        date: u.date,
        text: u.text,
        anchor: newsAnchor(u.date, n),
      })),
    )
    .filter((u) => u.date <= today)
    .sort((a, b) =>
      a.date !== b.date
        ? a.date < b.date
          ? 1
          : -1
        : a.initiative.id !== b.initiative.id
          ? a.initiative.id < b.initiative.id
            ? -1
            : 1
          : a.anchor < b.anchor
            ? -1
            : 1,
    );
}

export const newsAnchor = (date: string, index: number): string => `news-${date}-${index}`;

export const feedUrl = (lang: string): string => `/${lang}/feed.xml`;
export const newsUrl = (lang: string): string => `/${lang}/news/`;

/** The Atom feed of one language: the 50 latest news items. */
export function atomFeed(model: Model, lang: string, today: string): string {
  const langs = model.site.languages;
  const base = model.site.baseUrl;
  const items = newsItems(model, today).slice(0, 50);
  const site = localize(model.site.title, lang, langs)?.text ?? "";
  const feed = new Feed({
    id: absolute(base, newsUrl(lang)),
    title: `${site} — ${t("newsTitle", lang)}`,
    link: absolute(base, newsUrl(lang)),
    language: lang,
    updated: new Date(`${items[0]?.date ?? today}T00:00:00Z`),
    generator: "annuaire",
    feedLinks: { atom: absolute(base, feedUrl(lang)) },
    copyright: "ODbL 1.0",
  });
  for (const item of items) {
    const name = localize(item.initiative.name, lang, langs)?.text ?? item.initiative.id;
    const text = localize(item.text, lang, langs)?.text ?? "";
    const link = `${absolute(base, urls.initiative(lang, item.initiative.id))}#${item.anchor}`;
    // The feed declares its texts as HTML: escape them, so contributed text is shown, never run, and can
    // never close the CDATA section the library wraps it in.
    feed.addItem({
      title: escapeHtml(name),
      id: link,
      link,
      date: new Date(`${item.date}T00:00:00Z`),
      published: new Date(`${item.date}T00:00:00Z`),
      description: escapeHtml(text),
      content: escapeHtml(text),
    });
  }
  return feed.atom1();
}
