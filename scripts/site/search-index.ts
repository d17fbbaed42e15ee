// Pagefind over the built pages. Only initiative pages are worth searching: the index is built from
// them alone (not redirects, embeds, lists or the 404 page), so the "searchable" count in the build
// report is the number of initiative pages indexed. Pagefind splits the index by <html lang>, so each
// language searches its own pages.
import * as pagefind from "pagefind";

/** The pages the index is built from, relative to the site folder. */
export const SEARCHABLE_GLOB = "*/initiatives/*/index.html";

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHABLE_GLOB });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
