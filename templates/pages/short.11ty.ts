// /i/{id} — short, stable link printed in QR codes: sends the reader to the page in their language.
// netlify.toml redirects by Accept-Language before this page is reached; this page is the fallback
// (a script picks navigator.language, a meta refresh goes to the default language without it).

import { html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { PageEntry } from "../../scripts/plan/index.ts";
import { urls } from "../../scripts/site/urls.ts";

type ShortPage = PageEntry<{ id: string }>;

import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.short", size: 1, alias: "p" },
  permalink: (d: TemplateData<ShortPage>) => d.p.output,
};

export function render(d: TemplateData<ShortPage>): string {
  const data = d.annuaire;
  const id = d.p.id;
  const first = data.langs[0]!;
  const target = urls.initiative(first, id);
  return html`<!doctype html>
<html lang="${first}">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="1; url=${target}">
<title>${data.name(data.initiativeById.get(id)!, first)}</title>
<link rel="canonical" href="${data.model.site.baseUrl.replace(/\/+$/, "")}${target}">
<script src="${d.assets["lang-redirect.js"]}" data-id="${id}" data-langs="${data.langs.join(" ")}"></script>
</head>
<body>
<ul>${data.langs.map((l) => html`<li><a href="${urls.initiative(l, id)}" lang="${l}" hreflang="${l}">${t("redirecting", l)}</a></li>`)}</ul>
</body>
</html>
`.value;
}
