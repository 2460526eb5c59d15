/**
 * A read-only map built on first use: an index that most views never consult (deal id → deal) costs nothing
 * until one does, then stays.
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  #build: (() => Map<K, V>) | undefined;
  #map: Map<K, V> | undefined;

  constructor(build: () => Map<K, V>) {
    this.#build = build;
  }

  /** Whether the map has been built yet. */
  get built(): boolean {
    return this.#map !== undefined;
  }

  #ready(): Map<K, V> {
    if (!this.#map) {
      this.#map = this.#build?.() ?? new Map<K, V>();
      this.#build = undefined;
    }
    return this.#map;
  }

  get size(): number {
    return this.#ready().size;
  }
  get(key: K): V | undefined {
    return this.#ready().get(key);
  }
  has(key: K): boolean {
    return this.#ready().has(key);
  }
  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.#ready().forEach((value, key) => callback.call(thisArg, value, key, this));
  }
  entries(): MapIterator<[K, V]> {
    return this.#ready().entries();
  }
  keys(): MapIterator<K> {
    return this.#ready().keys();
  }
  values(): MapIterator<V> {
    return this.#ready().values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.#ready()[Symbol.iterator]();
  }
}
