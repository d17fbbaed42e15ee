// Links to PDFs of the plan, each labelled with its edition and format (A5, large print, A4 to fold,
// bilingual), pages and size: the /{lang}/print/ page and every list page use it.
import { formatNumber } from "../../scripts/lib/format.ts";
import { type Html, html } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import type { PdfOutput } from "../../scripts/plan/index.ts";
import type { SiteData } from "../../scripts/site/site-data.ts";

export function pdfLabel(data: SiteData, pdf: PdfOutput, lang: string): string {
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

export const pdfLinks = (data: SiteData, pdfs: readonly PdfOutput[], lang: string): Html =>
  html`<ul class="pdf-list">${pdfs.map((pdf) => html`<li><a href="${pdf.path}" hreflang="${pdf.langs[0]}" type="application/pdf">${pdfLabel(data, pdf, lang)}</a></li>`)}</ul>`;
