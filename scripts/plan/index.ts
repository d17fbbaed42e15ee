// The plan: the typed model → everything a build writes and where. Pages (with URLs and alternates),
// PDFs (with their entries) and data files. A pure function: the website, the print pipeline, the
// sitemap, /{lang}/print/ and the incremental rebuild all read it, and tests call it alone.
import type { ContentPage } from "../model/content.ts";
import type { Model } from "../model/model.ts";
import { type PageEntry, type PageTypeName, planPages } from "./pages.ts";
import { type PdfOptions, type PdfOutput, planPdfs } from "./pdfs.ts";

export type { PageEntry, PageTypeName } from "./pages.ts";
export type { PdfOutput } from "./pdfs.ts";

export interface DataFile {
  /** Public path, e.g. "/data/initiatives.csv". */
  path: string;
  /** What the file is, for lists of downloads: a key of the string catalogue. */
  label: "openDataJson" | "openDataCsv" | "openDataGeojson" | "openDataGogocarto";
}

/** Open data files, in the order the open-data page lists them. */
export const DATA_FILES: readonly DataFile[] = [
  { path: "/data/initiatives.json", label: "openDataJson" },
  { path: "/data/initiatives.csv", label: "openDataCsv" },
  { path: "/data/initiatives.geojson", label: "openDataGeojson" },
  { path: "/data/elements.json", label: "openDataGogocarto" },
];

export interface Plan {
  pages: Record<PageTypeName, PageEntry[]>;
  pdfs: PdfOutput[];
  dataFiles: readonly DataFile[];
}

export interface PlanOptions extends PdfOptions {
  content: readonly ContentPage[];
}

export function planBuild(model: Model, options: PlanOptions): Plan {
  return {
    pages: planPages({ model, content: options.content }),
    pdfs: planPdfs(model, options),
    dataFiles: DATA_FILES,
  };
}

/** Every page of the plan, in page-type order. */
export const allPages = (plan: Plan): PageEntry[] => Object.values(plan.pages).flat();
