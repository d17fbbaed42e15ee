// The data contract, defined once. Types, the JSON Schema in data/schema/, docs/data-format.md and
// (later) the web form and CMS config are all derived from these definitions and their `.meta()`:
// every field carries a label and a help text in fr, nl and en, and every enum the labels of its values.
import { z } from "zod";

/** Text in the three interface languages; used for labels and help of the contract itself. */
export type { Trilingual } from "../lib/lang.ts";

import type { Trilingual } from "../lib/lang.ts";

export interface FieldMeta {
  label: Trilingual;
  help?: Trilingual;
  /** Labels of the allowed values of an enum, per language. */
  values?: Record<string, Trilingual>;
  examples?: unknown[];
  [key: string]: unknown;
}

const t = (fr: string, nl: string, en: string): Trilingual => ({ fr, nl, en });
const field = <S extends z.ZodType>(
  schema: S,
  label: Trilingual,
  help?: Trilingual,
  extra: Partial<FieldMeta> = {},
): S => schema.meta({ label, ...(help ? { help } : {}), ...extra }) as S;

// ---- Atoms. Each custom error is a finding code (see findings-messages.ts), never prose. ----
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LANG_PATTERN = /^[a-z]{2}$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?$/;
const HTTP_URL_PATTERN = /^https?:\/\/[^\s<>"]+$/i;
// Letters, digits and . _ + - only: no `?`, `&`, `%`, `=` or line breaks, so an address cannot carry
// mailto headers (`a@b.test?bcc=…`) into a link.
const EMAIL_PATTERN = /^[\p{L}\p{N}._+-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;
const PHONE_PATTERN = /^\+?[0-9][0-9 ./()-]{5,22}$/;
const RRULE_PATTERN = /^(?:RRULE:)?FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;[A-Z]+=[A-Z0-9,+-]+)*$/;
const RAW_HTML_PATTERN = /<\/?[a-z!][^>]*>/i;

export const isRealDate = (s: string): boolean => {
  if (!DATE_PATTERN.test(s.slice(0, 10))) return false;
  const [y, m, d] = s.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const isHttpUrl = (s: string): boolean => {
  if (!HTTP_URL_PATTERN.test(s)) return false;
  try {
    const u = new URL(s);
    return (
      (u.protocol === "http:" || u.protocol === "https:") &&
      (u.hostname.includes(".") || u.hostname === "localhost") &&
      // `https://bank.example@evil.test/` reads as one site and opens another.
      !u.username &&
      !u.password
    );
  } catch {
    return false;
  }
};

export const Id = z.string().regex(ID_PATTERN, { error: "bad-id" });
export const LangCode = z.string().regex(LANG_PATTERN, { error: "bad-lang" });
export const IsoDate = z.string().regex(DATE_PATTERN, { error: "bad-date" }).refine(isRealDate, { error: "bad-date" });
export const IsoDateTime = z
  .string()
  .regex(DATETIME_PATTERN, { error: "bad-datetime" })
  .refine(isRealDate, { error: "bad-datetime" });
export const HttpUrl = z.string().regex(HTTP_URL_PATTERN, { error: "bad-url" }).refine(isHttpUrl, { error: "bad-url" });
export const Email = z.string().regex(EMAIL_PATTERN, { error: "bad-email" });
export const Phone = z
  .string()
  .regex(PHONE_PATTERN, { error: "bad-phone" })
  .refine((s) => s.replace(/\D/g, "").length >= 6, { error: "bad-phone" });
const PlainText = (max = 10_000) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !RAW_HTML_PATTERN.test(s), { error: "raw-html" });

/** A text per language: `{ fr: "...", nl: "...", en: "..." }`. At least one language. */
export const Localized = (max?: number) =>
  z.record(LangCode, PlainText(max)).refine((r) => Object.keys(r).length > 0, { error: "no-language" });

const Latitude = z.number().min(-90).max(90);
const Longitude = z.number().min(-180).max(180);
export const Point = z.strictObject({
  lat: field(Latitude, t("Latitude", "Breedtegraad", "Latitude")),
  lon: field(Longitude, t("Longitude", "Lengtegraad", "Longitude")),
});

// ---- site.yaml ----
/** Kinds of PDF a site can print; `print.kinds` in site.yaml picks some (a huge region booklet may not be wanted). */
export const PRINT_KINDS = ["commune", "welcome", "region", "sector", "bilingual"] as const;

export const Site = z.strictObject({
  title: field(Localized(80), t("Titre du site", "Titel van de site", "Site title")),
  tagline: field(Localized(160), t("Sous-titre", "Ondertitel", "Tagline")),
  baseUrl: field(
    HttpUrl,
    t("Adresse du site", "Adres van de site", "Site address"),
    t(
      "L'adresse publique, utilisée pour les QR codes et les liens imprimés.",
      "Het publieke adres, gebruikt voor QR-codes en gedrukte links.",
      "The public address, used for QR codes and printed links.",
    ),
  ),
  languages: field(
    z.array(LangCode).min(1),
    t("Langues", "Talen", "Languages"),
    t(
      "Langues du site ; la première est la langue par défaut.",
      "Talen van de site; de eerste is de standaardtaal.",
      "Languages of the site; the first one is the default.",
    ),
  ),
  timezone: field(
    z.string().min(1).refine(isTimeZone, { error: "bad-timezone" }),
    t("Fuseau horaire", "Tijdzone", "Time zone"),
    t(
      "Fuseau horaire IANA des dates et heures des rendez-vous, par ex. Europe/Paris.",
      "IANA-tijdzone van de data en uren van afspraken, bv. Europe/Amsterdam.",
      "IANA time zone of event dates and times, e.g. Europe/Lisbon.",
    ),
  ),
  staleWarningMonths: field(
    z.number().int().min(0).default(12),
    t("Vérification ancienne après (mois)", "Controle verouderd na (maanden)", "Check is old after (months)"),
    t(
      "Après ce nombre de mois sans vérification, la page de l'initiative demande de l'aide pour vérifier et `annuaire validate` avertit (0 = jamais).",
      "Na zoveel maanden zonder controle vraagt de pagina van het initiatief om hulp bij het controleren en waarschuwt `annuaire validate` (0 = nooit).",
      "After this many months without a check, the initiative's page asks for help checking it and `annuaire validate` warns (0 = never).",
    ),
  ),
  agenda: field(
    z.strictObject({ monthsAhead: z.number().int().min(1).max(24).default(6) }).default({ monthsAhead: 6 }),
    t("Agenda", "Agenda", "Agenda"),
    t(
      "Nombre de mois à venir pendant lesquels les rencontres répétées sont affichées (6 par défaut).",
      "Aantal komende maanden waarin herhaalde bijeenkomsten getoond worden (standaard 6).",
      "How many months ahead repeated meetings are shown (6 by default).",
    ),
  ),
  corrections: field(
    z.strictObject({ email: Email.optional(), url: HttpUrl.optional(), phone: Phone.optional() }),
    t("Contact pour les corrections", "Contact voor correcties", "Contact for corrections"),
  ),
  repository: field(
    z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/, { error: "bad-repository" })
      .optional(),
    t("Dépôt GitHub", "GitHub-repository", "GitHub repository"),
    t(
      "propriétaire/nom du dépôt des données : le formulaire y propose les fichiers et /admin/ y écrit.",
      "eigenaar/naam van de repository met de gegevens: het formulier stelt er bestanden voor en /admin/ schrijft erin.",
      "owner/name of the data's repository: the form proposes files there and /admin/ writes to it.",
    ),
  ),
  contact: field(
    z.strictObject({ email: Email.optional(), url: HttpUrl.optional(), phone: Phone.optional() }).optional(),
    t("Contact de l'équipe", "Contact van het team", "Team contact"),
    t(
      "Comment joindre les personnes qui tiennent ce site ; sans contact, le pied de page n'en promet pas.",
      "Hoe u de mensen achter deze site bereikt; zonder contact belooft de voettekst er geen.",
      "How to reach the people running this site; without one, the footer promises none.",
    ),
  ),
  help: field(
    z.strictObject({ phone: Phone.optional(), place: Localized(300).optional() }).optional(),
    t("Aide hors ligne", "Hulp offline", "Offline help"),
    t(
      "Un téléphone ou un lieu où se faire aider sans internet.",
      "Een telefoonnummer of een plek waar je hulp krijgt zonder internet.",
      "A phone number or a place to get help without the internet.",
    ),
  ),
  map: field(
    z.strictObject({
      tiles: z
        .string()
        .regex(/^https?:\/\/\S*\{z\}\S*\{x\}\S*\{y\}\S*$/, { error: "bad-tiles" })
        .optional(),
      attribution: z.string().optional(),
    }),
    t("Carte", "Kaart", "Map"),
    t(
      "Modèle d'URL des tuiles ({z}/{x}/{y}) et attribution. Sans tuiles, la carte reste une liste.",
      "URL-sjabloon van de tegels ({z}/{x}/{y}) en vermelding. Zonder tegels blijft de kaart een lijst.",
      "Tile URL template ({z}/{x}/{y}) and attribution. Without tiles the map is still a list.",
    ),
  ),
  print: field(
    z.strictObject({
      paper: z.enum(["A5", "A4"]).default("A5"),
      edition: z.string().min(1),
      staleAfterMonths: z.number().int().min(0).default(18),
      summaryMax: z.number().int().min(40).max(280).default(200),
      bilingual: z.array(z.string().regex(/^[a-z]{2}-[a-z]{2}$/, { error: "bad-bilingual" })).default([]),
      kinds: z.array(z.enum(PRINT_KINDS)).default([...PRINT_KINDS]),
    }),
    t("Impression", "Drukwerk", "Print"),
    t(
      "Format du papier, libellé de l'édition, âge maximal d'une vérification (mois, 0 = sans limite), longueur conseillée du résumé, paires de langues des éditions bilingues (par ex. fr-nl) et sortes d'annuaires à imprimer (commune, welcome, region, sector, bilingual ; toutes par défaut).",
      "Papierformaat, label van de editie, maximale ouderdom van een controle (maanden, 0 = geen limiet), aanbevolen lengte van de samenvatting, taalparen van de tweetalige edities (bv. fr-nl) en soorten gidsen om af te drukken (commune, welcome, region, sector, bilingual; standaard alle).",
      "Paper size, edition label, maximum age of a check (months, 0 = no limit), advised summary length, language pairs of the bilingual editions (e.g. fr-nl) and kinds of booklet to print (commune, welcome, region, sector, bilingual; all by default).",
    ),
  ),
});

// ---- regions.yaml, communes.yaml, sectors.yaml ----
export const Region = z.strictObject({
  id: field(Id, t("Identifiant", "Identificatie", "Identifier")),
  name: field(Localized(80), t("Nom", "Naam", "Name")),
  bounds: field(
    z.strictObject({ south: Latitude, west: Longitude, north: Latitude, east: Longitude }),
    t("Limites", "Grenzen", "Bounds"),
    t(
      "Rectangle qui contient la région ; les coordonnées hors de ce rectangle sont refusées.",
      "Rechthoek rond het gewest; coördinaten daarbuiten worden geweigerd.",
      "Rectangle around the region; coordinates outside it are refused.",
    ),
  ),
});
export const Regions = z.array(Region);

export const Commune = z.strictObject({
  id: field(Id, t("Identifiant", "Identificatie", "Identifier")),
  name: field(Localized(80), t("Nom officiel", "Officiële naam", "Official name")),
  region: field(Id, t("Région", "Gewest", "Region")),
  nis: field(z.string().regex(/^\d{5}$/, { error: "bad-nis" }), t("Code INS", "NIS-code", "NIS code")),
  postcodes: field(
    z.array(z.string().regex(/^[0-9A-Z][0-9A-Z -]{2,9}$/i, { error: "bad-postcode" })).min(1),
    t("Codes postaux", "Postcodes", "Postcodes"),
  ),
  centre: field(Point, t("Centre", "Centrum", "Centre")),
});
export const Communes = z.array(Commune);

export const Sector = z.strictObject({
  id: field(Id, t("Identifiant", "Identificatie", "Identifier")),
  name: field(Localized(60), t("Nom", "Naam", "Name")),
  icon: field(
    z.string().regex(/^[a-z0-9/_-]+\.svg$/, { error: "bad-icon" }),
    t("Pictogramme", "Pictogram", "Pictogram"),
    t(
      "Chemin d'un fichier SVG dans le dossier des données, par ex. icons/food.svg.",
      "Pad naar een SVG-bestand in de gegevensmap, bv. icons/food.svg.",
      "Path of an SVG file inside the data folder, e.g. icons/food.svg.",
    ),
  ),
  description: field(Localized(200), t("Description courte", "Korte beschrijving", "Short description")),
  synonyms: field(
    z.record(LangCode, z.array(PlainText(40)).min(1)).optional(),
    t("Synonymes", "Synoniemen", "Synonyms"),
    t(
      "Mots que les gens cherchent pour ce secteur, par langue (vélo, potager…). Ils servent à la recherche du site.",
      "Woorden waarmee mensen deze sector zoeken, per taal (fiets, moestuin…). Ze dienen voor de zoekfunctie van de site.",
      "Words people search for this sector, per language (bike, garden…). They feed the site's search.",
    ),
  ),
});
export const Sectors = z.array(Sector);

// ---- initiatives/<id>.yaml ----
export const STATUS_VALUES = ["active", "dormant", "closed"] as const;
/** Who the information comes from: the initiative itself, or a public page nobody checked with it yet. */
export const PROVENANCE_VALUES = ["initiative", "public-source"] as const;
export const ACCESSIBILITY_VALUES = [
  "wheelchair",
  "step-free",
  "hearing-loop",
  "sign-language",
  "easy-read",
  "child-friendly",
] as const;
export const AUDIENCE_VALUES = [
  "everyone",
  "children",
  "youth",
  "families",
  "seniors",
  "newcomers",
  "women",
  "professionals",
] as const;

export const Place = z.strictObject({
  public: field(
    z.boolean(),
    t("Lieu public", "Openbare plek", "Public place"),
    t(
      "false si le groupe se réunit chez des particuliers : seule la commune sera publiée, jamais d'adresse ni de position.",
      "false als de groep bij mensen thuis samenkomt: alleen de gemeente wordt gepubliceerd, nooit een adres of positie.",
      "false if the group meets in private homes: only the commune is published, never an address or position.",
    ),
  ),
  name: field(z.string().min(1).max(120).optional(), t("Nom du lieu", "Naam van de plek", "Venue name")),
  address: field(
    z.string().min(3).max(160).optional(),
    t("Adresse (rue et numéro)", "Adres (straat en nummer)", "Address (street and number)"),
  ),
  postcode: field(
    z
      .string()
      .regex(/^[0-9A-Z][0-9A-Z -]{2,9}$/i, { error: "bad-postcode" })
      .optional(),
    t("Code postal", "Postcode", "Postcode"),
  ),
  lat: field(Latitude.optional(), t("Latitude", "Breedtegraad", "Latitude")),
  lon: field(Longitude.optional(), t("Longitude", "Lengtegraad", "Longitude")),
});

/** A private place carries nothing that locates it; a position needs both coordinates. */
function checkPlace(place: z.infer<typeof Place> | undefined, ctx: z.RefinementCtx): void {
  if (!place) return;
  if (!place.public) {
    for (const key of ["address", "postcode", "lat", "lon", "name"] as const) {
      if (place[key] !== undefined)
        ctx.addIssue({ code: "custom", path: ["place", key], message: "private-with-address" });
    }
  }
  if ((place.lat === undefined) !== (place.lon === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: ["place", place.lat === undefined ? "lon" : "lat"],
      message: "half-coordinates",
    });
  }
}

export const Contact = z.strictObject({
  website: field(HttpUrl.optional(), t("Site web", "Website", "Website")),
  email: field(Email.optional(), t("E-mail", "E-mail", "E-mail")),
  phone: field(Phone.optional(), t("Téléphone", "Telefoon", "Phone")),
  social: field(
    z.array(HttpUrl).optional(),
    t("Réseaux sociaux", "Sociale media", "Social media"),
    t(
      "Liens complets commençant par https://",
      "Volledige links die beginnen met https://",
      "Full links starting with https://",
    ),
  ),
});

export const Update = z.strictObject({
  date: field(IsoDate, t("Date", "Datum", "Date")),
  text: field(Localized(500), t("Nouvelle", "Nieuws", "News")),
});

const LocalizedOrText = (max: number) => z.union([PlainText(max), Localized(max)]);

export const Initiative = z
  .strictObject({
    id: field(
      Id.optional(),
      t("Identifiant", "Identificatie", "Identifier"),
      t(
        "Facultatif ; s'il est présent, il doit être égal au nom du fichier.",
        "Optioneel; indien aanwezig moet het gelijk zijn aan de bestandsnaam.",
        "Optional; if present it must equal the file name.",
      ),
    ),
    name: field(
      LocalizedOrText(120),
      t("Nom", "Naam", "Name"),
      t("Un nom, ou un nom par langue.", "Eén naam, of een naam per taal.", "One name, or one name per language."),
    ),
    summary: field(
      Localized(280),
      t("Résumé", "Samenvatting", "Summary"),
      t(
        "Une ou deux phrases simples (280 signes max.), imprimées dans les annuaires.",
        "Eén of twee eenvoudige zinnen (max. 280 tekens), gedrukt in de gidsen.",
        "One or two plain sentences (280 characters max.), printed in the booklets.",
      ),
    ),
    description: field(
      Localized(5000).optional(),
      t("Description", "Beschrijving", "Description"),
      t(
        "Texte plus long, en Markdown, sans HTML.",
        "Langere tekst, in Markdown, zonder HTML.",
        "Longer text, in Markdown, without HTML.",
      ),
    ),
    sectors: field(z.array(Id).min(1), t("Secteurs", "Sectoren", "Sectors")),
    communes: field(
      z.array(Id).optional(),
      t("Communes", "Gemeenten", "Communes"),
      t(
        "Où l'initiative agit. Mettez au moins une commune ou une région.",
        "Waar het initiatief actief is. Geef minstens één gemeente of gewest.",
        "Where the initiative is active. Give at least one commune or region.",
      ),
    ),
    regions: field(
      z.array(Id).optional(),
      t("Régions", "Gewesten", "Regions"),
      t(
        "Pour les réseaux actifs dans toute une région.",
        "Voor netwerken die in een heel gewest actief zijn.",
        "For networks active across a whole region.",
      ),
    ),
    place: field(Place.optional(), t("Lieu", "Plaats", "Place")),
    contact: field(Contact.optional(), t("Contact", "Contact", "Contact")),
    schedule: field(
      Localized(300).optional(),
      t("Horaire", "Uurrooster", "Schedule"),
      t(
        "Rencontres régulières, en mots simples : « chaque mardi à 19 h ».",
        "Vaste bijeenkomsten, in eenvoudige woorden: „elke dinsdag om 19 uur”.",
        "Regular meetings, in plain words: “every Tuesday at 7 pm”.",
      ),
    ),
    languages: field(
      z.array(LangCode).optional(),
      t("Langues parlées", "Gesproken talen", "Languages spoken"),
      t(
        "Codes ISO 639-1 : fr, nl, en, ar, es…",
        "ISO 639-1-codes: fr, nl, en, ar, es…",
        "ISO 639-1 codes: fr, nl, en, ar, es…",
      ),
    ),
    accessibility: field(
      z.array(z.enum(ACCESSIBILITY_VALUES)).optional(),
      t("Accessibilité", "Toegankelijkheid", "Accessibility"),
      undefined,
      {
        values: {
          wheelchair: t("Accessible en fauteuil roulant", "Rolstoeltoegankelijk", "Wheelchair accessible"),
          "step-free": t("Sans marches", "Zonder trappen", "Step-free"),
          "hearing-loop": t("Boucle magnétique", "Ringleiding", "Hearing loop"),
          "sign-language": t("Langue des signes", "Gebarentaal", "Sign language"),
          "easy-read": t("Facile à lire", "Makkelijk te lezen", "Easy to read"),
          "child-friendly": t("Adapté aux enfants", "Kindvriendelijk", "Child-friendly"),
        },
      },
    ),
    audience: field(z.array(z.enum(AUDIENCE_VALUES)).optional(), t("Public", "Doelgroep", "Audience"), undefined, {
      values: {
        everyone: t("Tout le monde", "Iedereen", "Everyone"),
        children: t("Enfants", "Kinderen", "Children"),
        youth: t("Jeunes", "Jongeren", "Young people"),
        families: t("Familles", "Gezinnen", "Families"),
        seniors: t("Aînés", "Senioren", "Older people"),
        newcomers: t("Nouveaux arrivants", "Nieuwkomers", "Newcomers"),
        women: t("Femmes", "Vrouwen", "Women"),
        professionals: t("Professionnels", "Professionals", "Professionals"),
      },
    }),
    status: field(z.enum(STATUS_VALUES).default("active"), t("Statut", "Status", "Status"), undefined, {
      values: {
        active: t("Active", "Actief", "Active"),
        dormant: t("En pause", "Slapend", "Dormant"),
        closed: t("Arrêtée", "Gestopt", "Closed"),
      },
    }),
    verified: field(
      IsoDate,
      t("Vérifié le", "Gecontroleerd op", "Verified on"),
      t(
        "Date à laquelle quelqu'un a vérifié ces informations (AAAA-MM-JJ).",
        "Datum waarop iemand deze gegevens heeft gecontroleerd (JJJJ-MM-DD).",
        "Date someone last checked this information (YYYY-MM-DD).",
      ),
    ),
    charter: field(IsoDate.optional(), t("Charte signée le", "Charter ondertekend op", "Charter signed on")),
    related: field(z.array(Id).optional(), t("Initiatives partenaires", "Partnerinitiatieven", "Partner initiatives")),
    updates: field(z.array(Update).optional(), t("Nouvelles", "Nieuws", "News")),
    print: field(
      z.boolean().default(true),
      t("Imprimer", "Afdrukken", "Print"),
      t(
        "false pour ne pas figurer dans les annuaires papier.",
        "false om niet in de papieren gidsen te staan.",
        "false to stay out of the paper booklets.",
      ),
    ),
    ical: field(HttpUrl.optional(), t("Calendrier (iCal)", "Kalender (iCal)", "Calendar (iCal)")),
    sources: field(
      z.array(HttpUrl).optional(),
      t("Sources", "Bronnen", "Sources"),
      t(
        "Pages publiques d'où viennent ces informations (liens complets).",
        "Openbare pagina's waar deze gegevens vandaan komen (volledige links).",
        "Public pages this information comes from (full links).",
      ),
    ),
    provenance: field(
      z.enum(PROVENANCE_VALUES).default("initiative"),
      t("Origine des informations", "Herkomst van de gegevens", "Where the information comes from"),
      t(
        "public-source : relevé dans une source publique, pas encore vérifié avec l'initiative (affiché avec une marque « à vérifier »).",
        "public-source: overgenomen uit een openbare bron, nog niet nagekeken met het initiatief (getoond met een merkteken „na te kijken”).",
        "public-source: taken from a public source, not yet checked with the initiative (shown with a “to be checked” mark).",
      ),
      {
        values: {
          initiative: t(
            "Donné ou confirmé par l'initiative",
            "Gegeven of bevestigd door het initiatief",
            "Given or confirmed by the initiative",
          ),
          "public-source": t(
            "Source publique, pas encore vérifié",
            "Openbare bron, nog niet nagekeken",
            "Public source, not yet checked",
          ),
        },
      },
    ),
  })
  .superRefine((v, ctx) => {
    if (!v.communes?.length && !v.regions?.length)
      ctx.addIssue({ code: "custom", path: ["communes"], message: "no-area" });
    checkPlace(v.place, ctx);
  });

// ---- events/<id>.yaml ----
export const Event = z
  .strictObject({
    id: field(Id.optional(), t("Identifiant", "Identificatie", "Identifier")),
    title: field(Localized(160), t("Titre", "Titel", "Title")),
    initiative: field(Id, t("Initiative", "Initiatief", "Initiative")),
    start: field(
      IsoDateTime,
      t("Début", "Begin", "Start"),
      t(
        "Date et heure locales, par ex. 2027-03-14T18:00.",
        "Lokale datum en tijd, bv. 2027-03-14T18:00.",
        "Local date and time, e.g. 2027-03-14T18:00.",
      ),
    ),
    end: field(IsoDateTime.optional(), t("Fin", "Einde", "End")),
    commune: field(Id.optional(), t("Commune", "Gemeente", "Commune")),
    place: field(Place.optional(), t("Lieu", "Plaats", "Place")),
    description: field(Localized(2000).optional(), t("Description", "Beschrijving", "Description")),
    repeat: field(
      z.string().regex(RRULE_PATTERN, { error: "bad-rrule" }).optional(),
      t("Répétition", "Herhaling", "Repeat"),
      t(
        "Règle RFC 5545, par ex. FREQ=MONTHLY;BYDAY=2TU.",
        "RFC 5545-regel, bv. FREQ=MONTHLY;BYDAY=2TU.",
        "RFC 5545 rule, e.g. FREQ=MONTHLY;BYDAY=2TU.",
      ),
    ),
    cancelled: field(
      z.array(IsoDate).optional(),
      t("Dates annulées", "Geschrapte data", "Cancelled dates"),
      t(
        "Dates (AAAA-MM-JJ) où une rencontre répétée n'a pas lieu, par ex. [2027-04-13].",
        "Data (JJJJ-MM-DD) waarop een herhaalde bijeenkomst niet doorgaat, bv. [2027-04-13].",
        "Dates (YYYY-MM-DD) when a repeated meeting does not take place, e.g. [2027-04-13].",
      ),
    ),
  })
  .superRefine((v, ctx) => {
    if (!v.commune && !v.place) ctx.addIssue({ code: "custom", path: ["commune"], message: "no-event-place" });
    checkPlace(v.place, ctx);
  });

// ---- boundaries/<commune-id>.geojson (optional) ----
const Position = z.tuple([Longitude, Latitude]).rest(z.number());
const Ring = z.array(Position).min(4);
const BoundaryGeometry = z.union([
  z.strictObject({ type: z.literal("Polygon"), coordinates: z.array(Ring).min(1) }),
  z.strictObject({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
]);
const BoundaryFeature = z.object({
  type: z.literal("Feature"),
  properties: z.record(z.string(), z.unknown()).nullable().optional(),
  geometry: BoundaryGeometry,
});
export const Boundary = field(
  z.union([
    BoundaryFeature,
    z.object({ type: z.literal("FeatureCollection"), features: z.array(BoundaryFeature).min(1) }),
  ]),
  t("Contour de la commune", "Grens van de gemeente", "Commune outline"),
  t(
    "Facultatif. Un fichier GeoJSON par commune (Feature ou FeatureCollection de Polygon ou MultiPolygon, longitude puis latitude), dessiné sur la carte du pack d'accueil. Ne l'ajoutez que d'une source sous licence ouverte et citez-la dans le dossier.",
    "Optioneel. Eén GeoJSON-bestand per gemeente (Feature of FeatureCollection van Polygon of MultiPolygon, lengte- dan breedtegraad), getekend op de kaart van het onthaalpakket. Voeg het enkel toe uit een bron met een open licentie en vermeld die in de map.",
    "Optional. One GeoJSON file per commune (Feature or FeatureCollection of Polygon or MultiPolygon, longitude then latitude), drawn on the welcome pack's map. Only add one from an openly licensed source, and credit it in the folder.",
  ),
);

export type SiteInput = z.infer<typeof Site>;
export type RegionInput = z.infer<typeof Region>;
export type CommuneInput = z.infer<typeof Commune>;
export type SectorInput = z.infer<typeof Sector>;
export type InitiativeInput = z.infer<typeof Initiative>;
export type EventInput = z.infer<typeof Event>;
export type LocalizedText = Record<string, string>;

// ---- What may be published ----
// Privacy by allow-list: the website, its search index, JSON-LD and every open-data file (JSON, CSV,
// GeoJSON, GoGoCarto) are made from entries that keep only the fields listed here
// (scripts/model/public.ts). A field added to the contract stays private until it is listed.
// A private place (public: false) keeps only `public` whatever is listed.
export const PUBLIC_FIELDS = {
  initiative: [
    "name",
    "summary",
    "description",
    "sectors",
    "communes",
    "regions",
    "place",
    "contact",
    "schedule",
    "languages",
    "accessibility",
    "audience",
    "status",
    "verified",
    "charter",
    "related",
    "updates",
    "ical",
    "sources",
    "provenance",
  ],
  event: ["title", "initiative", "start", "end", "commune", "place", "description", "repeat", "cancelled"],
  place: ["public", "name", "address", "postcode", "lat", "lon"],
  contact: ["website", "email", "phone", "social"],
  update: ["date", "text"],
} as const satisfies {
  initiative: readonly (keyof InitiativeInput)[];
  event: readonly (keyof EventInput)[];
  place: readonly (keyof z.infer<typeof Place>)[];
  contact: readonly (keyof z.infer<typeof Contact>)[];
  update: readonly (keyof z.infer<typeof Update>)[];
};

/** Fields the pipeline needs (booklet choice, "edit this entry" links) but never publishes. */
export const INTERNAL_FIELDS = ["print", "source"] as const;

/** Every file kind of the contract: its schema, where it lives, and its JSON Schema file name. */
export const FILE_KINDS = {
  site: { schema: Site, file: "site.yaml", jsonSchema: "site.schema.json" },
  regions: { schema: Regions, file: "regions.yaml", jsonSchema: "regions.schema.json" },
  communes: { schema: Communes, file: "communes.yaml", jsonSchema: "communes.schema.json" },
  sectors: { schema: Sectors, file: "sectors.yaml", jsonSchema: "sectors.schema.json" },
  initiative: { schema: Initiative, file: "initiatives/<id>.yaml", jsonSchema: "initiative.schema.json" },
  event: { schema: Event, file: "events/<id>.yaml", jsonSchema: "event.schema.json" },
  boundary: { schema: Boundary, file: "boundaries/<commune-id>.geojson", jsonSchema: "boundary.schema.json" },
} as const;
export type FileKind = keyof typeof FILE_KINDS;
