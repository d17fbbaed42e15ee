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
  // With a limit, only cells within `limit` of the diagonal can stay under it (a banded table):
  // the duplicate check compares names pairwise, so this keeps it linear in the name length.
  const band = Number.isFinite(limit) ? limit : Math.max(a.length, b.length);
  const far = Number.isFinite(limit) ? limit + 1 : a.length + b.length + 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= band ? j : far;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    current[0] = i <= band ? i : far;
    if (from > 1) current[from - 1] = far;
    let rowMin = current[0]!;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = far;
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, far);
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
