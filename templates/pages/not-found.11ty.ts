// /404.html — in every language at once, since we cannot know the reader's.
import { t } from "../i18n/strings.ts";
import type { TemplateData } from "../lib/context.ts";
import { html } from "../lib/html.ts";
import { urls } from "../../scripts/site/urls.ts";

export const data = { permalink: "/404.html" };

export function render(d: TemplateData): string {
  const data = d.annuaire;
  const first = data.langs[0]!;
  return html`<!doctype html>
<html lang="${first}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${data.langs.map((l) => t("notFoundTitle", l)).join(" · ")}</title>
<link rel="stylesheet" href="${d.assets["site.css"]}">
</head>
<body>
<main id="main">
${data.langs.map((l) => html`<section lang="${l}"><h1>${t("notFoundTitle", l)}</h1><p>${t("notFoundText", l)}</p>
<p><a href="${urls.home(l)}">${t("home", l)}</a> · <a href="${urls.search(l)}">${t("search", l)}</a></p></section>`)}
</main>
</body>
</html>
`.value;
}
