// What every section component of a booklet shares: the languages (one, or two side by side), names,
// pictograms, headings that become outline entries, and page-number slots. Page numbers are never
// guessed here: a slot is a link to a named destination; render.ts fills it once the body is laid out.
import { pathToFileURL } from "node:url";
import { type Html, html, trusted } from "../../scripts/lib/html.ts";
import type { ContentPage } from "../../scripts/model/content.ts";
import { type AgendaEvent, localize, type Model } from "../../scripts/model/model.ts";
import type { BookletPlan } from "../../scripts/plan/booklets.ts";
import { type PrintKey, pt } from "../print-strings.ts";

export interface BookletOptions {
  /** "fr-nl": French and Dutch side by side. */
  bilingual?: [string, string];
  largePrint?: boolean;
  welcome?: { letter: ContentPage | undefined; events: AgendaEvent[] };
  /** Entry ids of the same booklet in the previous edition, if known. */
  previousEntries?: { ids: string[]; names: Record<string, string> };
  buildDate: string;
  /** Digits of the highest page number: the width of page-reference slots (estimated, corrected after layout). */
  pageDigits?: number;
}

/** A named destination id (also the element id), safe in HTML and PDF names. */
export const destId = (key: string): string => key.replace(/[^a-z0-9-]/gi, "_");

export class BookletContext {
  readonly langs: readonly string[];
  readonly lang: string;
  readonly second: string | undefined;
  /** Every language printed, in order: one, or two for a bilingual edition. */
  readonly printed: string[];
  /** Digits of the highest page number (see BookletOptions.pageDigits). */
  readonly pageDigits: number;
  /** Entry id → destination of its first appearance (for "see also" and the map list). */
  readonly firstDest = new Map<string, string>();

  constructor(
    readonly model: Model,
    readonly plan: BookletPlan,
    readonly options: BookletOptions,
  ) {
    this.langs = model.site.languages;
    this.lang = plan.lang;
    this.second = options.bilingual?.[1];
    this.printed = this.second ? [this.lang, this.second] : [this.lang];
    this.pageDigits = options.pageDigits ?? String(estimatePages(plan.entries.length, options)).length;
    for (const s of plan.sections)
      for (const e of s.entries) if (!this.firstDest.has(e.id)) this.firstDest.set(e.id, entryDest(s.id, e.id));
  }

  /** A text in every printed language, "fr / nl" when they differ. */
  both(get: (lang: string) => string): string {
    const texts = this.printed.map(get);
    return texts.every((t) => t === texts[0]) ? texts[0]! : texts.join(" / ");
  }

  /** A print string in every printed language. */
  s(key: PrintKey, params: (lang: string) => Record<string, string | number> = () => ({})): string {
    return this.both((l) => pt(key, l, params(l)));
  }

  /** Running text: one paragraph per printed language, side by side in a bilingual edition. */
  para(get: (lang: string) => string | Html, cls = ""): Html {
    if (!this.second) return html`<p class="${cls}">${get(this.lang)}</p>`;
    return html`<div class="bi ${cls}">${this.printed.map((l) => html`<p lang="${l}">${get(l)}</p>`)}</div>`;
  }

  text(text: Record<string, string> | undefined, lang = this.lang): string {
    return localize(text, lang, this.langs)?.text ?? "";
  }

  name(item: { name: Record<string, string>; id: string }, lang = this.lang): string {
    return localize(item.name, lang, this.langs)?.text ?? item.id;
  }

  /** An initiative's or place's name in every printed language. */
  names(item: { name: Record<string, string>; id: string }): string {
    return this.both((l) => this.name(item, l));
  }

  communeName(id: string, lang = this.lang): string {
    const commune = this.model.communes.find((c) => c.id === id);
    return commune ? this.name(commune, lang) : id;
  }

  icon(sectorId: string): Html {
    const sector = this.model.sectors.find((s) => s.id === sectorId);
    return sector ? html`<img class="pictogram" src="${pathToFileURL(sector.iconPath).href}" alt="">` : html``;
  }

  /** A heading with a destination id; h1–h4 become outline entries in Chromium's PDF. */
  heading(level: 1 | 2 | 3 | 4, dest: string, text: string | Html, cls = "", before: Html = html``): Html {
    return trusted(`<h${level} id="${destId(dest)}" class="${cls}">${before}${html`${text}`}</h${level}>`);
  }

  /** A page number in the contents or the index: a fixed slot that render.ts prints the number into. */
  pageNo(dest: string): Html {
    // Wider than booklet.css's 3 digits only for a booklet of 1,000 pages or more.
    const wide = this.pageDigits > PNO_CH ? html` style="width:${pnoWidth(this.pageDigits)}ch"` : html``;
    return html`<a class="pno"${wide} href="#${destId(dest)}">${trusted("&nbsp;")}</a>`;
  }

  /** A page reference inside the body: a fixed slot that render.ts prints the number into, after layout. */
  xref(dest: string): Html {
    const width = `width:${xrefWidth(this.pageDigits)}ch`;
    return html`<span class="xref-p">${pt("pageShort", this.lang)}${trusted("&nbsp;")}<a class="xref" style="${width}" href="#${destId(dest)}">${trusted("&nbsp;")}</a></span>`;
  }
}

/** Width of a contents or index page-number slot, in `ch` (booklet.css `.pno`). */
export const PNO_CH = 3;

/** Width of a contents or index slot for a booklet whose last page has `digits` digits. */
export const pnoWidth = (digits: number): number => Math.max(PNO_CH, digits);

/** Width of a page-reference slot, in `ch` (digits): render.ts sizes the number it draws from it. */
export const xrefWidth = (digits: number): number => digits + 0.2;

/** A rough page count, only to size page-reference slots before layout (render.ts corrects a wrong guess). */
function estimatePages(entries: number, o: BookletOptions): number {
  // Measured on the embedded data's booklets (2026): about 6 pages plus a fifth of a page per entry at 10 pt.
  const perEntry = (o.largePrint ? 0.8 : 0.22) * (o.bilingual ? 1.6 : 1);
  return Math.round(6 + (o.welcome ? 2 : 0) + entries * perEntry);
}

export const entryDest = (sectionId: string, entryId: string): string => destId(`e-${sectionId}-${entryId}`);
export const sectionDest = (sectionId: string): string => destId(`s-${sectionId}`);
