// The back page: how to add or correct an entry, with a QR code and the offline contacts.
import { html, trusted } from "../../scripts/lib/html.ts";
import { colon, t } from "../../scripts/lib/strings.ts";
import { absolute, urls } from "../../scripts/site/urls.ts";
import { pt } from "../print-strings.ts";
import { qrSvg } from "../qr.ts";
import type { BookletContext } from "./context.ts";
import type { Part } from "./part.ts";

export async function back(ctx: BookletContext): Promise<Part> {
  const { site } = ctx.model;
  const url = absolute(site.baseUrl, urls.content(ctx.lang, "contribute"));
  const { corrections, help } = site;
  const label = (key: "email" | "phone") => ctx.both((l) => t(key, l)) + colon(ctx.lang);
  return {
    id: "back",
    html: html`<section class="back">${ctx.heading(2, "back", ctx.s("backTitle"))}
  ${ctx.para((l) => pt("backText", l))}
  <div class="cover__qr">${trusted(await qrSvg(url, url))}<p><span class="url">${url.replace(/^https?:\/\//, "")}</span></p></div>
  <ul>${corrections.email ? html`<li>${label("email")}${corrections.email}</li>` : html``}${corrections.phone ? html`<li>${label("phone")}${corrections.phone}</li>` : html``}${help?.phone ? html`<li>${label("phone")}${help.phone}</li>` : html``}</ul>
  ${help?.place ? ctx.para((l) => ctx.text(help.place, l)) : html``}
</section>`,
  };
}
