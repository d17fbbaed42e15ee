// Eleventy's configuration is an index: it registers TypeScript page templates and nothing else.
// The data (our SiteData) and the I18n plugin are added by scripts/site/render-site.ts, which knows
// the model; pages live in templates/pages/, components in templates/components/.
import type { UserConfig } from "@11ty/eleventy";

export default function (eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.setTemplateFormats(["11ty.ts"]);
  eleventyConfig.setQuietMode(true);
}
