// A page without the site's header and footer: the language chooser, the 404 page, embeds.

import { type Html, html } from "../../scripts/lib/html.ts";
import type { AssetManifest } from "../lib/context.ts";
import { siteIcons } from "./base.ts";

export function barePage(
  options: { lang: string; title: string; assets: AssetManifest; bodyClass?: string; head?: Html },
  main: Html,
): string {
  return html`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<link rel="stylesheet" href="${options.assets["site.css"]}">
${siteIcons(options.lang)}
${options.head ?? html``}
</head>
<body${options.bodyClass ? html` class="${options.bodyClass}"` : html``}>
<main id="main">
${main}
</main>
</body>
</html>
`.value;
}
