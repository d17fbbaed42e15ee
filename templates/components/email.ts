// E-mail addresses are never written in clear in the HTML, where address harvesters read them. The
// page carries the address reversed and base64-encoded in `data-email` and a readable "name [at]
// domain" form; site.js turns it into a working mailto: link in the reader's browser.
import { type Html, html } from "../../scripts/lib/html.ts";

/** The address as the page carries it: reversed, UTF-8, base64. site.js undoes exactly this. */
export const encodeEmail = (address: string): string =>
  Buffer.from([...address].reverse().join(""), "utf8").toString("base64");

/** What a reader without JavaScript sees: usable by a person, not matched by an address pattern. */
export const readableEmail = (address: string): string => address.replace("@", " [at] ");

/** An e-mail address that becomes a mailto: link once site.js runs. */
export const emailAddress = (address: string): Html =>
  html`<span class="email" data-email="${encodeEmail(address)}">${readableEmail(address)}</span>`;
