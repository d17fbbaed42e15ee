// A booklet as one HTML document for Chromium to paginate. Page numbers of the contents and the index
// come in from the previous render (read back from the PDF's outline); `headings` lists, in document
// order, every heading that becomes an outline entry, so the two can be matched.

import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compareText, formatDate, formatDateTime, languageName } from "../scripts/lib/format.ts";
import { type Html, html, trusted } from "../scripts/lib/html.ts";
import { fill } from "../scripts/lib/lang.ts";
import { markdownToText, renderContent } from "../scripts/lib/markdown.ts";
import { colon, t } from "../scripts/lib/strings.ts";
import type { ContentPage } from "../scripts/model/content.ts";
import { type AgendaEvent, type Initiative, localize, type Model } from "../scripts/model/model.ts";
import type { BookletPlan } from "../scripts/plan/booklets.ts";
import { absolute, urls } from "../scripts/site/urls.ts";
import { communeMapSvg, type MapPoint } from "./map-svg.ts";
import { pt } from "./print-strings.ts";
import { qrSvg } from "./qr.ts";

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve("@fontsource/atkinson-hyperlegible/package.json")), "files");
const CSS = path.resolve(import.meta.dirname, "booklet.css");

export interface BookletOptions {
  /** "fr-nl": French and Dutch side by side. */
  bilingual?: [string, string];
  largePrint?: boolean;
  welcome?: { letter: ContentPage | undefined; events: AgendaEvent[] };
  /** Entry ids of the same booklet in the previous edition, if known. */
  previousEntries?: { ids: string[]; names: Record<string, string> };
  buildDate: string;
}

export interface Heading {
  key: string;
  text: string;
}

export interface BookletDocument {
  html: string;
  headings: Heading[];
}

const fileUrl = (p: string) => pathToFileURL(p).href;

export async function bookletHtml(
  model: Model,
  plan: BookletPlan,
  pages: Map<string, number>,
  options: BookletOptions,
): Promise<BookletDocument> {
  const langs = model.site.languages;
  const lang = plan.lang;
  const second = options.bilingual?.[1];
  const headings: Heading[] = [];
  const heading = (level: 1 | 2 | 3, key: string, text: string, extra: Html = html``, attrs = "") => {
    headings.push({ key, text });
    const tag = `h${level}`;
    return html`${trusted(`<${tag} id="${key.replace(/[^a-z0-9-]/gi, "_")}"${attrs}>`)}${extra}${text}${trusted(`</${tag}>`)}`;
  };
  const both = (get: (l: string) => string) => (second ? `${get(lang)} / ${get(second)}` : get(lang));
  const name = (i: Initiative, l = lang) => localize(i.name, l, langs)?.text ?? i.id;
  const communeName = (id: string, l = lang) =>
    localize(model.communes.find((c) => c.id === id)!.name, l, langs)?.text ?? id;
  const sectorIcon = (id: string) =>
    html`<img class="pictogram" src="${fileUrl(model.sectors.find((s) => s.id === id)!.iconPath)}" alt="">`;
  const pageOf = (key: string) => pages.get(key);
  const pageNo = (key: string) => html`<span class="pno">${pageOf(key) ?? "000"}</span>`;
  const site = model.site;
  const liveUrl = absolute(
    site.baseUrl,
    plan.kind === "commune"
      ? urls.list(lang, "communes", plan.id)
      : plan.kind === "region"
        ? urls.list(lang, "regions", plan.id)
        : urls.list(lang, "sectors", plan.id),
  );

  // ---- cover ----
  const title = options.welcome ? both((l) => pt("welcomePack", l)) : both((l) => pt("booklet", l));
  const cover = html`<section class="cover">
  <p class="cover__site">${both((l) => localize(site.title, l, langs)!.text)}</p>
  ${heading(1, "cover", plan.title, html``, ' class="cover__title"')}
  <p class="cover__kind">${title}</p>
  <div class="cover__qr">${trusted(await qrSvg(liveUrl, liveUrl))}<p>${both((l) => pt("coverQr", l))}<br><span class="url">${liveUrl.replace(/^https?:\/\//, "")}</span></p></div>
  <p class="cover__edition">${pt("edition", lang, { edition: site.print.edition, date: formatDate(options.buildDate, lang) })}</p>
</section>`;

  // ---- welcome letter ----
  const commune = plan.kind === "commune" ? model.communes.find((c) => c.id === plan.id) : undefined;
  const letter = options.welcome?.letter
    ? html`<section class="letter">${heading(2, "letter", fill(options.welcome.letter.title, { commune: plan.title }))}${trusted(renderContent(fill(options.welcome.letter.markdown, { commune: plan.title })))}</section>`
    : html``;

  // ---- how to use, legend, help, charter ----
  const usedSectors = model.sectors.filter((s) => plan.entries.some((e) => e.sectors.includes(s.id)));
  const help = site.help;
  const howto = html`<section class="howto">
  ${heading(
    2,
    "howto",
    both((l) => pt("howTo", l)),
  )}
  <p>${pt("howToText", lang)}</p>${second ? html`<p lang="${second}">${pt("howToText", second)}</p>` : html``}
  <h3 class="nooutline">${both((l) => pt("legend", l))}</h3>
  <ul class="legend">${usedSectors.map((s) => html`<li>${sectorIcon(s.id)} <strong>${both((l) => localize(s.name, l, langs)!.text)}</strong> — ${localize(s.description, lang, langs)!.text}</li>`)}</ul>
  ${help ? html`<h3 class="nooutline">${both((l) => pt("help", l))}</h3><p>${help.place ? localize(help.place, lang, langs)?.text : ""} ${help.phone ? html`<strong>${help.phone}</strong>` : html``}</p>` : html``}
  <h3 class="nooutline">${both((l) => pt("charterShort", l))}</h3><p>${pt("charterText", lang)}</p>
</section>`;

  // ---- contents ----
  const contents = html`<section class="toc">
  ${heading(
    2,
    "contents",
    both((l) => pt("contents", l)),
  )}
  <ol>${plan.sections.map((s) => html`<li><span class="toc__title">${s.id !== "region" && plan.kind !== "sector" ? sectorIcon(s.id) : html``}${sectionTitle(s.id, s.title)}</span><span class="toc__dots"></span>${pageNo(`s:${s.id}`)}</li>`)}
    ${options.welcome ? html`<li><span class="toc__title">${both((l) => pt("events", l))}</span><span class="toc__dots"></span>${pageNo("events")}</li><li><span class="toc__title">${both((l) => pt("mapTitle", l, { commune: plan.title }))}</span><span class="toc__dots"></span>${pageNo("map")}</li>` : html``}
    <li><span class="toc__title">${both((l) => pt("index", l))}</span><span class="toc__dots"></span>${pageNo("index")}</li>
    <li><span class="toc__title">${both((l) => pt("changes", l))}</span><span class="toc__dots"></span>${pageNo("changes")}</li>
  </ol>
</section>`;

  function sectionTitle(id: string, fallback: string): string {
    if (!second) return fallback;
    if (plan.kind === "sector") return id === "region" ? fallback : both((l) => communeName(id, l));
    const sector = model.sectors.find((s) => s.id === id);
    return sector ? both((l) => localize(sector.name, l, langs)!.text) : fallback;
  }

  // ---- entries ----
  const entryFirstKey = new Map<string, string>();
  for (const s of plan.sections)
    for (const e of s.entries) if (!entryFirstKey.has(e.id)) entryFirstKey.set(e.id, `e:${s.id}:${e.id}`);
  // A text missing in this language comes from another one, marked with its own lang for screen readers.
  const inLang = (text: Record<string, string> | undefined, l: string) => {
    const value = localize(text, l, langs);
    return !value
      ? html``
      : value.lang === l
        ? html`${value.text}`
        : html`<span lang="${value.lang}">${value.text}</span>`;
  };
  const textBlock = (e: Initiative, l: string) => html`<div class="entry__text" lang="${l}">
      <p class="entry__summary">${inLang(e.summary, l)}</p>
      ${e.schedule ? html`<p><strong>${t("schedule", l)}${colon(l)}</strong>${inLang(e.schedule, l)}</p>` : html``}
    </div>`;
  const entry = async (sectionId: string, e: Initiative) => {
    const key = `e:${sectionId}:${e.id}`;
    const place = e.place;
    const where = e.communes.length ? e.communes.map((c) => communeName(c)).join(", ") : pt("regionWide", lang);
    const related = (e.related ?? [])
      .map((r) => model.initiatives.find((i) => i.id === r))
      .filter((i): i is Initiative => !!i);
    const contact = e.contact ?? {};
    const short = absolute(site.baseUrl, urls.short(e.id));
    return html`<article class="entry">
  <div class="entry__head">
    <div>${heading(3, key, name(e), html`<span class="entry__icons">${e.sectors.map(sectorIcon)}</span>`)}</div>
    <div class="entry__qr">${trusted(await qrSvg(short, short))}</div>
  </div>
  ${second ? html`<div class="entry__columns">${textBlock(e, lang)}${textBlock(e, second)}</div>` : textBlock(e, lang)}
  <dl class="entry__facts">
    <dt>${both((l) => pt("where", l))}</dt><dd>${where}${place?.public && place.address ? html`<br>${place.name ? `${place.name}, ` : ""}${place.address}${place.postcode ? `, ${place.postcode}` : ""}` : html``}${place && !place.public ? html`<br>${t("privatePlace", lang)}` : html``}</dd>
    ${contact.phone || contact.email || contact.website ? html`<dt>${both((l) => t("contact", l))}</dt><dd>${[contact.phone, contact.email, contact.website?.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")].filter(Boolean).join(" · ")}</dd>` : html``}
    ${e.languages?.length ? html`<dt>${both((l) => t("languagesSpoken", l))}</dt><dd>${e.languages.map((l) => languageName(l, lang)).join(", ")}</dd>` : html``}
    ${related.length ? html`<dt>${both((l) => pt("seeAlso", l))}</dt><dd>${related.map((r, n) => html`${n ? ", " : ""}${name(r)}${entryFirstKey.has(r.id) ? html` (${pt("page", lang, { n: pageOf(entryFirstKey.get(r.id)!) ?? "000" })})` : html``}`)}</dd>` : html``}
  </dl>
  <p class="entry__verified">${t("verifiedOn", lang, { date: formatDate(e.verified, lang) })} · ${short.replace(/^https?:\/\//, "")}</p>
</article>`;
  };
  const sections: Html[] = [];
  for (const s of plan.sections) {
    // The section heading is registered before its entries: `headings` must follow document order.
    const title = heading(
      2,
      `s:${s.id}`,
      sectionTitle(s.id, s.title),
      s.id !== "region" && plan.kind !== "sector" ? sectorIcon(s.id) : html``,
    );
    const items: Html[] = [];
    for (const e of s.entries) items.push(await entry(s.id, e));
    sections.push(html`<section class="section">${title}${items}</section>`);
  }

  // ---- welcome: events and map ----
  let welcomeExtra = html``;
  if (options.welcome && commune) {
    const events = options.welcome.events;
    const located = plan.entries.filter(
      (e) => e.place?.public && e.place.lat !== undefined && e.place.lon !== undefined,
    );
    const points: MapPoint[] = located.map((e, n) => ({ n: n + 1, lat: e.place!.lat!, lon: e.place!.lon! }));
    welcomeExtra = html`<section class="events">${heading(
      2,
      "events",
      both((l) => pt("events", l)),
    )}
  ${events.length ? html`<ul>${events.map((ev) => html`<li><strong>${formatDateTime(ev.start, lang)}</strong> — ${localize(ev.title, lang, langs)?.text ?? ""}${ev.commune ? html` (${communeName(ev.commune)})` : html``}</li>`)}</ul>` : html`<p>${pt("noEvents", lang)}</p>`}
</section>
<section class="mappage">${heading(2, "map", pt("mapTitle", lang, { commune: plan.title }))}
  ${trusted(communeMapSvg(commune, points, pt("mapTitle", lang, { commune: plan.title })))}
  <p class="note">${pt("mapNote", lang)}</p>
  <ol class="maplist">${located.map((e) => html`<li>${name(e)}${entryFirstKey.has(e.id) ? html` — ${pt("page", lang, { n: pageOf(entryFirstKey.get(e.id)!) ?? "000" })}` : html``}</li>`)}</ol>
</section>`;
  }

  // ---- index ----
  const index = [...plan.entries].sort((a, b) => compareText(name(a), name(b), lang));
  const indexPages = (e: Initiative) =>
    plan.sections
      .filter((s) => s.entries.some((x) => x.id === e.id))
      .map((s) => pageOf(`e:${s.id}:${e.id}`) ?? "000")
      .filter((v, n, all) => all.indexOf(v) === n)
      .join(", ");
  const indexSection = html`<section class="index">${heading(
    2,
    "index",
    both((l) => pt("index", l)),
  )}
  <ul>${index.map((e) => html`<li><span class="toc__title">${name(e)}</span><span class="toc__dots"></span><span class="pno">${indexPages(e)}</span></li>`)}</ul>
</section>`;

  // ---- changes since the last edition ----
  const previous = options.previousEntries;
  const now = new Set(plan.entries.map((e) => e.id));
  const added = previous ? plan.entries.filter((e) => !previous.ids.includes(e.id)) : [];
  const removed = previous ? previous.ids.filter((id) => !now.has(id)) : [];
  const changes = html`<section class="changes">${heading(
    2,
    "changes",
    both((l) => pt("changes", l)),
  )}
  ${!previous ? html`<p>${pt("firstEdition", lang)}</p>` : !added.length && !removed.length ? html`<p>${pt("noChanges", lang)}</p>` : html``}
  ${added.length ? html`<h3 class="nooutline">${pt("added", lang)}</h3><ul>${added.map((e) => html`<li>${name(e)}</li>`)}</ul>` : html``}
  ${removed.length ? html`<h3 class="nooutline">${pt("removed", lang)}</h3><ul>${removed.map((id) => html`<li>${previous!.names[id] ?? id}</li>`)}</ul>` : html``}
</section>`;

  // ---- back page ----
  const contributeUrl = absolute(site.baseUrl, urls.content(lang, "contribute"));
  const corrections = site.corrections;
  const back = html`<section class="back">${heading(
    2,
    "back",
    both((l) => pt("backTitle", l)),
  )}
  <p>${pt("backText", lang)}</p>
  <div class="cover__qr">${trusted(await qrSvg(contributeUrl, contributeUrl))}<p><span class="url">${contributeUrl.replace(/^https?:\/\//, "")}</span></p></div>
  <ul>${corrections.email ? html`<li>${t("email", lang)}${colon(lang)}${corrections.email}</li>` : html``}${corrections.phone ? html`<li>${t("phone", lang)}${colon(lang)}${corrections.phone}</li>` : html``}${help?.phone ? html`<li>${t("phone", lang)}${colon(lang)}${help.phone}</li>` : html``}</ul>
  ${help?.place ? html`<p>${localize(help.place, lang, langs)?.text ?? ""}</p>` : html``}
</section>`;

  const documentTitle = `${plan.title} — ${title}`;
  const doc = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${documentTitle}</title>
<style>
@font-face { font-family: "Atkinson Hyperlegible"; font-weight: 400; src: url("${fileUrl(path.join(FONT_DIR, "atkinson-hyperlegible-latin-400-normal.woff2"))}") format("woff2"); }
@font-face { font-family: "Atkinson Hyperlegible"; font-weight: 700; src: url("${fileUrl(path.join(FONT_DIR, "atkinson-hyperlegible-latin-700-normal.woff2"))}") format("woff2"); }
@font-face { font-family: "Atkinson Hyperlegible"; font-weight: 400; unicode-range: U+0100-024F, U+1E00-1EFF; src: url("${fileUrl(path.join(FONT_DIR, "atkinson-hyperlegible-latin-ext-400-normal.woff2"))}") format("woff2"); }
</style>
<link rel="stylesheet" href="${fileUrl(CSS)}">
</head>
<body class="${options.largePrint ? "large" : ""} paper-${site.print.paper}">
${cover}${letter}${howto}${contents}${sections}${welcomeExtra}${indexSection}${changes}${back}
</body>
</html>`;
  return { html: doc.value, headings };
}

export { markdownToText };
