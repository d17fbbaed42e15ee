// /admin/ — Sveltia CMS. The page is only its script; the CMS reads config.yml next to it, generated
// from the contract at build time (scripts/contribute/site-files.ts). Its CSP is in netlify.toml.

import { html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { LangPage } from "../../scripts/site/site-data.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.admin", size: 1, alias: "p" },
  permalink: (d: TemplateData<LangPage>) => d.p.output,
};

export function render(d: TemplateData<LangPage>): string {
  const { lang } = d.p;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t("adminTitle", lang)}</title>
<link href="/admin/config.yml" type="application/yaml" rel="cms-config-url">
<script src="/admin/sveltia-cms.js"></script>
</head>
<body></body>
</html>
`.value;
}
