// The page templates of templates/pages/ as plain functions: which plan page type each one paginates
// over, where it writes, and its render function. Eleventy runs them for a full build; the incremental
// rebuild (scripts/site/incremental.ts) calls them directly for the few pages an edit changed. Both write
// the same bytes: a template is a pure function of { annuaire, assets, p } (tested byte for byte).
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AssetManifest, TemplateData } from "../../templates/lib/context.ts";
import type { PageEntry, PageTypeName } from "../plan/index.ts";
import type { SiteData } from "./site-data.ts";

const PAGES = path.resolve(import.meta.dirname, "../../templates/pages");

export interface PageTemplate {
  file: string;
  /** The plan page type it paginates over; undefined for a single file (sitemap, robots, 404…). */
  type?: PageTypeName;
  permalink: string | ((d: TemplateData<PageEntry>) => string);
  render(d: TemplateData<PageEntry | undefined>): string;
}

/** One file a template writes: the template, its page (if paginated) and the output path. */
export interface PageJob {
  template: PageTemplate;
  p?: PageEntry;
  output: string;
}

let loaded: Promise<PageTemplate[]> | undefined;

/** Every template of templates/pages/, loaded once per process. */
export function pageTemplates(): Promise<PageTemplate[]> {
  loaded ??= (async () => {
    const files = readdirSync(PAGES)
      .filter((f) => f.endsWith(".11ty.ts"))
      .sort();
    const out: PageTemplate[] = [];
    for (const file of files) {
      const mod = (await import(pathToFileURL(path.join(PAGES, file)).href)) as {
        data: { pagination?: { data: string }; permalink: PageTemplate["permalink"] };
        render: PageTemplate["render"];
      };
      const source = mod.data.pagination?.data;
      const type = source?.replace(/^annuaire\.pages\./, "") as PageTypeName | undefined;
      if (source && source === type) throw new Error(`${file}: paginates over ${source}, not a plan page type`);
      out.push({ file, ...(type ? { type } : {}), permalink: mod.data.permalink, render: mod.render });
    }
    return out;
  })();
  return loaded;
}

const templateData = (data: SiteData, assets: AssetManifest, p: PageEntry | undefined) =>
  ({ annuaire: data, assets, p, page: { url: p?.url ?? "", lang: p?.lang } }) as TemplateData<PageEntry>;

/** Every file the templates write for this site, in template then plan order. */
export function pageJobs(templates: readonly PageTemplate[], data: SiteData, assets: AssetManifest): PageJob[] {
  return templates.flatMap((template) => {
    const output = (p: PageEntry | undefined) =>
      typeof template.permalink === "string" ? template.permalink : template.permalink(templateData(data, assets, p));
    if (!template.type) return [{ template, output: output(undefined) }];
    const pages = data.pages[template.type];
    if (!pages) throw new Error(`${template.file}: the plan has no page type "${template.type}"`);
    return pages.map((p) => ({ template, p, output: output(p) }));
  });
}

export function renderJob(job: PageJob, data: SiteData, assets: AssetManifest): string {
  return job.template.render(templateData(data, assets, job.p));
}
