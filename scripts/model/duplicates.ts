// "Is this the same initiative as one we already have?" One index, used by `annuaire validate`, by
// import-submissions, by the pull-request check and (through a small static index) by the web form.
// Reasons: same website, e-mail or phone; a name equal once accents, case, articles, legal forms and
// punctuation are set aside (or one letter apart); or a close name in the same sector and commune.
import { distance, normalize } from "./suggest.ts";

/** What the index needs to know about an entry. */
export interface DuplicateSubject {
  id: string;
  name: Record<string, string>;
  contact?: { website?: string | undefined; email?: string | undefined; phone?: string | undefined } | undefined;
  sectors?: readonly string[];
  communes?: readonly string[];
}

export type DuplicateReason = "website" | "email" | "phone" | "name" | "local-name";

export interface DuplicateMatch {
  /** The id of the existing entry. */
  other: string;
  reason: DuplicateReason;
  /** The existing entry's name, to show beside its id. */
  otherName: string;
}

/** Words that do not tell two initiatives apart (articles, legal forms). Shipped to the form as is. */
export const NAME_NOISE: readonly string[] = [
  "asbl",
  "vzw",
  "aisbl",
  "ivzw",
  "the",
  "le",
  "la",
  "les",
  "l",
  "d",
  "de",
  "du",
  "des",
  "het",
  "een",
  "van",
  "of",
  "et",
  "en",
  "and",
];
const NOISE = new Set(NAME_NOISE);

export const websiteKey = (url: string): string =>
  url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, "")
    .replace(/[/#?]+$/, "");
export const emailKey = (email: string): string => email.trim().toLowerCase();
/** The last eight digits: +32 2 123 45 67 and 02 123 45 67 are the same number. */
export const phoneKey = (phone: string): string => phone.replace(/\D/g, "").slice(-8);

/** The significant words of a name: folded accents and case, no punctuation, no articles. */
export const nameTokens = (name: string): string[] =>
  normalize(name)
    .split(" ")
    .filter((w) => w && !NOISE.has(w));

const firstName = (item: DuplicateSubject, languages: readonly string[]): string =>
  languages.map((l) => item.name[l]).find(Boolean) ?? Object.values(item.name)[0] ?? item.id;

/** Two names are "close" when their letters are a few edits apart or one's words contain the other's. */
export function closeNames(a: readonly string[], b: readonly string[]): boolean {
  const ca = a.join("");
  const cb = b.join("");
  if (!ca || !cb) return false;
  const limit = Math.max(2, Math.floor(Math.min(ca.length, cb.length) / 4));
  if (distance(ca, cb, limit) <= limit) return true;
  const [small, big] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return small.some((w) => w.length >= 4) && small.every((w) => big.has(w));
}

export class DuplicateIndex {
  private readonly contacts = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly local = new Map<string, { id: string; tokens: string[] }[]>();
  private readonly byId = new Map<string, DuplicateSubject>();

  constructor(private readonly languages: readonly string[]) {}

  private contactKeys(item: DuplicateSubject): [DuplicateReason, string][] {
    const c = item.contact;
    const keys: [DuplicateReason, string | undefined][] = [
      ["website", c?.website && websiteKey(c.website)],
      ["email", c?.email && emailKey(c.email)],
      ["phone", c?.phone && phoneKey(c.phone)],
    ];
    return keys.filter((k): k is [DuplicateReason, string] => !!k[1]);
  }

  /** Exact keys plus every single-deletion key: finds one-typo pairs without comparing every pair. */
  private nameKeys(tokens: readonly string[]): string[] {
    const compact = tokens.join("");
    if (compact.length < 6) return [];
    const keys = new Set([`=${[...tokens].sort().join(" ")}`, compact]);
    for (let i = 0; i < compact.length; i++) keys.add(compact.slice(0, i) + compact.slice(i + 1));
    return [...keys];
  }

  private localKeys(item: DuplicateSubject): string[] {
    return (item.sectors ?? []).flatMap((s) => (item.communes ?? []).map((c) => `${s}|${c}`));
  }

  add(item: DuplicateSubject): void {
    this.byId.set(item.id, item);
    for (const [what, key] of this.contactKeys(item))
      if (!this.contacts.has(`${what}:${key}`)) this.contacts.set(`${what}:${key}`, item.id);
    const tokens = nameTokens(firstName(item, this.languages));
    for (const key of this.nameKeys(tokens)) if (!this.names.has(key)) this.names.set(key, item.id);
    for (const key of this.localKeys(item)) {
      const list = this.local.get(key) ?? [];
      list.push({ id: item.id, tokens });
      this.local.set(key, list);
    }
  }

  /** Entries already in the index that look like `item` (never `item` itself), one per reason. */
  matches(item: DuplicateSubject): DuplicateMatch[] {
    const found: DuplicateMatch[] = [];
    const push = (other: string | undefined, reason: DuplicateReason) => {
      if (!other || other === item.id) return;
      if (reason === "local-name" && found.some((m) => m.other === other)) return;
      found.push({ other, reason, otherName: firstName(this.byId.get(other)!, this.languages) });
    };
    for (const [what, key] of this.contactKeys(item)) push(this.contacts.get(`${what}:${key}`), what);
    const tokens = nameTokens(firstName(item, this.languages));
    let byName: string | undefined;
    for (const key of this.nameKeys(tokens)) {
      const other = this.names.get(key);
      if (other && other !== item.id) {
        byName = other;
        break;
      }
    }
    push(byName, "name");
    const seen = new Set<string>();
    for (const key of this.localKeys(item)) {
      for (const other of this.local.get(key) ?? []) {
        if (other.id === item.id || seen.has(other.id)) continue;
        seen.add(other.id);
        if (closeNames(tokens, other.tokens)) push(other.id, "local-name");
      }
    }
    return found;
  }

  /** An index of every entry of a list. */
  static of(items: readonly DuplicateSubject[], languages: readonly string[]): DuplicateIndex {
    const index = new DuplicateIndex(languages);
    for (const item of items) index.add(item);
    return index;
  }
}
