/**
 * A model's deal records, stored small: a big map keeps 60,000 of them for its life. What the model works out
 * for a deal (its two company indices, dates, type, headline, confirmation and why it is not counted) is kept in
 * typed columns indexed by the deal's place in date order, each as narrow as its values allow; values many deals
 * share (dates, types, headlines) are listed once and the columns hold their place in that list. The validated
 * deals are listed in the same order (read through the file's own list instead, a pass over the records reading
 * their deals took three times as long). A record holds its index only and reads the rest through the getters of a
 * class made for its model's columns: 16 bytes instead of 40, the validated deal being the only other object per
 * deal.
 */
import type { Deal, DealType } from '../data/format.ts';
import { narrowed, Pool } from '../data/pool.ts';
import type { ExclusionReason } from './counting.ts';
import type { Headline } from './headline.ts';

export interface DealRecord {
  readonly index: number;
  readonly deal: Deal;
  /** Company indices. */
  readonly from: number;
  readonly to: number;
  readonly type: DealType;
  /** First millisecond of the deal's date (UTC); undefined for undated deals. */
  readonly start: number | undefined;
  /** Start of the end date, if the relationship ended. */
  readonly end: number | undefined;
  readonly headline: Headline;
  /** Reported or low-confidence: drawn as unconfirmed. */
  readonly unconfirmed: boolean;
  /** Not added to totals (over the whole file): terminated, superseded, or a smaller overlapping figure. */
  readonly excludedFromTotals: boolean;
  /** Why it is not added, when it is not. */
  readonly excludedReason: ExclusionReason | undefined;
}

/**
 * What the model works out for one deal, handed to `DealRecords.add` in date order: a record's facts (its company
 * indices -1 for a company not found) and why it is not counted, if it is not.
 */
export type DealFacts = Pick<
  DealRecord,
  'deal' | 'from' | 'to' | 'type' | 'start' | 'end' | 'headline' | 'unconfirmed'
> & { readonly reason: ExclusionReason | undefined };

const REASONS: readonly (ExclusionReason | undefined)[] = [undefined, 'terminated', 'superseded', 'overlap'];

/** Collects the facts of a model's deals, in date order, and makes their records. */
export class DealRecords {
  readonly #deals: Deal[] = [];
  /** Company index + 1 (0: not found). */
  readonly #from: Uint32Array;
  readonly #to: Uint32Array;
  readonly #type: Uint32Array;
  readonly #start: Uint32Array;
  readonly #end: Uint32Array;
  readonly #headline: Uint32Array;
  /** Bit 0: unconfirmed; the rest: the exclusion reason's place in REASONS (0: counted). */
  readonly #state: Uint8Array;
  readonly #types = new Pool<DealType>();
  readonly #dates = new Pool<number | undefined>();
  readonly #headlines = new Pool<Headline>();
  #count = 0;
  /** The highest company index + 1 added. */
  #companies = 0;

  /** `count`: how many deals will be added. */
  constructor(count: number) {
    this.#from = new Uint32Array(count);
    this.#to = new Uint32Array(count);
    this.#type = new Uint32Array(count);
    this.#start = new Uint32Array(count);
    this.#end = new Uint32Array(count);
    this.#headline = new Uint32Array(count);
    this.#state = new Uint8Array(count);
  }

  /** The facts of the next deal in date order. */
  add(facts: DealFacts): void {
    const i = this.#count++;
    this.#deals.push(facts.deal);
    this.#from[i] = facts.from + 1;
    this.#to[i] = facts.to + 1;
    this.#companies = Math.max(this.#companies, facts.from + 1, facts.to + 1);
    this.#type[i] = this.#types.placeOf(facts.type);
    this.#start[i] = this.#dates.placeOf(facts.start);
    this.#end[i] = this.#dates.placeOf(facts.end);
    this.#headline[i] = this.#headlines.placeOf(facts.headline);
    this.#state[i] = Number(facts.unconfirmed) + 2 * REASONS.indexOf(facts.reason);
  }

  /** One record per deal added, in the order added, as a list of its exact size. */
  records(): DealRecord[] {
    const n = this.#count;
    // At its exact size: a list grown by push keeps spare room.
    const deals = this.#deals.slice();
    const from = narrowed(this.#from.subarray(0, n), this.#companies);
    const to = narrowed(this.#to.subarray(0, n), this.#companies);
    for (const pool of [this.#types, this.#dates, this.#headlines]) pool.seal();
    const types = this.#types.values;
    const type = narrowed(this.#type.subarray(0, n), types.length);
    const dates = this.#dates.values;
    const start = narrowed(this.#start.subarray(0, n), dates.length);
    const end = narrowed(this.#end.subarray(0, n), dates.length);
    const headlines = this.#headlines.values;
    const headline = narrowed(this.#headline.subarray(0, n), headlines.length);
    const state = this.#state.slice(0, n);

    class ModelDeal implements DealRecord {
      readonly index: number;

      constructor(index: number) {
        this.index = index;
      }

      get deal(): Deal {
        return deals[this.index] as Deal;
      }
      get from(): number {
        return (from[this.index] as number) - 1;
      }
      get to(): number {
        return (to[this.index] as number) - 1;
      }
      get type(): DealType {
        return types[type[this.index] as number] as DealType;
      }
      get start(): number | undefined {
        return dates[start[this.index] as number];
      }
      get end(): number | undefined {
        return dates[end[this.index] as number];
      }
      get headline(): Headline {
        return headlines[headline[this.index] as number] as Headline;
      }
      get unconfirmed(): boolean {
        return ((state[this.index] as number) & 1) === 1;
      }
      get excludedFromTotals(): boolean {
        return (state[this.index] as number) > 1;
      }
      get excludedReason(): ExclusionReason | undefined {
        return REASONS[(state[this.index] as number) >> 1];
      }
    }

    const records: DealRecord[] = [];
    for (let i = 0; i < n; i++) records.push(new ModelDeal(i));
    // At its exact size: a list grown by push keeps spare room (60 kB at 60,000 deals).
    return records.slice();
  }
}
