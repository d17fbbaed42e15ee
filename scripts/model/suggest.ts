// "Did you mean …?": the closest known identifier to a mistyped one.

/** Lowercase, without accents, punctuation folded to single spaces. */
export const normalize = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Levenshtein distance, giving up (returning limit + 1) once it cannot be within `limit`. */
export function distance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

export interface Candidate {
  id: string;
  /** Other words that should lead to this id: names in every language. */
  aliases?: readonly string[];
}

/** The id whose id or alias is closest to `value`, if it is close enough to be a likely typo. */
export function suggest(value: string, candidates: readonly Candidate[]): string | undefined {
  const wanted = normalize(value);
  let best: { id: string; score: number } | undefined;
  for (const candidate of candidates) {
    for (const word of [candidate.id, ...(candidate.aliases ?? [])]) {
      const known = normalize(word);
      if (known === wanted) return candidate.id;
      const limit = Math.max(1, Math.floor(Math.max(known.length, wanted.length) / 3));
      const d = distance(wanted, known, limit);
      if (d <= limit && (!best || d < best.score)) best = { id: candidate.id, score: d };
    }
  }
  return best?.id;
}
