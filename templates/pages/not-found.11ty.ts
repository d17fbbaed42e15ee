// /404.html — in every language at once, since we cannot know the reader's.

import { html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import { urls } from "../../scripts/site/urls.ts";
import { barePage } from "../layouts/bare.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = { permalink: "/404.html" };

export function render(d: TemplateData): string {
  const data = d.annuaire;
  return barePage(
    { lang: data.langs[0]!, title: data.langs.map((l) => t("notFoundTitle", l)).join(" · "), assets: d.assets },
    html`${data.langs.map(
      (l) => html`<section lang="${l}"><h1>${t("notFoundTitle", l)}</h1><p>${t("notFoundText", l)}</p>
<p><a href="${urls.home(l)}">${t("home", l)}</a> · <a href="${urls.search(l)}">${t("search", l)}</a></p></section>`,
    )}`,
  );
}
