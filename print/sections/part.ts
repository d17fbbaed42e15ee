// A booklet is a list of parts, each starting on a new page. The contents and the index are
// "numbered" parts: render.ts lays the others out once, then prints only these with true page numbers.
import type { Html } from "../../scripts/lib/html.ts";

export interface Part {
  /** Destination id of the part's first heading. */
  id: string;
  html: Html;
  numbered?: boolean;
  /** Continues on the page where the previous part ends instead of starting a new one. */
  flows?: boolean;
}
