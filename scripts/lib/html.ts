// Escape-by-default HTML. Every interpolated value is escaped unless it is already `Html`, which only
// our own components produce; contributed text can never become markup or template code.
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup we generated ourselves (rendered Markdown with HTML disabled, JSON-LD, SVG we drew). */
export const trusted = (markup: string): Html => new Html(markup);

/** An attribute only when there is a value: `${attr("lang", x)}`. */
export const attr = (name: string, value: string | number | undefined | null | false): Html =>
  value === undefined || value === null || value === false
    ? new Html("")
    : new Html(` ${name}="${escapeHtml(String(value))}"`);

/** JSON for a <script type="application/ld+json"> block: `<` is escaped so text cannot close the tag. */
export const jsonForScript = (data: unknown): Html =>
  new Html(
    JSON.stringify(data)
      .replace(/</g, "\\u003c")
      .replace(/>/g, "\\u003e")
      .replace(/&/g, "\\u0026")
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029"),
  );
