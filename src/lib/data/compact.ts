/**
 * How validated items are stored so that a file of 20,000 companies and 60,000 deals stays small in memory:
 * every empty list is one shared, frozen list; a list built item by item is stored at its exact size (an
 * array grown by `push` keeps room for 16 more); and a text that recurs across items (a date, a status, a
 * publisher) is kept once, not once per item as `JSON.parse` makes it.
 */

/** The list shared by every item that has none (frozen: nothing may add to it). */
export const NONE: readonly never[] = Object.freeze([]);

/** A list as stored: the shared empty list, or an exact-size copy. */
export function stored<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice();
}

/** One string object per distinct text read from one file. */
export class StringPool {
  readonly #texts = new Map<string, string>();

  /** The pooled copy of a text (the text itself the first time it is seen). */
  get<T extends string | undefined>(text: T): T {
    if (text === undefined) return text;
    const known = this.#texts.get(text);
    if (known !== undefined) return known as T;
    this.#texts.set(text, text);
    return text;
  }

  get size(): number {
    return this.#texts.size;
  }
}

/**
 * Replaces an item's texts at `keys` by their pooled copies, in place (key order and absent keys unchanged).
 * Only for an item just built by the validator, before anything else holds it.
 */
export function poolTexts<T extends object>(item: T, keys: readonly (keyof T)[], pool: StringPool): T {
  const fields = item as Record<keyof T, unknown>;
  for (const key of keys) {
    const value = fields[key];
    if (typeof value === 'string') fields[key] = pool.get(value);
  }
  return item;
}
