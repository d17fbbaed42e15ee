// The cover: site, title, kind of booklet, a QR code to the live list, edition and date.
import { formatDate } from "../../scripts/lib/format.ts";
import { html, trusted } from "../../scripts/lib/html.ts";
import { absolute, urls } from "../../scripts/site/urls.ts";
import { pt } from "../print-strings.ts";
import { qrSvg } from "../qr.ts";
import type { BookletContext } from "./context.ts";
import type { Part } from "./part.ts";

const LIST = { commune: "communes", region: "regions", sector: "sectors" } as const;

export const bookletKindLabel = (ctx: BookletContext): string => ctx.s(ctx.options.welcome ? "welcomePack" : "booklet");

export async function cover(ctx: BookletContext): Promise<Part> {
  const { plan, model, lang } = ctx;
  const liveUrl = absolute(model.site.baseUrl, urls.list(lang, LIST[plan.kind], plan.id));
  const title = ctx.plan.kind === "commune" ? ctx.both((l) => ctx.communeName(plan.id, l)) : plan.title;
  return {
    id: "cover",
    html: html`<section class="cover">
  <p class="cover__site">${ctx.both((l) => ctx.text(model.site.title, l))}</p>
  ${ctx.heading(1, "cover", title, "cover__title")}
  <p class="cover__kind">${bookletKindLabel(ctx)}</p>
  <div class="cover__qr">${trusted(await qrSvg(liveUrl, liveUrl))}<p>${ctx.s("coverQr")}<br><span class="url">${liveUrl.replace(/^https?:\/\//, "")}</span></p></div>
  <p class="cover__edition">${ctx.both((l) => pt("edition", l, { edition: model.site.print.edition, date: formatDate(ctx.options.buildDate, l) }))}</p>
</section>`,
  };
}
