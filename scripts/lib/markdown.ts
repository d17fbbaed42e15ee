// Markdown for contributed descriptions and our content pages: no raw HTML (it is shown as text),
// links only to http(s) and mailto, headings shifted down so a contributor's "# Title" cannot
// compete with the page's own heading.
import MarkdownIt from "markdown-it";

const SAFE_LINK = /^(https?:|mailto:|\/|#)/i;

function create(shift: number): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  md.renderer.rules.heading_open = (tokens, idx) => {
    const level = Math.min(6, Number(tokens[idx]!.tag.slice(1)) + shift);
    return `<h${level}>`;
  };
  md.renderer.rules.heading_close = (tokens, idx) => `</h${Math.min(6, Number(tokens[idx]!.tag.slice(1)) + shift)}>`;
  return md;
}

const contributed = create(2);
const content = create(1);

/** Markdown written by contributors, rendered to safe HTML inside an initiative page (h3 and below). */
export const renderContributed = (source: string): string => contributed.render(source);
/** Markdown of our content pages (about, charter…): its headings start at h2. */
export const renderContent = (source: string): string => content.render(source);
/** Plain text of a Markdown source, for JSON-LD, CSV and print summaries. */
export const markdownToText = (source: string): string =>
  contributed
    .render(source)
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
