// A form submission, as Netlify Forms stores it, and reading Netlify's exports (JSON and CSV).
// The form's field names ARE the contract's paths ("place.address", "contact.email"); a few more
// fields carry what the entry does not store (see META_FIELDS).

/** One submission: field name → value(s), plus when and where it came from. */
export interface Submission {
  /** Netlify's submission id, or the row number of a CSV export. */
  id: string;
  /** ISO date-time the submission was received. */
  createdAt: string;
  fields: Record<string, string | string[]>;
}

/** Form fields that are not entry fields. */
export const META_FIELDS = {
  formName: "form-name",
  /** The page language: the language the texts are written in. */
  lang: "lang",
  /** The id of the entry a correction is about. */
  correctionOf: "correction-of",
  /** moved | closed | schedule | other */
  whatIsWrong: "what-is-wrong",
  /** Free text for the maintainers (what else is wrong, who you are). Never published. */
  note: "note",
  /** How to reach the sender. Never published. */
  senderContact: "sender-contact",
  /** Milliseconds since 1970 when the form was shown (set by the page's script). */
  startedAt: "started-at",
  /** "private" when the group meets in private homes, "public" for a public venue, "" for no fixed place. */
  placeKind: "place-kind",
  /** The honeypot: hidden from people, filled by robots. */
  honeypot: "website-url",
} as const;

export const FORM_NAME = "contribute";
export const WHAT_IS_WRONG = ["moved", "closed", "schedule", "other"] as const;
export type WhatIsWrong = (typeof WHAT_IS_WRONG)[number];

/** Spam rules shared by the page, the import and the Netlify Function. */
export const SPAM_RULES = { minSeconds: 5, maxLinks: 3 } as const;

/** The first value of a field, trimmed ("" when absent). */
export const one = (s: Submission, name: string): string => {
  const v = s.fields[name];
  return (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();
};

/** Every value of a list field: repeated fields, a JSON array, or values separated by commas or new lines. */
export const many = (s: Submission, name: string): string[] => {
  const v = s.fields[name] ?? s.fields[`${name}[]`];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list
    .flatMap((x) => x.split(/[,;\n]/))
    .map((x) => x.trim())
    .filter(Boolean);
};

/** Links of a multi-line field, one per line or separated by spaces (a comma can belong to a link). */
export const lines = (s: Submission, name: string): string[] => {
  const v = s.fields[name] ?? s.fields[`${name}[]`];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((x) => x.split(/\s+/)).filter(Boolean);
};

const asFields = (data: Record<string, unknown>): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) out[key] = value.map(String);
    else if (value !== null && value !== undefined && typeof value !== "object") out[key] = String(value);
  }
  return out;
};

/** Netlify's JSON: an array of submissions (API and export), or one `submission-created` event body. */
export function parseNetlifyJson(text: string): Submission[] {
  const parsed = JSON.parse(text) as unknown;
  const list = Array.isArray(parsed)
    ? parsed
    : parsed && typeof parsed === "object" && "payload" in parsed
      ? [(parsed as { payload: unknown }).payload]
      : [parsed];
  return list.map((raw, i) => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const data = (item.data ?? item) as Record<string, unknown>;
    return {
      id: String(item.id ?? item.number ?? i + 1),
      createdAt: String(item.created_at ?? data.created_at ?? ""),
      fields: asFields(data),
    };
  });
}

/** RFC 4180 CSV: quoted fields, doubled quotes, new lines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((x) => x.trim() !== ""));
}

/** Netlify's CSV export: one column per form field, plus `created_at` (and `id` when present). */
export function parseNetlifyCsv(text: string): Submission[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const names = header.map((h) => h.trim());
  return rows.map((row, i) => {
    const fields: Record<string, string> = {};
    names.forEach((name, j) => {
      if (row[j] !== undefined && row[j] !== "") fields[name] = row[j]!;
    });
    const { id, created_at: createdAt, ...rest } = fields;
    return { id: id ?? String(i + 2), createdAt: createdAt ?? "", fields: rest };
  });
}

/** Reads an export whatever its shape: JSON when it starts with [ or {, else CSV. */
export const parseExport = (text: string): Submission[] =>
  /^\s*[[{]/.test(text) ? parseNetlifyJson(text) : parseNetlifyCsv(text);

export interface SpamVerdict {
  code: "spam-honeypot" | "spam-too-fast" | "spam-links";
  params: Record<string, string | number>;
}

/** Why a submission is likely spam, or undefined. The same rules the page states and the server applies. */
export function spamVerdict(s: Submission): SpamVerdict | undefined {
  if (one(s, META_FIELDS.honeypot)) return { code: "spam-honeypot", params: {} };
  const started = Number(one(s, META_FIELDS.startedAt));
  const received = Date.parse(s.createdAt);
  if (started > 0 && Number.isFinite(received)) {
    const seconds = Math.round((received - started) / 1000);
    if (seconds < SPAM_RULES.minSeconds)
      return { code: "spam-too-fast", params: { seconds, min: SPAM_RULES.minSeconds } };
  }
  const text = Object.entries(s.fields)
    .filter(([k]) => !k.startsWith("contact.") && k !== "sources" && k !== META_FIELDS.honeypot)
    .flatMap(([, v]) => (Array.isArray(v) ? v : [v]))
    .join("\n");
  const links = (text.match(/https?:\/\/|www\./gi) ?? []).length;
  if (links > SPAM_RULES.maxLinks) return { code: "spam-links", params: { count: links, max: SPAM_RULES.maxLinks } };
  return undefined;
}
