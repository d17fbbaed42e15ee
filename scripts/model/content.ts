// Content pages (about, charter, how to contribute, the welcome letter): Markdown with YAML front
// matter in content/<lang>/<slug>.md. The project's content/ holds city-neutral defaults; a data
// folder's own content/<lang>/<slug>.md replaces the default page of the same language and slug.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { parse } from "yaml";
import { DataFileError, firstLine } from "./data-error.ts";
import { showPath } from "./load.ts";

export interface ContentPage {
  slug: string;
  lang: string;
  title: string;
  order: number;
  /** A short label for the menu; the title when absent. */
  nav?: string;
  markdown: string;
}

/** gray-matter's bundled js-yaml 3 turns `12:30` into 750 and dates into Date objects: use `yaml`. */
const engines = { yaml: (source: string) => parse(source) as object };

export const DEFAULT_CONTENT_DIR = path.resolve(import.meta.dirname, "../../content");

/** The folders content is read from, later ones overriding earlier ones. */
export function contentDirsFor(dataDir: string): string[] {
  const own = path.join(dataDir, "content");
  return existsSync(own) && path.resolve(own) !== DEFAULT_CONTENT_DIR
    ? [DEFAULT_CONTENT_DIR, own]
    : [DEFAULT_CONTENT_DIR];
}

/** Pages of every folder, a page of a later folder replacing the same language and slug of an earlier one. */
export function loadContent(dirs: string | readonly string[], languages: readonly string[]): ContentPage[] {
  const bySlug = new Map<string, ContentPage>();
  for (const dir of typeof dirs === "string" ? [dirs] : dirs) {
    for (const page of loadContentDir(dir, languages)) bySlug.set(`${page.lang}/${page.slug}`, page);
  }
  return [...bySlug.values()].sort((a, b) =>
    a.lang === b.lang ? (a.slug < b.slug ? -1 : 1) : languages.indexOf(a.lang) - languages.indexOf(b.lang),
  );
}

function loadContentDir(dir: string, languages: readonly string[]): ContentPage[] {
  const pages: ContentPage[] = [];
  for (const lang of languages) {
    const folder = path.join(dir, lang);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith(".md"))
      .sort()) {
      const abs = path.join(folder, file);
      let parsed: matter.GrayMatterFile<string>;
      try {
        parsed = matter(readFileSync(abs, "utf8"), { engines });
      } catch (error) {
        // A YAML error in the front matter: say which file and where, not a stack trace.
        const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
        throw new DataFileError({
          severity: "error",
          file: showPath(abs),
          line: pos ? pos.line + 1 : 1,
          col: pos?.col ?? 1,
          code: "build-data-error",
          params: { detail: firstLine(error) },
        });
      }
      const data = parsed.data as { title?: unknown; order?: unknown; nav?: unknown };
      if (typeof data.title !== "string")
        throw new Error(`${path.join(folder, file)}: the front matter needs a \`title\`.`);
      pages.push({
        slug: file.replace(/\.md$/, ""),
        lang,
        title: data.title,
        order: typeof data.order === "number" ? data.order : 99,
        ...(typeof data.nav === "string" ? { nav: data.nav } : {}),
        markdown: parsed.content.trim(),
      });
    }
  }
  return pages;
}
