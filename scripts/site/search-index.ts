// Pagefind over the initiative pages. Only initiative pages are worth searching, and of each only what a
// searcher looks for: Pagefind is fed each page's search document (`searchDocument` in
// templates/pages/initiative.11ty.ts), not the page, so the "searchable" count in the build report is
// the number of initiative pages indexed, and the incremental rebuild can tell from the documents alone
// whether the index must be written again. Pagefind splits the index by <html lang>, so each language
// searches its own pages.
import * as pagefind from "pagefind";

export interface SearchDocument {
  /** The page's public URL ("/fr/initiatives/x/"). */
  url: string;
  html: string;
}

export async function buildSearchIndex(
  siteDir: string,
  documents: readonly SearchDocument[],
): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    for (const doc of documents) {
      const added = await index.addHTMLFile({ url: doc.url, content: doc.html });
      if (added.errors.length) throw new Error(`Pagefind (${doc.url}): ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return { pages: documents.length };
  } finally {
    await pagefind.close();
  }
}
