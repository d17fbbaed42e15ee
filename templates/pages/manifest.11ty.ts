// /{lang}/manifest.webmanifest — the web app manifest in each language (name, colours, icons).
import type { LangPage } from "../../scripts/site/site-data.ts";
import { urls } from "../../scripts/site/urls.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.home", size: 1, alias: "p" },
  permalink: (d: TemplateData<LangPage>) => `/${d.p.lang}/manifest.webmanifest`,
  eleventyExcludeFromCollections: true,
};

export function render(d: TemplateData<LangPage>): string {
  const data = d.annuaire;
  const { lang } = d.p;
  const title = data.text(data.model.site.title, lang)!.text;
  const manifest = {
    name: title,
    short_name: title.length > 24 ? title.split(/\s+/).slice(0, 2).join(" ") : title,
    description: data.text(data.model.site.tagline, lang)?.text ?? "",
    lang,
    start_url: urls.home(lang),
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b5394",
    icons: [
      { src: "/favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/favicon.ico", sizes: "32x32", type: "image/x-icon" },
    ],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
