// /{lang}/feed.xml — the Atom feed of the news in one language (scripts/agenda/news.ts).
import { atomFeed } from "../../scripts/agenda/news.ts";
import type { LangPage } from "../../scripts/site/site-data.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.feeds", size: 1, alias: "p" },
  permalink: (d: TemplateData<LangPage>) => d.p.output,
  eleventyExcludeFromCollections: true,
};

export function render(d: TemplateData<LangPage>): string {
  return atomFeed(d.annuaire.model, d.p.lang, d.annuaire.buildDate);
}
