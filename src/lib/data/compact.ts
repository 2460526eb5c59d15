/**
 * How validated items are stored so that a file of 20,000 companies and 60,000 deals stays small in memory:
 * every empty list is one shared, frozen list; a list built item by item is stored at its exact size (an
 * array grown by `push` keeps room for 16 more); a text that recurs across items (a date, a status, a
 * publisher) is kept once, not once per item as `JSON.parse` makes it; and an item built field by field or by
 * spreading is stored as an object with room for exactly its fields.
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

/**
 * An object with `keys`, in this order, all null: copied with `{ ...template }` and then filled in, it gives
 * objects that keep every field inside them (an object made by spreading, or by adding fields one at a time,
 * keeps all but a few in a second block), and whose fields hold any value as it is. A number stored in a
 * field that has held numbers only gets a 12-byte box of its own in each object; here a number read from a
 * shared place (a pool, another field) stays that one number.
 */
export function fieldTemplate(keys: readonly string[]): object {
  return JSON.parse(`{${keys.map((key) => `${JSON.stringify(key)}:null`).join(',')}}`) as object;
}

interface ShapeNode {
  readonly next: Map<string, ShapeNode>;
  template: object | undefined;
}

/**
 * Exact-size copies of items (for a deal, its amount, a company: 8–16 bytes less per item, 2.5 MB over 60,000
 * deals): one `fieldTemplate` per set of keys, copied for each item.
 */
export class ShapePool {
  /** Templates by their keys in order, one level per key (no joined signature string per item). */
  readonly #templates: ShapeNode = { next: new Map(), template: undefined };
  readonly #shared = new Map<string, object>();

  /**
   * A copy of `item` (own enumerable fields, same order, same values) stored at its exact size. A number equal
   * to the number before it (a USD amount's `value` and `usd`) is stored once for both.
   */
  exact<T extends object>(item: T): T {
    const keys = Object.keys(item);
    let node = this.#templates;
    for (const key of keys) {
      let next = node.next.get(key);
      if (!next) node.next.set(key, (next = { next: new Map(), template: undefined }));
      node = next;
    }
    const template = (node.template ??= fieldTemplate(keys));
    const copy: Record<string, unknown> = { ...template };
    const fields = item as Record<string, unknown>;
    let lastNumber: string | undefined;
    for (const key of keys) {
      const value = fields[key];
      copy[key] = lastNumber !== undefined && Object.is(copy[lastNumber], value) ? copy[lastNumber] : value;
      if (typeof value === 'number') lastNumber = key;
    }
    return copy as T;
  }

  /**
   * One stored copy (as `exact` makes it) per distinct item: items with the same fields in the same order and
   * equal values share it. For small items of text and number fields that nothing changes once validated (a
   * deal's amount: a market of 60,000 deals repeats a few thousand figures).
   */
  shared<T extends object>(item: T): T {
    const key = JSON.stringify(item);
    const known = this.#shared.get(key);
    if (known) return known as T;
    const copy = this.exact(item);
    this.#shared.set(key, copy);
    return copy;
  }
}
