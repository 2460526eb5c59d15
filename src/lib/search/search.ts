/**
 * Company search for the autocomplete: case- and accent-insensitive matching of names, aliases and ids.
 * Plain string comparisons only — user input never becomes a RegExp.
 */
import { NONE } from '../data/compact.ts';
import type { GraphModel } from '../graph/model.ts';

export interface SearchHit {
  /** Company index in the model. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** The name or alias that matched (the name when the id matched). */
  readonly matched: string;
}

/** How well a text matches, best first. */
const Rank = { Exact: 0, Prefix: 1, WordPrefix: 2, Substring: 3, None: 4 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/** Lower case, compatibility-decomposed, without diacritics, whitespace collapsed: "Café  Ltd" → "cafe ltd". */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

function rankOf(text: string, query: string): Rank {
  if (text === query) return Rank.Exact;
  if (text.startsWith(query)) return Rank.Prefix;
  const words = text.split(SEPARATORS);
  if (words.some((w, i) => i > 0 && w.startsWith(query))) return Rank.WordPrefix;
  if (text.includes(query)) return Rank.Substring;
  // Ignoring spaces and punctuation: "huggingface" finds "Hugging Face", "character ai" "Character.AI".
  const compactQuery = query.replace(NON_ALNUM, '');
  const compactText = text.replace(NON_ALNUM, '');
  if (compactQuery === '' || (compactQuery === query && compactText === text)) return Rank.None;
  if (compactText === compactQuery) return Rank.Exact;
  if (compactText.startsWith(compactQuery)) return Rank.Prefix;
  if (compactText.includes(compactQuery)) return Rank.Substring;
  return Rank.None;
}

interface Candidate {
  readonly hit: SearchHit;
  readonly rank: Rank;
  readonly deals: number;
}

/**
 * Companies matching `query`, best first: exact > prefix of a name or alias > prefix of a later word >
 * substring; then by number of deals (most first), then by name. Empty queries find nothing.
 */
export function searchCompanies(model: GraphModel, query: string, limit = 8): SearchHit[] {
  const q = normalizeForSearch(query);
  if (q === '' || limit <= 0) return [];
  const found: Candidate[] = [];
  model.companies.forEach((company, index) => {
    const texts: [text: string, shown: string][] = [
      [company.name, company.name],
      ...(company.aliases ?? NONE).map((alias): [string, string] => [alias, alias]),
      [company.id, company.name],
      ...(company.formerIds ?? NONE).map((former): [string, string] => [former, company.name]),
    ];
    let best: Rank = Rank.None;
    let matched = company.name;
    for (const [text, shown] of texts) {
      const rank = rankOf(normalizeForSearch(text), q);
      if (rank < best) {
        best = rank;
        matched = shown;
      }
    }
    if (best === Rank.None) return;
    found.push({
      hit: { index, id: company.id, name: company.name, matched },
      rank: best,
      deals: model.dealCount[index] ?? 0,
    });
  });
  found.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.deals - a.deals ||
      a.hit.name.localeCompare(b.hit.name, 'en') ||
      a.hit.index - b.hit.index,
  );
  return found.slice(0, limit).map((c) => c.hit);
}
