import { attr, type Html, html, trusted } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { SiteData } from "../../scripts/site/site-data.ts";

type Tag = "span" | "p" | "div" | "h1" | "h2" | "h3" | "strong";

/**
 * A contributed text in the page's language, or in another one when it is missing. Then the text is
 * marked with its own `lang` (so screen readers pronounce it right) and a short note says, in the
 * page's language, that it is not translated. Never an empty element.
 */
export function localized(
  data: SiteData,
  text: Record<string, string> | undefined,
  lang: string,
  tag: Tag = "span",
  className?: string,
): Html {
  const value = data.text(text, lang);
  if (!value) return html``;
  const fallback = value.lang !== lang;
  return html`${trusted(`<${tag}`)}${attr("class", className)}${attr("lang", fallback ? value.lang : undefined)}>${value.text}${fallback ? html` <small class="untranslated" lang="${lang}">${t("translationMissing", lang)}</small>` : html``}${trusted(`</${tag}>`)}`;
}
