/**
 * Ids for imported files: kebab-case slugs made from names ("Société Générale" → `societe-generale`), and an
 * allocator that hands out each id once (`acme`, then `acme-2`, `acme-3`…). Nothing here builds a RegExp from
 * data, and every input is cut to a bounded length before it is looked at.
 */
import { COMPANY_ID_PATTERN, ITEM_ID_PATTERN, LIMITS } from '../data/schema.ts';

/** Letters that Unicode does not decompose into a base letter plus accents. */
const SPECIAL_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['ı', 'i'],
]);

/** No name longer than this is looked at in full (ids are at most 120 characters anyway). */
const MAX_INPUT = 1000;

/**
 * Lower-case kebab-case from any text: accents stripped, every run of other characters becomes one hyphen,
 * at most `maxLength` characters. Empty when the text has no Latin letter or digit at all (e.g. "北京").
 */
export function slugify(text: string, maxLength: number = LIMITS.idLength): string {
  const plain = text
    .slice(0, MAX_INPUT)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  let out = '';
  let gap = false;
  for (const ch of plain) {
    for (const c of SPECIAL_LETTERS.get(ch) ?? ch) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && out !== '') out += '-';
        out += c;
        gap = false;
      } else gap = true;
    }
    if (out.length > maxLength) break;
  }
  return trimHyphens(out.slice(0, maxLength));
}

function trimHyphens(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '-') end--;
  return text.slice(0, end);
}

export function isCompanyId(text: string): boolean {
  return text.length <= LIMITS.idLength && COMPANY_ID_PATTERN.test(text);
}

export function isItemId(text: string): boolean {
  return text.length <= LIMITS.idLength && ITEM_ID_PATTERN.test(text);
}

/** Hands out ids, each at most once: `reserve` takes one as it is; `allocate` adds `-2`, `-3`… to a taken one. */
export class IdAllocator {
  private readonly taken = new Set<string>();
  /** The next suffix to try per base, so that many equal bases stay linear. */
  private readonly next = new Map<string, number>();

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** Takes `id` as it is; false when it was taken already. */
  reserve(id: string): boolean {
    if (this.taken.has(id)) return false;
    this.taken.add(id);
    return true;
  }

  /** `base` if free, else `base-2`, `base-3`…, cut so that the whole id stays within the length limit. */
  allocate(base: string): string {
    if (this.reserve(base)) return base;
    return this.numbered(base, 2);
  }

  /** Always numbered: `base-1`, `base-2`… (the first free one from `first`). */
  numbered(base: string, first = 1): string {
    let n = Math.max(first, this.next.get(base) ?? first);
    for (;;) {
      const suffix = `-${n}`;
      const head = trimHyphens(base.slice(0, LIMITS.idLength - suffix.length));
      const candidate = `${head}${suffix}`;
      n++;
      if (this.reserve(candidate)) {
        this.next.set(base, n);
        return candidate;
      }
    }
  }
}

/** How names are compared when matching references: spaces collapsed and trimmed, case ignored. */
export function matchKey(text: string): string {
  let out = '';
  let space = false;
  for (const ch of text.slice(0, MAX_INPUT).normalize('NFC')) {
    if (ch.trim() === '') {
      space = out !== '';
      continue;
    }
    if (space) out += ' ';
    out += ch;
    space = false;
  }
  return out.toLowerCase();
}
