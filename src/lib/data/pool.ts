/**
 * Values many items share, listed once, and typed columns of their places in the list: what a big map keeps per
 * deal or per company is stored as small numbers in typed lists instead of a field per object (graph/deal-records.ts,
 * render/base-edge.ts).
 */

/** Distinct values in order of first sight, each with its place in the list. */
export class Pool<T> {
  #values: T[] = [];
  /** Value → place; dropped by `seal`, made again if a value comes after. */
  #places: Map<T, number> | undefined = new Map();

  get values(): readonly T[] {
    return this.#values;
  }

  placeOf(value: T): number {
    this.#places ??= new Map(this.#values.map((v, i) => [v, i]));
    let place = this.#places.get(value);
    if (place === undefined) {
      place = this.#values.length;
      this.#places.set(value, place);
      this.#values.push(value);
    }
    return place;
  }

  /** No more values to come: the list kept at its exact size, without the lookup. */
  seal(): void {
    this.#places = undefined;
    this.#values = this.#values.slice();
  }
}

export type Column = Uint8Array | Uint16Array | Uint32Array;

/** The values in `values`, in the narrowest unsigned typed list that holds every one of them up to `max`. */
export function narrowed(values: Column, max: number): Column {
  if (max < 1 << 8) return values instanceof Uint8Array ? values : new Uint8Array(values);
  if (max < 1 << 16) return values instanceof Uint16Array ? values : new Uint16Array(values);
  return values instanceof Uint32Array ? values : new Uint32Array(values);
}
