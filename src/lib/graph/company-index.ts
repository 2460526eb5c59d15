/**
 * Company id (or former id) → company index, for companies sorted by id: a binary search of their ids, and a
 * map of the former ids only. A Map of every id took 460 KB for 20,000 companies (its table is sized to the next
 * power of two), all to find what the sorted list already orders. A lookup costs about 15 comparisons at that
 * size; the model's build, which looks up every deal's ends, uses a map it then drops.
 */
import { NONE } from '../data/compact.ts';
import type { Company } from '../data/format.ts';

export interface CompanyLookup {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

export class CompanyIndex implements CompanyLookup {
  /** Sorted by id (code-unit order). */
  readonly companies: readonly Pick<Company, 'id'>[];
  /** Former ids that are no company's current id → the first company (in id order) that names them. */
  readonly former: ReadonlyMap<string, number>;

  constructor(companies: readonly Pick<Company, 'id' | 'formerIds'>[]) {
    this.companies = companies;
    const former = new Map<string, number>();
    companies.forEach((c, i) =>
      (c.formerIds ?? NONE).forEach((f) => this.#current(f) >= 0 || former.has(f) || former.set(f, i)),
    );
    this.former = former;
  }

  get(id: string): number | undefined {
    const i = this.#current(id);
    return i >= 0 ? i : this.former.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** The index of the company whose id is `id`, or -1. */
  #current(id: string): number {
    let lo = 0;
    let hi = this.companies.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.companies[mid]?.id ?? '';
      if (at === id) return mid;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
