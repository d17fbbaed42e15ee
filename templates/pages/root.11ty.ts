// / — a plain language chooser (netlify.toml also redirects by Accept-Language).
import { t } from "../i18n/strings.ts";
import type { TemplateData } from "../lib/context.ts";
import { html } from "../lib/html.ts";

export const data = { permalink: "/index.html" };

export function render(d: TemplateData): string {
  const data = d.annuaire;
  const first = data.langs[0]!;
  return html`<!doctype html>
<html lang="${first}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${data.langs.map((l) => data.text(data.model.site.title, l)!.text).join(" · ")}</title>
<link rel="stylesheet" href="${d.assets["site.css"]}">
${data.langs.map((l) => html`<link rel="alternate" hreflang="${l}" href="${data.model.site.baseUrl.replace(/\/+$/, "")}/${l}/">`)}
</head>
<body class="chooser">
<main id="main">
<h1>${data.langs.map((l, n) => html`${n ? html`<br>` : html``}<span lang="${l}">${data.text(data.model.site.title, l)!.text}</span>`)}</h1>
<ul class="chooser__list">${data.langs.map((l) => html`<li><a class="button" href="/${l}/" lang="${l}" hreflang="${l}"><span>${t("languageName", l)}</span> <small>${t("chooseLanguage", l)}</small></a></li>`)}</ul>
</main>
</body>
</html>
`.value;
}
