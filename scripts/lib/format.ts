// Dates, numbers and sorting in the reader's language. Every function takes the language.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The Intl locale for a page language: English pages here are European, so dates read "1 October 2026". */
export const localeFor = (lang: string): string => (lang === "en" ? "en-GB" : lang);

function cached(lang: string, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const id = `${lang}|${key}`;
  let format = dateFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(localeFor(lang), options);
    dateFormats.set(id, format);
  }
  return format;
}

/** "13 mai 2017" / "13 mei 2017" / "13 May 2017" for an ISO date (YYYY-MM-DD). */
export const formatDate = (iso: string, lang: string): string =>
  cached(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }, "date").format(
    new Date(`${iso.slice(0, 10)}T12:00:00Z`),
  );

/** A local date-time written without zone ("2027-03-20T18:00"), shown as written: it is already local. */
export const formatDateTime = (local: string, lang: string): string => {
  const [date, time = "00:00"] = local.split("T");
  const [h, m] = time.split(":");
  const when = new Date(`${date}T${h}:${m}:00Z`);
  return cached(
    lang,
    {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: "UTC",
    },
    "datetime",
  ).format(when);
};

export const formatNumber = (n: number, lang: string): string => new Intl.NumberFormat(lang).format(n);

const collators = new Map<string, Intl.Collator>();
/** Compares two strings the way a reader of `lang` expects (accents, case, numbers). */
export function compareText(a: string, b: string, lang: string): number {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity: "base", numeric: true });
    collators.set(lang, collator);
  }
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The name of a language (ISO 639-1 code) in the reader's language: "néerlandais", "Frans". */
const displayNames = new Map<string, Intl.DisplayNames>();
export function languageName(code: string, lang: string): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([localeFor(lang)], { type: "language" });
    displayNames.set(lang, names);
  }
  return names.of(code) ?? code;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
