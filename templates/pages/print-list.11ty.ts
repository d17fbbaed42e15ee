// /{lang}/print/ — every PDF of the plan in this language (and its bilingual editions), grouped by kind,
// with its variants, pages and size. The machine-readable list is /print/index.json.
import { formatNumber } from "../../scripts/lib/format.ts";
import { type Html, html } from "../../scripts/lib/html.ts";
import { type StringKey, t } from "../../scripts/lib/strings.ts";
import type { PdfOutput } from "../../scripts/plan/index.ts";
import type { LangPage, SiteData } from "../../scripts/site/site-data.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.printList", size: 1, alias: "p" },
  permalink: (d: TemplateData<LangPage>) => d.p.output,
};

const KINDS: [PdfOutput["kind"], StringKey][] = [
  ["commune", "printKindCommune"],
  ["welcome", "printKindWelcome"],
  ["region", "printKindRegion"],
  ["sector", "printKindSector"],
];

function variantLabel(data: SiteData, pdf: PdfOutput, lang: string): string {
  const parts: string[] = [];
  if (pdf.edition === "bilingual") {
    parts.push(t("pdfBilingual", lang, { langs: pdf.langs.map((l) => t("languageName", l)).join(" / ") }));
  }
  parts.push(
    t(pdf.format === "large-print" ? "pdfLargePrint" : pdf.format === "imposed" ? "pdfImposed" : "pdfStandard", lang),
  );
  const info = data.booklets.get(pdf.path);
  if (info?.pages) parts.push(t("pdfPages", lang, { pages: formatNumber(info.pages, lang) }));
  if (info?.bytes) parts.push(`${formatNumber(Math.max(1, Math.round(info.bytes / 1024)), lang)} kB`);
  return parts.join(" · ");
}

function entityName(data: SiteData, pdf: PdfOutput, lang: string): string {
  const entity =
    pdf.kind === "region"
      ? data.regionById.get(pdf.id)
      : pdf.kind === "sector"
        ? data.sectorById.get(pdf.id)
        : data.communeById.get(pdf.id);
  return entity ? data.name(entity, lang) : pdf.id;
}

export function render(d: TemplateData<LangPage>): string {
  const { annuaire: data, p } = d;
  const { lang } = p;
  const mine = data.plan.pdfs.filter((pdf) => pdf.langs.includes(lang));
  const groups: Html[] = KINDS.map(([kind, label]) => {
    const pdfs = mine.filter((pdf) => pdf.kind === kind);
    const ids = data.sortByName(
      [...new Set(pdfs.map((pdf) => pdf.id))].map((id) => ({
        id,
        name: { [lang]: entityName(data, pdfs.find((x) => x.id === id)!, lang) },
      })),
      lang,
    );
    if (!ids.length) return html``;
    return html`<section class="group" id="print-${kind}" aria-labelledby="print-${kind}-h">
  <h2 id="print-${kind}-h">${t(label, lang)}</h2>
  <ul class="pdf-list">${ids.map(
    ({ id, name }) =>
      html`<li><strong>${name[lang]}</strong><ul>${pdfs
        .filter((pdf) => pdf.id === id)
        .map(
          (pdf) =>
            html`<li><a href="${pdf.path}" hreflang="${pdf.langs[0]}" type="application/pdf">${variantLabel(data, pdf, lang)}</a></li>`,
        )}</ul></li>`,
  )}</ul>
</section>`;
  });
  const main = html`<div class="list-page">
  <h1>${t("printList", lang)}</h1>
  <p class="lead">${t("printListIntro", lang)}</p>
  <p>${t("pdfVariantsHelp", lang)}</p>
  <p>${t("pdfEdition", lang, { edition: data.model.site.print.edition })} · <a href="/print/index.json">index.json</a></p>
  ${groups}
</div>`;
  return basePage(data, d.assets, { lang, title: t("printList", lang), alternates: p.alternates }, main);
}
