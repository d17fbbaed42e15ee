// Content pages (about, charter, how to contribute, the welcome letter): Markdown with YAML front
// matter in content/<lang>/<slug>.md. A data folder may bring its own content/ folder.
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

export function contentDirFor(dataDir: string): string {
  const own = path.join(dataDir, "content");
  return existsSync(own) ? own : DEFAULT_CONTENT_DIR;
}

export function loadContent(dir: string, languages: readonly string[]): ContentPage[] {
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
