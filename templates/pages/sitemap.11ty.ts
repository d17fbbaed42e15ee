// /sitemap.xml — every page the plan marks for the sitemap, with its language alternates.
import { html } from "../../scripts/lib/html.ts";
import { allPages } from "../../scripts/plan/index.ts";
import { absolute } from "../../scripts/site/urls.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  const base = d.annuaire.model.site.baseUrl;
  const pages = allPages(d.annuaire.plan).filter((p) => p.sitemap);
  const links = (alternates: { lang: string; url: string }[]) =>
    alternates.map((a) => html`<xhtml:link rel="alternate" hreflang="${a.lang}" href="${absolute(base, a.url)}"/>`);
  return html`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${pages.map((p) => html`<url><loc>${absolute(base, p.url)}</loc>${links(p.alternates)}</url>\n`)}</urlset>
`.value;
}
