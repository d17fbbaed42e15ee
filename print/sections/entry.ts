// One entry: pictograms and name, summary (two columns in a bilingual edition), facts, see also and
// nearby (with page references when in the same booklet), verification date and short link, QR code.
import { formatDate } from "../../scripts/lib/format.ts";
import { type Html, html, trusted } from "../../scripts/lib/html.ts";
import { t } from "../../scripts/lib/strings.ts";
import { type Initiative, printExclusion } from "../../scripts/model/model.ts";
import { Synergies } from "../../scripts/plan/synergies.ts";
import { absolute, urls } from "../../scripts/site/urls.ts";
import { qrSvg } from "../qr.ts";
import { type BookletContext, entryDest } from "./context.ts";
import { entryFacts } from "./entry-facts.ts";

/** One synergy index per model (the same rule as the initiative's web page). */
const synergiesFor = new WeakMap<object, Synergies>();

/** An entry longer than about a third of a page may break across pages; shorter ones stay whole. */
function isLong(ctx: BookletContext, e: Initiative): boolean {
  const chars = ctx.printed.reduce((n, l) => n + ctx.text(e.summary, l).length + ctx.text(e.schedule, l).length, 0);
  return chars > (ctx.options.largePrint ? 260 : 700);
}

export async function entry(ctx: BookletContext, sectionId: string, e: Initiative, level: 3 | 4): Promise<Html> {
  const { model } = ctx;
  const dest = entryDest(sectionId, e.id);
  const icons = html`<span class="entry__icons">${e.sectors.map((s) => ctx.icon(s))}</span>`;
  // An entry of several sectors is printed in full once; under its other sectors, a line points to it.
  const first = ctx.firstDest.get(e.id);
  if (first && first !== dest)
    return html`<article class="entry entry--stub">${ctx.heading(level, dest, ctx.names(e), "entry__name", icons)}<p class="fact">→ ${ctx.s("fullEntry")} ${ctx.xref(first)}</p></article>`;
  let synergies = synergiesFor.get(model);
  if (!synergies) synergiesFor.set(model, (synergies = new Synergies(model)));
  const short = absolute(model.site.baseUrl, urls.short(e.id));
  const refs = (list: Initiative[]) =>
    list.map(
      (r, n) =>
        html`${n ? "; " : ""}${ctx.names(r)}${ctx.firstDest.has(r.id) ? html` ${ctx.xref(ctx.firstDest.get(r.id)!)}` : html``}`,
    );
  // Only entries that may be printed are named on paper (print: false, closed and stale ones are not).
  const printable = (i: Initiative | undefined): i is Initiative =>
    !!i && printExclusion(i, model.site, ctx.options.buildDate) === undefined;
  const related = (e.related ?? []).map((id) => model.initiatives.find((i) => i.id === id)).filter(printable);
  const near = synergies.nearby(e).filter(printable);
  const summary = ctx.printed.map((l) => html`<p class="entry__summary" lang="${l}">${ctx.text(e.summary, l)}</p>`);
  const facts = entryFacts(ctx, e).map(
    (f) =>
      html`<p class="fact"><b>${f.label}</b> ${f.values.map((v, n) => html`${n ? " / " : ""}<span lang="${v.lang}">${v.text}</span>`)}</p>`,
  );
  return html`<article class="entry${isLong(ctx, e) ? " entry--long" : ""}">
  <div class="entry__qr">${trusted(await qrSvg(short, short))}</div>
  ${ctx.heading(level, dest, ctx.names(e), "entry__name", icons)}
  <div class="${ctx.second ? "bi" : ""}">${summary}</div>
  ${facts}
  ${related.length ? html`<p class="fact"><b>${ctx.s("seeAlso")}</b> ${refs(related)}</p>` : html``}
  ${near.length ? html`<p class="fact"><b>${ctx.s("nearby")}</b> ${refs(near)}</p>` : html``}
  <p class="entry__meta">${
    e.provenance === "public-source"
      ? html`<b class="to-check">${ctx.both((l) => t("toBeChecked", l))}</b>`
      : ctx.both((l) => t("verifiedOn", l, { date: formatDate(e.verified, l) }))
  } · <span class="url">${short.replace(/^https?:\/\//, "")}</span></p>
</article>`;
}
