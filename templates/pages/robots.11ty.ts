import type { TemplateData } from "../lib/context.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  return `User-agent: *\nDisallow: /i/\nSitemap: ${d.annuaire.model.site.baseUrl.replace(/\/+$/, "")}/sitemap.xml\n`;
}
