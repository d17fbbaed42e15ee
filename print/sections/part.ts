// A booklet is a list of parts, each starting on a new page (a short one may flow on, see booklet.css).
import type { Html } from "../../scripts/lib/html.ts";

export interface Part {
  /** Destination id of the part's first heading. */
  id: string;
  html: Html;
  /** Its line in the contents, if it has one (welcome pages, index, changes). */
  title?: string;
}
