// /{lang}/initiatives/{id}/ — one initiative, in one language.

import { agendaView } from "../../scripts/agenda/agenda-view.ts";
import { newsAnchor } from "../../scripts/agenda/news.ts";
import { correctionFormUrl, isStale } from "../../scripts/agenda/stale.ts";
import { entryFacts } from "../../scripts/lib/entry-facts.ts";
import { formatDate } from "../../scripts/lib/format.ts";
import { html, jsonForScript, trusted } from "../../scripts/lib/html.ts";
import { markdownToText, renderContributed } from "../../scripts/lib/markdown.ts";
import { colon, type StringKey, t } from "../../scripts/lib/strings.ts";
import type { Initiative } from "../../scripts/model/model.ts";
import { communesServed, searchTerms } from "../../scripts/site/search-terms.ts";
import type { InitiativePage, SiteData } from "../../scripts/site/site-data.ts";
import { absolute, urls } from "../../scripts/site/urls.ts";
import { agendaBlock, eventJsonLd } from "../components/agenda.ts";
import { cardList } from "../components/card.ts";
import { emailAddress } from "../components/email.ts";
import { factList } from "../components/facts.ts";
import { sectorTags } from "../components/pictogram.ts";
import { localized } from "../components/text.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

export const data = {
  pagination: { data: "annuaire.pages.initiatives", size: 1, alias: "p", addAllPagesToCollections: false },
  permalink: (d: TemplateData<InitiativePage>) => d.p.output,
  eleventyExcludeFromCollections: true,
};

export function jsonLd(d: SiteData, i: Initiative, lang: string): unknown {
  const base = d.model.site.baseUrl;
  const place = i.place?.public ? i.place : undefined;
  const communes = i.communes.map((c) => d.communeById.get(c)!);
  const description = d.text(i.description, lang)?.text;
  return {
    "@context": "https://schema.org",
    "@type": "NGO",
    "@id": absolute(base, urls.short(i.id)),
    name: d.text(i.name, lang)!.text,
    description: description ? markdownToText(description) : d.text(i.summary, lang)!.text,
    url: absolute(base, urls.initiative(lang, i.id)),
    ...(i.contact?.website
      ? { sameAs: [i.contact.website, ...(i.contact.social ?? [])] }
      : i.contact?.social
        ? { sameAs: i.contact.social }
        : {}),
    // No e-mail here: the page would carry it in clear (see components/email.ts); open data has it.
    ...(i.contact?.phone ? { telephone: i.contact.phone } : {}),
    areaServed: communes.length
      ? communes.map((c) => ({ "@type": "City", name: d.name(c, lang) }))
      : i.regions.map((r) => ({ "@type": "AdministrativeArea", name: d.name(d.regionById.get(r)!, lang) })),
    ...(place && (place.address || place.lat !== undefined)
      ? {
          location: {
            "@type": "Place",
            ...(place.name ? { name: place.name } : {}),
            ...(place.address
              ? {
                  address: {
                    "@type": "PostalAddress",
                    streetAddress: place.address,
                    ...(place.postcode ? { postalCode: place.postcode } : {}),
                    ...(communes[0] ? { addressLocality: d.name(communes[0], lang) } : {}),
                  },
                }
              : {}),
            ...(place.lat !== undefined
              ? { geo: { "@type": "GeoCoordinates", latitude: place.lat, longitude: place.lon } }
              : {}),
          },
        }
      : {}),
    event: agendaView(d.model, d.buildDate)
      .upcomingIn({ kind: "initiatives", id: i.id })
      .slice(0, 20)
      .map((o) => eventJsonLd(d, o, lang)),
  };
}

/**
 * What the search index reads for this page: the entry's name, sectors, summary, description, the facts a
 * reader searches by (where, languages, audience, accessibility), the public place's name, the search
 * filters and the result's meta, and low-weight search words. Not the street address, the schedule, the
 * contact, news or events: nobody finds an initiative by its phone number, and an edit of those leaves
 * the index as it was (so the incremental rebuild need not index again). Pagefind is fed this document
 * (scripts/site/search-index.ts), not the page.
 */
/** The summary as search text: in its own language, without the page's "not translated" note. */
const summaryIn = (data: SiteData, i: Initiative, lang: string) => {
  const summary = data.text(i.summary, lang)!;
  return html`<p${summary.lang !== lang ? html` lang="${summary.lang}"` : html``}>${summary.text}</p>`;
};

export function searchDocument(data: SiteData, p: InitiativePage): string {
  const { lang, initiative: i } = p;
  const name = data.text(i.name, lang)!;
  const description = data.text(i.description, lang);
  const where = i.communes.length
    ? i.communes.map((c) => data.name(data.communeById.get(c)!, lang)).join(", ")
    : i.regions.map((r) => data.name(data.regionById.get(r)!, lang)).join(", ");
  const placeName = i.place?.public ? i.place.name : undefined;
  return html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${name.text}</title></head>
<body><main data-pagefind-body>
<h1>${name.text}</h1>
${sectorTags(data, i.sectors, lang)}
${summaryIn(data, i, lang)}
${description ? html`<div>${trusted(renderContributed(description.text))}</div>` : html``}
${placeName ? html`<p>${placeName}</p>` : html``}
${factList(entryFacts(data.model, i, lang, { omit: ["place", "schedule", "contact", "status", "verified"] }), lang)}
<div hidden data-pagefind-ignore>
${communesServed(data.model, i).map((c) => html`<span data-pagefind-filter="commune">${data.name(c, lang)}</span>`)}
${i.sectors.map((s) => html`<span data-pagefind-filter="sector">${data.name(data.sectorById.get(s)!, lang)}</span>`)}
<span data-pagefind-meta="where">${where}</span>
<span data-pagefind-meta="summary">${data.text(i.summary, lang)!.text}</span>
<span data-pagefind-meta="sectors">${i.sectors.join(" ")}</span>
${i.status === "closed" ? html`<span data-pagefind-meta="closed">${t("closedMark", lang)}</span>` : html``}
</div>
<p hidden data-pagefind-weight="0.4">${searchTerms(data.model, i).join(" · ")}</p>
</main></body></html>
`.value;
}

export function render(d: TemplateData<InitiativePage>): string {
  const { annuaire: data, p } = d;
  const { lang, initiative: i } = p;
  const name = data.text(i.name, lang)!;
  const description = data.text(i.description, lang);
  const events = agendaView(data.model, data.buildDate).upcomingIn({ kind: "initiatives", id: i.id });
  const related = (i.related ?? []).map((r) => data.initiativeById.get(r)!).filter(Boolean);
  const nearby = data.nearby(i);
  const contact = i.contact ?? {};
  const statusKey = `status${i.status[0]!.toUpperCase()}${i.status.slice(1)}` as StringKey;
  const updates = (i.updates ?? [])
    .map((u, n) => ({ ...u, anchor: newsAnchor(u.date, n) }))
    .sort((a, b) => (a.date < b.date ? 1 : -1));

  const main = html`<article class="initiative">
  <h1${name.lang !== lang ? html` lang="${name.lang}"` : html``}>${name.text}</h1>
  ${sectorTags(data, i.sectors, lang)}
  ${localized(data, i.summary, lang, "p", "lead")}
  ${
    i.status === "closed"
      ? html`<div class="notice notice--closed" role="note"><p><strong class="closed-mark">${t("closedMark", lang)}</strong> ${t("closedNote", lang)}</p></div>`
      : i.status !== "active"
        ? html`<p class="status status--${i.status}">${t("status", lang)}${colon(lang)}${t(statusKey, lang)}</p>`
        : html``
  }
  ${isStale(i, data.model, data.buildDate) ? html`<p class="stale-note" role="note">${t("mayBeOutdated", lang, { months: data.model.site.staleWarningMonths })} <a href="${correctionFormUrl(lang, i.id)}">${t("helpUsCheck", lang)}</a></p>` : html``}
  ${description ? html`<div class="description"${description.lang !== lang ? html` lang="${description.lang}"` : html``}>${trusted(renderContributed(description.text))}</div>` : html``}
  ${factList(entryFacts(data.model, i, lang, { omit: ["contact", "status", "verified"] }), lang)}
  <section class="contact" data-pagefind-ignore aria-labelledby="contact-h">
    <h2 id="contact-h">${t("contact", lang)}</h2>
    ${
      contact.website || contact.email || contact.phone || contact.social?.length || i.ical
        ? html`<ul>
      ${contact.website ? html`<li>${t("website", lang)}${colon(lang)}<a href="${contact.website}" rel="noopener">${contact.website.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}</a></li>` : html``}
      ${contact.email ? html`<li>${t("email", lang)}${colon(lang)}${emailAddress(contact.email)}</li>` : html``}
      ${contact.phone ? html`<li>${t("phone", lang)}${colon(lang)}<a href="tel:${contact.phone.replace(/[^+\d]/g, "")}">${contact.phone}</a></li>` : html``}
      ${(contact.social ?? []).map((s) => html`<li><a href="${s}" rel="noopener">${new URL(s).hostname.replace(/^www\./, "")}</a></li>`)}
      ${i.ical ? html`<li><a href="${i.ical}" rel="noopener">${t("calendar", lang)}</a></li>` : html``}
    </ul>`
        : html`<p>${t("noContact", lang)}</p>`
    }
  </section>
  ${events.length || i.ical ? agendaBlock(data, lang, events, { feed: urls.calendar({ kind: "initiatives", id: i.id }), limit: 10, headingId: "events-h", initiative: false }) : html``}
  ${updates.length ? html`<section aria-labelledby="news-h"><h2 id="news-h">${t("news", lang)}</h2><ul class="news">${updates.map((u) => html`<li id="${u.anchor}"><time datetime="${u.date}">${formatDate(u.date, lang)}</time> — ${localized(data, u.text, lang)}</li>`)}</ul></section>` : html``}
  ${related.length ? html`<section aria-labelledby="related-h" data-pagefind-ignore><h2 id="related-h">${t("related", lang)}</h2>${cardList(data, related, lang)}</section>` : html``}
  ${nearby.length ? html`<section aria-labelledby="nearby-h" data-pagefind-ignore><h2 id="nearby-h">${t("nearby", lang)}</h2>${cardList(data, nearby, lang)}</section>` : html``}
  <footer class="meta" data-pagefind-ignore>
    ${i.charter ? html`<p class="badge">${t("charterSigned", lang, { date: formatDate(i.charter, lang) })}</p>` : html``}
    ${
      i.provenance === "public-source"
        ? html`<p class="badge badge--to-check">${t("toBeChecked", lang)}</p>
    <p>${t("sourcesLabel", lang)}${colon(lang)}${(i.sources ?? []).map((s, n) => html`${n ? ", " : ""}<a href="${s}" rel="noopener nofollow">${new URL(s).hostname.replace(/^www\./, "")}</a>`)}</p>
    <p><a href="${urls.contribute(lang, i.id)}">${t("reportCorrection", lang)}</a></p>`
        : html`<p>${t("verifiedOn", lang, { date: formatDate(i.verified, lang) })} · <a href="${urls.contribute(lang, i.id)}">${t("reportCorrection", lang)}</a></p>`
    }
  </footer>
</article>`;

  return basePage(
    data,
    d.assets,
    {
      lang,
      title: name.text,
      description: data.text(i.summary, lang)!.text,
      alternates: p.alternates,
      head: html`<script type="application/ld+json">${jsonForScript(jsonLd(data, i, lang))}</script>`,
    },
    main,
  );
}
