// Frozen editions: what each printed booklet contained when an edition went to the printer, written to
// data/editions/{label}.yaml by `annuaire edition freeze` and committed with the data. The booklets'
// "new / closed since the last edition" page compares with the latest frozen edition other than the
// one being printed, so every machine (and a fresh clone) gives the same answer.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { z } from "zod";
import { localize, type Model } from "../model/model.ts";
import { IsoDate } from "../model/schema.ts";
import { planBooklets } from "../plan/booklets.ts";
import { urls } from "../site/urls.ts";

const Entry = z.strictObject({ id: z.string().min(1), name: z.string() });
export const FrozenEdition = z.strictObject({
  edition: z.string().min(1),
  frozen: IsoDate,
  /** Booklet path ("/print/fr/commune/ixelles.pdf") → its entries, in booklet order. */
  booklets: z.record(z.string(), z.array(Entry)),
});
export type FrozenEdition = z.infer<typeof FrozenEdition>;

export interface Baseline {
  edition: string;
  ids: string[];
  names: Record<string, string>;
}

export const editionsDir = (dataDir: string): string => path.join(dataDir, "editions");

/** A file name for a label: "2026" → "2026.yaml", "Printemps 2027" → "printemps-2027.yaml". */
export const editionFileName = (label: string): string =>
  `${
    label
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "edition"
  }.yaml`;

/** What every standard booklet of the current model contains, in every language. */
export function freezeEdition(model: Model, today: string, label = model.site.print.edition): FrozenEdition {
  const booklets: FrozenEdition["booklets"] = {};
  for (const lang of model.site.languages) {
    for (const plan of planBooklets(model, lang, today)) {
      booklets[urls.booklet(lang, plan.kind, plan.id)] = plan.entries.map((e) => ({
        id: e.id,
        name: localize(e.name, lang, model.site.languages)?.text ?? e.id,
      }));
    }
  }
  return { edition: label, frozen: today, booklets };
}

export function editionYaml(edition: FrozenEdition): string {
  return `# Frozen by \`annuaire edition freeze\` on ${edition.frozen}: the entries of each booklet of edition
# "${edition.edition}". The next edition's "new / closed since the last edition" pages compare with this.
# Do not edit by hand; freeze again with --force if this edition has to be reprinted differently.
${stringify(edition, { lineWidth: 0 })}`;
}

/** Writes data/editions/{label}.yaml; refuses to overwrite a frozen edition unless told to. */
export function writeEdition(
  dataDir: string,
  edition: FrozenEdition,
  force = false,
): { file: string; written: boolean } {
  const dir = editionsDir(dataDir);
  const file = path.join(dir, editionFileName(edition.edition));
  if (existsSync(file) && !force) return { file, written: false };
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, editionYaml(edition));
  renameSync(tmp, file);
  return { file, written: true };
}

const cache = new Map<string, { signature: string; editions: FrozenEdition[] }>();

/** Every frozen edition of a data folder, oldest first (by freezing date, then label). */
export function loadEditions(dataDir: string): FrozenEdition[] {
  const dir = editionsDir(dataDir);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const signature = files.map((f) => `${f}:${statSync(path.join(dir, f)).mtimeMs}`).join("|");
  const hit = cache.get(dir);
  if (hit?.signature === signature) return hit.editions;
  const editions = files
    .map((f) => {
      const parsed = FrozenEdition.safeParse(parse(readFileSync(path.join(dir, f), "utf8")));
      if (!parsed.success)
        throw new Error(`${path.join(dir, f)} is not a frozen edition (${parsed.error.issues[0]?.message})`);
      return parsed.data;
    })
    .sort((a, b) => (a.frozen < b.frozen ? -1 : a.frozen > b.frozen ? 1 : a.edition < b.edition ? -1 : 1));
  cache.set(dir, { signature, editions });
  return editions;
}

/** The edition to compare with when printing `current`: the latest frozen one with another label. */
export function previousEdition(editions: readonly FrozenEdition[], current: string): FrozenEdition | undefined {
  return editions.filter((e) => e.edition !== current).at(-1);
}

/**
 * The frozen booklet a PDF path corresponds to: welcome packs, large-print and imposed copies share
 * their commune booklet's entries; the bilingual fr-nl booklet compares with the French one.
 */
export function frozenKey(bookletPath: string): string {
  return bookletPath
    .replace(/-(large-print|imposed-a4)\.pdf$/, ".pdf")
    .replace(/^\/print\/([a-z]{2})-[a-z]{2}\//, "/print/$1/")
    .replace(/^\/print\/([a-z]{2})\/welcome\//, "/print/$1/commune/");
}

/** The entries of a booklet in the previous frozen edition, for its "changes" page; none for a first edition. */
export function editionBaseline(model: Model, bookletPath: string): Baseline | undefined {
  const previous = previousEdition(loadEditions(model.dataDir), model.site.print.edition);
  const entries = previous?.booklets[frozenKey(bookletPath)];
  if (!previous) return undefined;
  const list = entries ?? [];
  return {
    edition: previous.edition,
    ids: list.map((e) => e.id),
    names: Object.fromEntries(list.map((e) => [e.id, e.name])),
  };
}
