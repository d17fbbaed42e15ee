// /{lang}/contribute/ — the contribute form (a plain form posted to Netlify Forms; it works without
// JavaScript), then the guide from content/{lang}/contribute.md. Every field, label, help, limit and
// allowed value comes from the contract (scripts/contribute/form-contract.ts); the page's script runs
// the same checks from the JSON embedded below, with the validator's messages.

import {
  browserContract,
  type FormField,
  formFields,
  SPOKEN_LANGUAGES,
} from "../../scripts/contribute/form-contract.ts";
import { FORM_NAME, META_FIELDS, WHAT_IS_WRONG } from "../../scripts/contribute/submission.ts";
import { attr, type Html, html, jsonForScript, trusted } from "../../scripts/lib/html.ts";
import { uiLang } from "../../scripts/lib/lang.ts";
import { renderContent } from "../../scripts/lib/markdown.ts";
import { type StringKey, t } from "../../scripts/lib/strings.ts";
import type { ContentPage } from "../../scripts/model/content.ts";
import type { PageEntry } from "../../scripts/plan/index.ts";
import type { SiteData } from "../../scripts/site/site-data.ts";
import { urls } from "../../scripts/site/urls.ts";
import { basePage } from "../layouts/base.ts";
import type { TemplateData } from "../lib/context.ts";

type ContributePage = PageEntry<{ guide?: ContentPage }>;

export const data = {
  pagination: { data: "annuaire.pages.contribute", size: 1, alias: "p" },
  permalink: (d: TemplateData<ContributePage>) => d.p.output,
};

const WRONG_LABEL: Record<(typeof WHAT_IS_WRONG)[number], StringKey> = {
  moved: "wrongMoved",
  closed: "wrongClosed",
  schedule: "wrongSchedule",
  other: "wrongOther",
};

const id = (name: string) => `f-${name.replace(/[^a-z0-9]+/gi, "-")}`;

function frame(
  f: { name: string; label: string; help?: string | undefined; required: boolean },
  lang: string,
  control: Html,
  group = false,
): Html {
  const fid = id(f.name);
  const label = html`${f.label}${f.required ? html` <span class="required" aria-hidden="true">*</span>` : html` <span class="optional">(${t("optional", lang)})</span>`}`;
  const help = f.help ? html`<p class="help" id="${fid}-help">${f.help}</p>` : html``;
  const error = html`<p class="error" id="${fid}-error" role="alert" hidden></p>`;
  return group
    ? html`<fieldset class="field field--group" data-field="${f.name}"><legend>${label}</legend>${help}${control}${error}</fieldset>`
    : html`<div class="field" data-field="${f.name}"><label for="${fid}">${label}</label>${help}${control}${error}</div>`;
}

function choices(
  f: FormField,
  options: { value: string; label: string; icon?: string; lang?: string }[],
  lang: string,
  type: "checkbox" | "radio" = "checkbox",
): Html {
  const fid = id(f.name);
  const list = html`<ul class="choices${options.some((o) => o.icon) ? " choices--pictograms" : ""}">${options.map(
    (o, i) =>
      html`<li><label for="${fid}-${i}"><input type="${type}" id="${fid}-${i}" name="${f.name}" value="${o.value}"${f.help ? html` aria-describedby="${fid}-help"` : html``}>${o.icon ? html`<img src="${o.icon}" alt="" width="32" height="32">` : html``}<span${attr("lang", o.lang)}>${o.label}</span></label></li>`,
  )}</ul>`;
  return frame(
    { name: f.name, label: f.label?.[uiLang(lang)] ?? f.name, help: f.help?.[uiLang(lang)], required: f.required },
    lang,
    list,
    true,
  );
}

function fieldHtml(data: SiteData, f: FormField, lang: string): Html {
  const l = uiLang(lang);
  const fid = id(f.name);
  const described = html` aria-describedby="${f.help ? `${fid}-help ` : ""}${fid}-error"`;
  const common = html` id="${fid}" name="${f.name}"${f.required ? html` required` : html``}${f.maxLength ? html` maxlength="${f.maxLength}"` : html``}${described}`;
  const meta = { name: f.name, label: f.label?.[l] ?? f.name, help: f.help?.[l], required: f.required };
  switch (f.control) {
    case "hidden":
      return html`<input type="hidden" id="${fid}" name="${f.name}">`;
    case "textarea":
      return frame(meta, lang, html`<textarea${common} rows="${(f.maxLength ?? 0) > 400 ? 6 : 3}"></textarea>`);
    case "links":
      return frame(meta, lang, html`<textarea id="${fid}" name="${f.name}" rows="2"${described}></textarea>`);
    case "url":
    case "email":
    case "tel":
      return frame(
        meta,
        lang,
        html`<input type="${f.control}"${common}${f.control === "email" ? html` autocomplete="off"` : html``}>`,
      );
    case "pictogram-checkboxes":
      return choices(
        f,
        data.model.sectors.map((s) => ({ value: s.id, label: data.name(s, lang), icon: `/assets/icons/${s.id}.svg` })),
        lang,
      );
    case "select-multiple":
      return choices(
        f,
        data.sortByName(data.model.communes, lang).map((c) => ({ value: c.id, label: data.name(c, lang) })),
        lang,
      );
    case "checkboxes": {
      if (f.name === "languages") {
        const names = new Intl.DisplayNames([lang], { type: "language" });
        return choices(
          f,
          SPOKEN_LANGUAGES.map((code) => ({ value: code, label: names.of(code) ?? code })),
          lang,
        );
      }
      return choices(
        f,
        (f.values ?? []).map((v) => ({ value: v, label: f.valueLabels?.[v]?.[l] ?? v })),
        lang,
      );
    }
    default:
      // No `pattern` attribute: HTML patterns lose the contract's flags (case); the script and the import check.
      return frame(meta, lang, html`<input type="text"${common}>`);
  }
}

function placeKind(lang: string): Html {
  const options = [
    ["public", t("placePublic", lang)],
    ["private", t("placePrivate", lang)],
    ["", t("placeNone", lang)],
  ] as const;
  return html`<fieldset class="field field--group" data-field="${META_FIELDS.placeKind}"><legend>${t("placeKind", lang)}</legend>
<ul class="choices">${options.map(([value, label], i) => html`<li><label for="f-place-kind-${i}"><input type="radio" id="f-place-kind-${i}" name="${META_FIELDS.placeKind}" value="${value}"${value === "" ? html` checked` : html``}><span>${label}</span></label>${value === "private" ? html`<p class="help note-private">${t("placePrivateNote", lang)}</p>` : html``}</li>`)}</ul></fieldset>`;
}

function locator(data: SiteData, lang: string): Html {
  const map = data.model.site.map;
  return html`<div class="locator" hidden data-tiles="${map.tiles ?? ""}" data-attribution="${`${map.attribution ?? ""} · Nominatim`}" data-not-found="${t("addressNotFound", lang)}">
<button type="button" class="button locator__find">${t("findAddress", lang)}</button>
<p class="help">${t("lookupNote", lang)}</p>
<div class="locator__map" hidden></div>
<p class="help locator__drag" hidden>${t("markerHelp", lang)}</p>
<button type="button" class="button button--quiet locator__clear" hidden>${t("keepCommune", lang)}</button>
<p class="locator__status" role="status"></p>
</div>`;
}

export function render(d: TemplateData<ContributePage>): string {
  const { annuaire: data, p } = d;
  const { lang } = p;
  const fields = formFields();
  const step = (name: FormField["step"]) =>
    fields
      .filter((f) => f.step === name)
      .map((f) =>
        f.name === "place.name"
          ? html`${placeKind(lang)}${fieldHtml(data, f, lang)}`
          : f.name === "place.postcode"
            ? html`${fieldHtml(data, f, lang)}${locator(data, lang)}`
            : fieldHtml(data, f, lang),
      );
  const initiatives = data.sortByName(data.model.initiatives, lang);
  const contract = browserContract(uiLang(lang), data.model);
  const main = html`<article class="contribute-page">
<h1>${t("contributeTitle", lang)}</h1>
<p class="lead">${t("contributeIntro", lang)}</p>
<p>${t("contributeAsks", lang)}</p>
<script type="application/json" id="contribute-contract">${jsonForScript(contract)}</script>
<form class="contribute" name="${FORM_NAME}" method="POST" action="${urls.contributeThanks(lang)}" data-netlify="true" netlify-honeypot="${META_FIELDS.honeypot}"
  data-index="/data/contribute-index.json" data-initiatives="/data/initiatives.json" data-repository="${data.model.site.repository ?? ""}" data-data-folder="data" data-contribute-url="${urls.contribute(lang)}">
<input type="hidden" name="form-name" value="${FORM_NAME}">
<input type="hidden" name="${META_FIELDS.lang}" value="${lang}">
<input type="hidden" name="${META_FIELDS.startedAt}" value="">
<p class="visually-hidden" aria-hidden="true"><label>${t("honeypotLabel", lang)} <input name="${META_FIELDS.honeypot}" tabindex="-1" autocomplete="off"></label></p>
<p class="form-errors" role="alert" hidden>${t("fixErrors", lang)}</p>

<fieldset class="step step--correction" id="correction"><legend>${t("correctionLegend", lang)}</legend>
<div class="field" data-field="${META_FIELDS.correctionOf}"><label for="f-correction-of">${t("correctionOf", lang)}</label>
<select id="f-correction-of" name="${META_FIELDS.correctionOf}"><option value="">${t("correctionNone", lang)}</option>${initiatives.map((i) => html`<option value="${i.id}">${data.name(i, lang)}</option>`)}</select>
<p class="help correction-prefilled" hidden>${t("correctionPrefilled", lang)}</p></div>
<fieldset class="field field--group what-is-wrong" data-field="${META_FIELDS.whatIsWrong}"><legend>${t("whatIsWrong", lang)}</legend>
<ul class="choices">${WHAT_IS_WRONG.map((w, i) => html`<li><label for="f-wrong-${i}"><input type="radio" id="f-wrong-${i}" name="${META_FIELDS.whatIsWrong}" value="${w}"><span>${t(WRONG_LABEL[w], lang)}</span></label></li>`)}</ul></fieldset>
</fieldset>

<fieldset class="step" data-step="what"><legend>${t("stepWhat", lang)}</legend>${step("what")}
<div class="duplicates" role="status" hidden data-template="${t("duplicateWarning", lang)}" data-reasons="${JSON.stringify({ website: t("reasonWebsite", lang), email: t("reasonEmail", lang), phone: t("reasonPhone", lang), name: t("reasonName", lang), "local-name": t("reasonLocalName", lang) })}"></div>
</fieldset>
<fieldset class="step" data-step="where"><legend>${t("stepWhere", lang)}</legend>${step("where")}</fieldset>
<fieldset class="step" data-step="contact"><legend>${t("stepContact", lang)}</legend>${step("contact")}</fieldset>
<fieldset class="step" data-step="more"><legend>${t("stepMore", lang)}</legend>${step("more")}</fieldset>
<fieldset class="step" data-step="you"><legend>${t("stepYou", lang)}</legend>
${frame({ name: META_FIELDS.senderContact, label: t("senderContact", lang), help: t("senderContactHelp", lang), required: true }, lang, html`<input type="text" id="f-sender-contact" name="${META_FIELDS.senderContact}" required maxlength="200" autocomplete="email" aria-describedby="f-sender-contact-help f-sender-contact-error">`)}
${frame({ name: META_FIELDS.note, label: t("noteLabel", lang), help: t("noteHelp", lang), required: false }, lang, html`<textarea id="f-note" name="${META_FIELDS.note}" rows="3" maxlength="2000" aria-describedby="f-note-help f-note-error"></textarea>`)}
</fieldset>
<p class="step-nav" hidden><button type="button" class="button button--quiet step-prev">${t("previous", lang)}</button> <button type="button" class="button step-next">${t("next", lang)}</button></p>
<p><button type="submit" class="button button--big">${t("send", lang)}</button></p>
</form>
<section class="contribute-sent" hidden aria-live="polite" data-failed="${t("sendFailed", lang)}">
<h2 tabindex="-1">${t("sentTitle", lang)}</h2>
<p class="contribute-sent__text">${t("sentText", lang)}</p>
<pre class="yaml-preview"><code></code></pre>
<p><a class="button yaml-download" download>${t("downloadYaml", lang)}</a></p>
<p class="github-link" hidden><a rel="noopener">${t("githubPropose", lang)}</a></p>
<p><a href="${urls.contribute(lang)}">${t("backToContribute", lang)}</a></p>
</section>
${p.guide ? html`<section class="prose contribute-guide" aria-labelledby="guide-h"><h2 id="guide-h">${t("howToGit", lang)}</h2>${trusted(renderContent(p.guide.markdown))}</section>` : html``}
</article>`;
  return basePage(
    data,
    d.assets,
    {
      lang,
      title: t("contributeTitle", lang),
      alternates: p.alternates,
      styles: ["/assets/leaflet/leaflet.css", d.assets["contribute.css"]!],
      scripts: ["/assets/leaflet/leaflet.js", d.assets["contribute-lib.js"]!, d.assets["contribute.js"]!],
    },
    main,
  );
}
