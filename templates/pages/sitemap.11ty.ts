// /sitemap.xml — every page with its language alternates; /robots.txt points to it.

import { html } from "../../scripts/lib/html.ts";
import type { SiteData } from "../../scripts/site/site-data.ts";
import { absolute, urls } from "../../scripts/site/urls.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export function allPages(data: SiteData): ((lang: string) => string)[] {
  return [
    urls.home,
    urls.map,
    urls.search,
    ...data.model.initiatives.map((i) => (l: string) => urls.initiative(l, i.id)),
    ...data.model.communes.map((c) => (l: string) => urls.list(l, "communes", c.id)),
    ...data.model.regions.map((r) => (l: string) => urls.list(l, "regions", r.id)),
    ...data.model.sectors.map((s) => (l: string) => urls.list(l, "sectors", s.id)),
    ...[...new Set(data.options.content.filter((c) => c.slug !== "welcome").map((c) => c.slug))].map(
      (slug) => (l: string) => urls.content(l, slug),
    ),
  ];
}

export function render(d: TemplateData): string {
  const data = d.annuaire;
  const base = data.model.site.baseUrl;
  return html`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${allPages(data).flatMap((page) =>
  data.langs.map(
    (
      lang,
    ) => html`<url><loc>${absolute(base, page(lang))}</loc>${data.langs.map((l) => html`<xhtml:link rel="alternate" hreflang="${l}" href="${absolute(base, page(l))}"/>`)}</url>
`,
  ),
)}</urlset>
`.value;
}
