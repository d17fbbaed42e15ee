// Which entries the "veille" (upkeep) group should check, and a message ready to send to each, in the
// entry's own language. Used by `annuaire stale` and by the /{lang}/veille/ page; a pure function of the
// model and a date.
import { compareText, formatDate } from "../lib/format.ts";
import { type Html, html } from "../lib/html.ts";
import { t } from "../lib/strings.ts";
import { type Initiative, localize, type Model, monthsBetween } from "../model/model.ts";
import { absolute, urls } from "../site/urls.ts";
import { entryLanguage } from "./entry-language.ts";

export interface StaleEntry {
  id: string;
  name: string;
  /** The language the message is written in. */
  lang: string;
  verified: string;
  months: number;
  file: string;
  email?: string;
  phone?: string;
  website?: string;
  page: string;
  fix: string;
  subject: string;
  body: string;
  /** mailto: with subject and body, when there is an e-mail address. */
  mailto?: string;
}

export interface StaleGroup {
  id: string;
  name: string;
  entries: StaleEntry[];
}

export interface StaleReport {
  today: string;
  olderThanMonths: number;
  groups: StaleGroup[];
  /** Entries with a phone and no e-mail: to be called. */
  callSheet: StaleEntry[];
  /** Entries with neither: look at the website, or visit. */
  noContact: StaleEntry[];
  total: number;
}

export interface StaleOptions {
  /** Default: site.yaml's staleWarningMonths. */
  olderThanMonths?: number;
  commune?: string;
  /** Language of commune names and headings. */
  lang?: string;
}

/** Whether the initiative page should ask for help checking (past site.yaml's staleWarningMonths). */
export function isStale(initiative: Initiative, model: Model, today: string, months?: number): boolean {
  const limit = months ?? model.site.staleWarningMonths ?? 12;
  return limit > 0 && initiative.status !== "closed" && monthsBetween(initiative.verified, today) >= limit;
}

/** The correction form for one entry. */
export const correctionFormUrl = (lang: string, id: string): string =>
  `${urls.content(lang, "contribute")}?id=${encodeURIComponent(id)}`;

function entryFor(model: Model, i: Initiative, today: string): StaleEntry {
  const lang = entryLanguage(i, model.site);
  const langs = model.site.languages;
  const name = localize(i.name, lang, langs)?.text ?? i.id;
  const base = model.site.baseUrl;
  const page = absolute(base, urls.initiative(lang, i.id));
  const fix = absolute(base, correctionFormUrl(lang, i.id));
  const site = localize(model.site.title, lang, langs)?.text ?? "";
  const subject = t("staleSubject", lang, { name });
  const body = t("staleBody", lang, { site, name, page, fix, date: formatDate(i.verified, lang) });
  const contact = i.contact ?? {};
  return {
    id: i.id,
    name,
    lang,
    verified: i.verified,
    months: monthsBetween(i.verified, today),
    file: i.source,
    page,
    fix,
    subject,
    body,
    ...(contact.email
      ? {
          email: contact.email,
          mailto: `mailto:${contact.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
        }
      : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.website ? { website: contact.website } : {}),
  };
}

export function staleReport(model: Model, today: string, options: StaleOptions = {}): StaleReport {
  const olderThan = options.olderThanMonths ?? model.site.staleWarningMonths ?? 12;
  const lang = options.lang ?? model.site.defaultLanguage;
  const langs = model.site.languages;
  const due = model.initiatives.filter(
    (i) => isStale(i, model, today, olderThan) && (!options.commune || i.communes.includes(options.commune)),
  );
  const groups: StaleGroup[] = [];
  const communes = [...model.communes].sort((a, b) =>
    compareText(localize(a.name, lang, langs)?.text ?? a.id, localize(b.name, lang, langs)?.text ?? b.id, lang),
  );
  const placed = new Set<string>();
  for (const c of communes) {
    // Each entry is listed once, under the first of its communes in alphabetical order.
    const entries = due.filter((i) => !placed.has(i.id) && i.communes.includes(c.id));
    for (const e of entries) placed.add(e.id);
    if (entries.length)
      groups.push({
        id: c.id,
        name: localize(c.name, lang, langs)?.text ?? c.id,
        entries: entries.map((i) => entryFor(model, i, today)),
      });
  }
  const rest = due.filter((i) => !placed.has(i.id));
  if (rest.length)
    groups.push({
      id: "region",
      name: t("regionWideGroup", lang),
      entries: rest.map((i) => entryFor(model, i, today)),
    });
  const all = groups.flatMap((g) => g.entries);
  return {
    today,
    olderThanMonths: olderThan,
    groups,
    callSheet: all.filter((e) => !e.email && e.phone),
    noContact: all.filter((e) => !e.email && !e.phone),
    total: all.length,
  };
}

// ---- Formats ----

const csvCell = (v: string | number | undefined) => {
  const s = v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function staleCsv(report: StaleReport): string {
  const head = [
    "commune",
    "id",
    "name",
    "lang",
    "verified",
    "months",
    "email",
    "phone",
    "website",
    "page",
    "fix",
    "mailto",
  ];
  const rows = report.groups.flatMap((g) =>
    g.entries.map((e) =>
      [g.id, e.id, e.name, e.lang, e.verified, e.months, e.email, e.phone, e.website, e.page, e.fix, e.mailto]
        .map(csvCell)
        .join(","),
    ),
  );
  return `${[head.join(","), ...rows].join("\r\n")}\r\n`;
}

export function staleMarkdown(report: StaleReport, lang: string): string {
  const out: string[] = [
    `# ${t("veilleTitle", lang)}`,
    "",
    t("veilleCount", lang, { count: report.total, date: formatDate(report.today, lang) }),
    "",
  ];
  if (!report.total) return [...out, t("veilleNone", lang), ""].join("\n");
  for (const g of report.groups) {
    out.push(`## ${g.name}`, "");
    for (const e of g.entries) {
      out.push(
        `### ${e.name} — ${t("veilleVerified", lang, { date: formatDate(e.verified, lang), months: e.months })}`,
        "",
      );
      if (e.email) out.push(`- ${e.email} — [${t("veilleWrite", lang)} (${e.lang})](${e.mailto})`);
      if (e.phone) out.push(`- ${e.phone}`);
      if (e.website) out.push(`- ${e.website}`);
      out.push(`- ${e.page}`, `- \`${e.file}\` → \`annuaire verify ${e.id}\``, "");
    }
  }
  if (report.callSheet.length) {
    out.push(
      `## ${t("veilleCallSheet", lang)}`,
      "",
      `| | ${t("phone", lang)} | ${t("veilleCalled", lang)} |`,
      "|---|---|---|",
    );
    for (const e of report.callSheet) out.push(`| ${e.name} (${e.lang}) | ${e.phone} | ☐ |`);
    out.push("");
  }
  if (report.noContact.length) {
    out.push(`## ${t("veilleNoContact", lang)}`, "");
    for (const e of report.noContact) out.push(`- ${e.name}${e.website ? ` — ${e.website}` : ""} — \`${e.file}\``);
    out.push("");
  }
  return out.join("\n");
}

/** The list as HTML (the veille page and `--format html` share it). */
export function staleHtml(report: StaleReport, lang: string): Html {
  const entry = (e: StaleEntry) => html`<li class="veille__entry" id="v-${e.id}">
  <h3>${e.name} <span class="veille__when">${t("veilleVerified", lang, { date: formatDate(e.verified, lang), months: e.months })}</span></h3>
  <ul>
    ${e.email ? html`<li>${e.email} — <a href="${e.mailto}" hreflang="${e.lang}">${t("veilleWrite", lang)} (${e.lang})</a></li>` : html``}
    ${e.phone ? html`<li><a href="tel:${e.phone.replace(/[^+\d]/g, "")}">${e.phone}</a></li>` : html``}
    ${e.website ? html`<li><a href="${e.website}" rel="noopener">${e.website}</a></li>` : html``}
    <li><a href="${e.page}">${e.page}</a></li>
    <li><code>annuaire verify ${e.id}</code></li>
  </ul>
</li>`;
  return html`<div class="veille">
<p>${t("veilleCount", lang, { count: report.total, date: formatDate(report.today, lang) })}</p>
${report.total ? html`` : html`<p>${t("veilleNone", lang)}</p>`}
${report.groups.map((g) => html`<section class="veille__group" aria-labelledby="vg-${g.id}"><h2 id="vg-${g.id}">${g.name} (${g.entries.length})</h2><ul class="veille__list">${g.entries.map(entry)}</ul></section>`)}
${
  report.callSheet.length
    ? html`<section class="veille__calls" aria-labelledby="vg-calls"><h2 id="vg-calls">${t("veilleCallSheet", lang)}</h2>
<table><thead><tr><th scope="col">${t("veilleTitle", lang)}</th><th scope="col">${t("phone", lang)}</th><th scope="col">${t("veilleCalled", lang)}</th></tr></thead>
<tbody>${report.callSheet.map((e) => html`<tr><td>${e.name} (${e.lang})</td><td>${e.phone}</td><td class="veille__blank"></td></tr>`)}</tbody></table></section>`
    : html``
}
${
  report.noContact.length
    ? html`<section aria-labelledby="vg-none"><h2 id="vg-none">${t("veilleNoContact", lang)}</h2><ul>${report.noContact.map((e) => html`<li>${e.name}${e.website ? html` — <a href="${e.website}" rel="noopener">${e.website}</a>` : html``} — <code>${e.file}</code></li>`)}</ul></section>`
    : html``
}
</div>`;
}

/** A standalone printable HTML document (for `annuaire stale --format html > list.html`). */
export function staleHtmlDocument(report: StaleReport, lang: string): string {
  return html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${t("veilleTitle", lang)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #888;padding:.4rem;text-align:left}.veille__blank{width:40%}h3{margin-bottom:.2rem}.veille__when{font-weight:normal;font-size:.9em}@media print{a{color:inherit}section{break-inside:avoid-page}}</style>
</head><body><h1>${t("veilleTitle", lang)}</h1>${staleHtml(report, lang)}</body></html>
`.value;
}
