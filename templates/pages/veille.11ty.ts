// /{lang}/veille/ — for the upkeep group: entries to check, by commune, with a message ready to send
// (the same list as `annuaire stale`). Not in the menu, not indexed by search engines or Pagefind.
import { staleHtml, staleReport } from "../../scripts/agenda/stale.ts";
import { html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { LangPage } from "../../scripts/site/site-data.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.veille", size: 1, alias: "p" },
  permalink: (d: TemplateData<LangPage>) => d.p.output,
};

export function render(d: TemplateData<LangPage>): string {
  const { annuaire: data, p } = d;
  const { lang } = p;
  const report = staleReport(data.model, data.buildDate, { lang });
  const main = html`<div class="veille-page">
  <h1>${t("veilleTitle", lang)}</h1>
  <p class="lead">${t("veilleIntro", lang, { months: report.olderThanMonths })}</p>
  ${staleHtml(report, lang)}
</div>`;
  return basePage(
    data,
    d.assets,
    {
      lang,
      title: t("veilleTitle", lang),
      alternates: p.alternates,
      head: html`<meta name="robots" content="noindex, nofollow">`,
    },
    main,
  );
}
