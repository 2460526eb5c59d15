/**
 * "Did you mean …?" for mistyped ids.
 *
 * Comparisons one validation may spend on suggestions (well under a second). Each unknown id costs one
 * comparison per candidate (about 2–5 µs), so without a cap a file of 20,000 companies and 60,000 deals that
 * all name near-miss ids took hours. Past the budget, messages simply carry no "did you mean".
 */
export const SUGGESTION_BUDGET = 100_000;

/**
 * "Did you mean" for one validation: answers are cached per kind of id and word (a dropped company often
 * leaves many deals naming it), and the total work is capped by `budget` comparisons.
 */
export class Suggestions {
  private remaining: number;
  private readonly cache = new Map<string, string | undefined>();

  constructor(budget = SUGGESTION_BUDGET) {
    this.remaining = budget;
  }

  /** The closest of `candidates` (all ids of one `kind`, the same set on every call for that kind). */
  closest(
    word: string,
    kind: string,
    candidates: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  ): string | undefined {
    const key = `${kind}\u0000${word}`;
    if (this.cache.has(key)) return this.cache.get(key);
    let guess: string | undefined;
    if (candidates.size <= this.remaining) {
      this.remaining -= candidates.size;
      guess = closest(word, candidates.keys());
    }
    this.cache.set(key, guess);
    return guess;
  }
}

/** The closest candidate within a small edit distance. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > 120) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const d = editDistance(word, candidate, bestDistance + 1);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Levenshtein distance; gives up and returns `cap` as soon as the distance must be at least `cap`. */
export function editDistance(a: string, b: string, cap = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= cap) return cap;
    previous = current;
  }
  return previous[b.length] ?? cap;
}
