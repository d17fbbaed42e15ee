// What every page template receives from Eleventy: our site data plus Eleventy's `page`.
import type { SiteData } from "../../scripts/site/site-data.ts";

export interface AssetManifest {
  /** Logical name ("site.css") → public URL with a content hash ("/assets/site.3f2a1c9e.css"). */
  [name: string]: string;
}

export interface TemplateData<Item = unknown> {
  annuaire: SiteData;
  assets: AssetManifest;
  p: Item;
  page: { url: string; lang?: string };
}
