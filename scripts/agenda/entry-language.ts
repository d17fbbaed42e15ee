// The language to write to an initiative in: the first language it says it speaks that the site has,
// else the language its summary is written in when there is only one, else the site's first language.
import type { Initiative, Site } from "../model/model.ts";

export function entryLanguage(initiative: Initiative, site: Pick<Site, "languages">): string {
  const spoken = (initiative.languages ?? []).find((l) => site.languages.includes(l));
  if (spoken) return spoken;
  const written = Object.keys(initiative.summary).filter((l) => site.languages.includes(l));
  if (written.length === 1) return written[0]!;
  return site.languages[0]!;
}
