// / — a plain language chooser (netlify.toml also redirects by Accept-Language).

import { html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import { absolute, urls } from "../../scripts/site/urls.ts";
import { barePage } from "../layouts/bare.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = { permalink: "/index.html" };

export function render(d: TemplateData): string {
  const data = d.annuaire;
  const title = (l: string) => data.text(data.model.site.title, l)!.text;
  return barePage(
    {
      lang: data.langs[0]!,
      title: data.langs.map(title).join(" · "),
      assets: d.assets,
      bodyClass: "chooser",
      head: html`${data.langs.map((l) => html`<link rel="alternate" hreflang="${l}" href="${absolute(data.model.site.baseUrl, urls.home(l))}">`)}`,
    },
    html`<h1>${data.langs.map((l, n) => html`${n ? html`<br>` : html``}<span lang="${l}">${title(l)}</span>`)}</h1>
<ul class="chooser__list">${data.langs.map((l) => html`<li><a class="button" href="${urls.home(l)}" lang="${l}" hreflang="${l}"><span>${t("languageName", l)}</span> <small>${t("chooseLanguage", l)}</small></a></li>`)}</ul>`,
  );
}
