// Pagefind over the initiative pages. Only initiative pages are worth searching, and of each only what a
// searcher looks for: Pagefind is fed each page's search document (`searchDocument` in
// templates/pages/initiative.11ty.ts), not the page, so the "searchable" count in the build report is
// the number of initiative pages indexed, and the incremental rebuild can tell from the documents alone
// whether the index must be written again.
//
// Pagefind keeps one index per language (files named after it: fr_….pf_fragment, pagefind.fr_….pf_meta,
// wasm.fr.pagefind) and one pagefind-entry.json listing them. Each language is indexed on its own, so
// an edit of a French text indexes French again and keeps the Dutch and English files as they were.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";

export interface SearchDocument {
  /** The page's public URL ("/fr/initiatives/x/"). */
  url: string;
  lang: string;
  html: string;
}

const ENTRY = "pagefind-entry.json";

/** Whether a file of a Pagefind folder (relative path) belongs to one language's index. */
export function isLanguageFile(relative: string, lang: string): boolean {
  const name = relative.split(/[\\/]/).join("/");
  return (
    new RegExp(`^(fragment|index|filter)/${lang}_[^/]+$`).test(name) ||
    new RegExp(`^pagefind\\.${lang}_[^/]+\\.pf_meta$`).test(name) ||
    name === `wasm.${lang}.pagefind`
  );
}

const filesOf = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    : [];

interface Entry {
  version: string;
  languages: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * Moves the index of `langs` from folder `from` into folder `to` and writes `to`'s entry file listing
 * every language, sorted; then moves `to`'s previous files of `langs` that the new entry no longer uses
 * into `trash` (or deletes them). New files come first and the entry next, so a reader always finds the
 * entry's files (their names are content hashes: a name already there has the same content). Files
 * shared by all languages (pagefind.js, the UI) are moved only when `to` lacks them.
 */
export function installLanguages(from: string, to: string, langs: readonly string[], trash?: string): void {
  mkdirSync(to, { recursive: true });
  const entry = JSON.parse(readFileSync(path.join(from, ENTRY), "utf8")) as Entry;
  const previous = existsSync(path.join(to, ENTRY))
    ? (JSON.parse(readFileSync(path.join(to, ENTRY), "utf8")) as Entry)
    : undefined;
  const ours = (file: string) => langs.some((lang) => isLanguageFile(file, lang));
  const before = filesOf(to).filter(ours);
  const move = (file: string, dir: string, target: string) => {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    renameSync(path.join(dir, file), path.join(target, file));
  };
  const fresh = new Set<string>();
  for (const file of filesOf(from)) {
    if (file === ENTRY) continue;
    if (ours(file)) fresh.add(file);
    if (ours(file) || !existsSync(path.join(to, file))) move(file, from, to);
  }
  const languages = { ...(previous?.languages ?? {}), ...entry.languages };
  const sorted = Object.fromEntries(
    Object.keys(languages)
      .sort()
      .map((k) => [k, languages[k]]),
  );
  const tmp = path.join(to, `${ENTRY}.tmp`);
  writeFileSync(tmp, JSON.stringify({ ...entry, languages: sorted }));
  renameSync(tmp, path.join(to, ENTRY));
  for (const file of before) {
    if (fresh.has(file)) continue;
    if (trash) move(file, to, trash);
    else rmSync(path.join(to, file));
  }
}

/**
 * Writes the index of the given languages (all languages of the documents by default) into
 * `siteDir/pagefind`, adding to what is there for other languages.
 */
export async function buildSearchIndex(
  siteDir: string,
  documents: readonly SearchDocument[],
  langs: readonly string[] = [...new Set(documents.map((d) => d.lang))].sort(),
): Promise<{ pages: number }> {
  const target = path.join(siteDir, "pagefind");
  try {
    // The languages side by side: Pagefind works on each index in its own threads.
    const parts = await Promise.all(
      langs.map(async (lang) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const mine = documents.filter((d) => d.lang === lang);
        // All at once: Pagefind answers each file over a pipe, so one at a time would wait on every reply.
        const added = await Promise.all(mine.map((doc) => index.addHTMLFile({ url: doc.url, content: doc.html })));
        const failed = added.findIndex((a) => a.errors.length);
        if (failed >= 0) throw new Error(`Pagefind (${mine[failed]!.url}): ${added[failed]!.errors.join("; ")}`);
        const part = path.join(siteDir, `.pagefind-${lang}`);
        const written = await index.writeFiles({ outputPath: part });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
        return { lang, part };
      }),
    );
    for (const { lang, part } of parts) {
      installLanguages(part, target, [lang]);
      rmSync(part, { recursive: true, force: true });
    }
    return { pages: documents.filter((d) => langs.includes(d.lang)).length };
  } finally {
    await pagefind.close();
  }
}
