// Synthetic data for tests and benchmarks: N clearly fake initiatives spread over every commune and
// sector of a real data folder's reference files. Seeded, so the same arguments give the same bytes.
// It refuses to write inside the source data folder: fake entries must never mix with real ones.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";

export interface SyntheticOptions {
  count: number;
  out: string;
  /** Where site/regions/communes/sectors and icons come from. */
  from?: string;
  seed?: number;
  /** One event for every `eventEvery` initiatives (0 = none). */
  eventEvery?: number;
  /** The date written as `verified` (YYYY-MM-DD). */
  verified?: string;
}

/** mulberry32: small, fast, good enough for fake data, identical on every platform. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "bri",
  "vo",
  "la",
  "zen",
  "tu",
  "mok",
  "ra",
  "pel",
  "do",
  "ki",
  "sar",
  "nu",
  "fen",
  "lo",
  "gri",
  "ta",
  "mu",
  "vex",
  "ol",
  "pri",
];
const KINDS: Record<string, [string, string, string]> = {
  food: ["Potager", "Moestuin", "Garden"],
  repair: ["Repair café", "Repaircafé", "Repair café"],
  mobility: ["Atelier vélo", "Fietsatelier", "Bike workshop"],
  energy: ["Coopérative", "Coöperatie", "Cooperative"],
  default: ["Collectif", "Collectief", "Collective"],
};

export function generateSynthetic(options: SyntheticOptions): { initiatives: number; events: number; out: string } {
  const from = path.resolve(options.from ?? "data");
  const out = path.resolve(options.out);
  const relative = path.relative(from, out);
  if (relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative)))
    throw new Error(`Refusing to write synthetic data inside the data folder ${from}: choose an --out outside it.`);
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const word = () => {
    const w = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join("");
    return w[0]!.toUpperCase() + w.slice(1);
  };

  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, "initiatives"), { recursive: true });
  mkdirSync(path.join(out, "events"), { recursive: true });
  for (const name of ["site.yaml", "regions.yaml", "communes.yaml", "sectors.yaml"])
    copyFileSync(path.join(from, name), path.join(out, name));
  if (existsSync(path.join(from, "icons")))
    cpSync(path.join(from, "icons"), path.join(out, "icons"), { recursive: true });

  const site = parse(readFileSync(path.join(from, "site.yaml"), "utf8")) as { languages: string[] };
  const communes = parse(readFileSync(path.join(from, "communes.yaml"), "utf8")) as {
    id: string;
    postcodes: string[];
    centre: { lat: number; lon: number };
  }[];
  const sectors = (parse(readFileSync(path.join(from, "sectors.yaml"), "utf8")) as { id: string }[]).map((s) => s.id);
  const langs = site.languages;
  const verified = options.verified ?? "2026-11-01";
  const eventEvery = options.eventEvery ?? 5;
  const ids: string[] = [];
  let events = 0;

  for (let i = 0; i < options.count; i++) {
    // Round-robin over communes and sectors so every one of them gets entries.
    const commune = communes[i % communes.length]!;
    const sector = sectors[(i * 7 + Math.floor(i / communes.length)) % sectors.length]!;
    const kind = KINDS[sector] ?? KINDS.default!;
    const proper = `${word()} ${word()}`;
    const number = String(i + 1).padStart(4, "0");
    const id = `fake-${number}-${proper.toLowerCase().replace(/[^a-z]+/g, "-")}`;
    ids.push(id);
    const isPrivate = rand() < 0.1;
    const lat = +(commune.centre.lat + (rand() - 0.5) * 0.012).toFixed(5);
    const lon = +(commune.centre.lon + (rand() - 0.5) * 0.018).toFixed(5);
    const byLang = (fr: string, nl: string, en: string) =>
      Object.fromEntries(langs.map((l) => [l, l === "fr" ? fr : l === "nl" ? nl : en]));
    const entry: Record<string, unknown> = {
      name: byLang(
        `${kind[0]} ${proper} (fictif)`,
        `${kind[1]} ${proper} (fictief)`,
        `${kind[2]} ${proper} (fictional)`,
      ),
      summary: byLang(
        `Initiative inventée n° ${number} pour les tests : ${proper} se réunit chaque semaine.`,
        `Verzonnen initiatief nr. ${number} om te testen: ${proper} komt elke week samen.`,
        `Made-up initiative no. ${number} for testing: ${proper} meets every week.`,
      ),
      description: byLang(
        `Texte de **test** pour ${proper}. Aucune de ces informations n'est réelle.`,
        `**Test**tekst voor ${proper}. Geen van deze gegevens is echt.`,
        `**Test** text for ${proper}. None of this information is real.`,
      ),
      sectors: rand() < 0.3 ? [sector, sectors[(sectors.indexOf(sector) + 3) % sectors.length]!] : [sector],
      communes: [commune.id],
      place: isPrivate
        ? { public: false }
        : {
            public: true,
            address: `Rue Fictive ${1 + Math.floor(rand() * 200)}`,
            postcode: commune.postcodes[0]!,
            lat,
            lon,
          },
      contact: { website: `https://${id}.example.org/`, email: `contact@${id}.example.org` },
      schedule: byLang("Chaque mardi à 19 h.", "Elke dinsdag om 19 uur.", "Every Tuesday at 7 pm."),
      languages: langs.slice(0, 1 + Math.floor(rand() * langs.length)),
      status: "active",
      verified,
    };
    if (i > 0 && rand() < 0.3) entry.related = [ids[Math.floor(rand() * i)]!];
    writeFileSync(
      path.join(out, "initiatives", `${id}.yaml`),
      `# Synthetic, fictional entry for tests and benchmarks.\n${stringify(entry)}`,
    );
    if (eventEvery > 0 && i % eventEvery === 0) {
      const day = 1 + (i % 28);
      const event = {
        title: byLang(`Atelier ouvert ${proper}`, `Open atelier ${proper}`, `Open workshop ${proper}`),
        initiative: id,
        start: `2027-0${1 + (i % 9)}-${String(day).padStart(2, "0")}T18:00`,
        end: `2027-0${1 + (i % 9)}-${String(day).padStart(2, "0")}T20:00`,
        commune: commune.id,
      };
      writeFileSync(path.join(out, "events", `event-${number}.yaml`), stringify(event));
      events++;
    }
  }
  return { initiatives: options.count, events, out };
}

// `npm run synthetic -- COUNT OUT [SEED]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = "200", out = ".cache/synthetic", seed = "1"] = process.argv.slice(2);
  const result = generateSynthetic({ count: Number(count), out, seed: Number(seed) });
  process.stdout.write(`Wrote ${result.initiatives} initiatives and ${result.events} events to ${result.out}\n`);
}
