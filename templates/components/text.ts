import type { SiteData } from "../../scripts/site/site-data.ts";
import { attr, html, trusted, type Html } from "../lib/html.ts";

type Tag = "span" | "p" | "div" | "h1" | "h2" | "h3" | "strong";

/**
 * A contributed text in the page's language, or in another one when it is missing, then marked with
 * its own `lang` so screen readers pronounce it right. Never an empty element.
 */
export function localized(data: SiteData, text: Record<string, string> | undefined, lang: string, tag: Tag = "span", className?: string): Html {
  const value = data.text(text, lang);
  if (!value) return html``;
  return html`${trusted(`<${tag}`)}${attr("class", className)}${attr("lang", value.lang !== lang ? value.lang : undefined)}>${value.text}${trusted(`</${tag}>`)}`;
}
