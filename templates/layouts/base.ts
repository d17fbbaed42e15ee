// The page shell: head with hreflang alternates, skip link, header with language switcher, footer.

import { attr, type Html, html } from "../../scripts/lib/html.ts";
import { colon, t } from "../../scripts/lib/strings.ts";
import type { SiteData } from "../../scripts/site/site-data.ts";
import { absolute, urls } from "../../scripts/site/urls.ts";
import { emailAddress } from "../components/email.ts";
import type { AssetManifest } from "../lib/context.ts";

export interface PageMeta {
  lang: string;
  title: string;
  description?: string;
  /** The same page in every language. */
  alternates?: { lang: string; url: string }[];
  scripts?: string[];
  styles?: string[];
  head?: Html;
  bodyClass?: string;
}

export function basePage(data: SiteData, assets: AssetManifest, meta: PageMeta, main: Html): string {
  const { lang } = meta;
  const site = data.model.site;
  const siteTitle = data.text(site.title, lang)!;
  const alternates = meta.alternates ?? [];
  const current = alternates.find((a) => a.lang === lang)?.url;
  const nav: [string, string][] = [
    [urls.home(lang), t("home", lang)],
    [urls.search(lang), t("search", lang)],
    [urls.map(lang), t("map", lang)],
    [urls.agenda(lang), t("agenda", lang)],
    ...data.contentPages(lang).map((p): [string, string] => [urls.content(lang, p.slug), p.nav ?? p.title]),
  ];
  const page = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title === siteTitle.text ? meta.title : `${meta.title} — ${siteTitle.text}`}</title>
${meta.description ? html`<meta name="description" content="${meta.description}">` : html``}
${alternates.map((a) => html`<link rel="alternate" hreflang="${a.lang}" href="${absolute(site.baseUrl, a.url)}">`)}
${alternates.length ? html`<link rel="alternate" hreflang="x-default" href="${absolute(site.baseUrl, alternates[0]!.url)}">` : html``}
<link rel="stylesheet" href="${assets["site.css"]}">
<link rel="alternate" type="application/atom+xml" href="${urls.feed(lang)}" title="${t("newsFeed", lang)}">
${(meta.styles ?? []).map((s) => html`<link rel="stylesheet" href="${s}">`)}
${siteIcons(data.model.site.languages.includes(lang) ? lang : data.model.site.defaultLanguage)}
${meta.head ?? html``}
<script src="${assets["site.js"]}" defer></script>
${(meta.scripts ?? []).map((s) => html`<script src="${s}" defer></script>`)}
</head>
<body${attr("class", meta.bodyClass)}>
<a class="skip-link" href="#main">${t("skipToContent", lang)}</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-title" href="${urls.home(lang)}"${siteTitle.lang !== lang ? html` lang="${siteTitle.lang}"` : html``}>${siteTitle.text}</a>
    ${
      alternates.length > 1
        ? html`<nav class="lang-switch" aria-label="${t("languageNav", lang)}"><ul>${alternates.map(
            (a) =>
              html`<li><a href="${a.url}" lang="${a.lang}" hreflang="${a.lang}"${a.lang === lang ? html` aria-current="true"` : html``}>${a.lang.toUpperCase()}<span class="visually-hidden"> ${t("languageName", a.lang)}</span></a></li>`,
          )}</ul></nav>`
        : html``
    }
  </div>
  <nav class="main-nav" aria-label="${t("mainNav", lang)}"><ul>${nav.map(([href, label]) => html`<li><a href="${href}"${href === current ? html` aria-current="page"` : html``}>${label}</a></li>`)}</ul></nav>
</header>
<main id="main">
${main}
</main>
<footer class="site-footer">
  ${site.help ? html`<p><strong>${t("offlineHelp", lang)}</strong> ${site.help.place ? data.text(site.help.place, lang)?.text : ""} ${site.help.phone ? html`<a href="tel:${site.help.phone.replace(/[^+\d]/g, "")}">${site.help.phone}</a>` : html``}</p>` : html``}
  <ul class="site-footer__links">
    ${site.contact ? html`<li>${siteContact(site.contact, lang)}</li>` : html``}
    <li><a href="${urls.contribute(lang)}">${t("contribute", lang)}</a></li>
    <li><a href="${urls.contribute(lang)}#correction">${t("reportCorrection", lang)}</a></li>
  </ul>
</footer>
</body>
</html>
`;
  return page.value;
}

/** The team's own contact, from site.yaml; the footer promises one only when there is one. */
function siteContact(contact: NonNullable<SiteData["model"]["site"]["contact"]>, lang: string): Html {
  const links = [
    contact.url ? html`<a href="${contact.url}">${t("siteContact", lang)}</a>` : undefined,
    contact.email ? emailAddress(contact.email) : undefined,
    contact.phone ? html`<a href="tel:${contact.phone.replace(/[^+\d]/g, "")}">${contact.phone}</a>` : undefined,
  ].filter((l): l is Html => !!l);
  return html`${contact.url ? html`` : html`${t("siteContact", lang)}${colon(lang)}`}${links.map((l, n) => html`${n ? " · " : ""}${l}`)}`;
}

/** The icons every page declares (so no browser asks for a missing /favicon.ico) and the app manifest. */
export function siteIcons(lang: string): Html {
  return html`<link rel="icon" href="/favicon.ico" sizes="32x32">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="manifest" href="/${lang}/manifest.webmanifest">
<meta name="theme-color" content="#0b5394">`;
}

/** Where "report a correction" goes: the corrections URL, else an e-mail. */
export function correctionUrl(data: SiteData, subject?: string): string {
  const c = data.model.site.corrections;
  if (c.url) return c.url;
  if (c.email) return `mailto:${c.email}${subject ? `?subject=${encodeURIComponent(subject)}` : ""}`;
  return urls.content(data.model.site.defaultLanguage, "contribute");
}
