/**
 * The immutable graph model, built once per data file: companies in canonical (id) order, deals in date
 * order, integer indices inside, string ids only at the edges. Filters, layout, styling and the UI read it;
 * nothing ever changes it.
 */
import { startOf } from '../data/dates.ts';
import type { Amount, Category, Company, Deal, DealMap, DealType } from '../data/format.ts';
import { runInSlices, runToEnd, type SliceOptions } from '../data/slices.ts';
import { dealRanges, type CompanyDeals } from './company-deals.ts';
import { CompanyIndex, type CompanyLookup } from './company-index.ts';
import { countingPlan, type CountingPlan, type ExclusionReason } from './counting.ts';
import { headlineOf, type Headline } from './headline.ts';

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

export interface GraphModel {
  readonly map: DealMap;
  /** Sorted by id: the canonical order for layout and rendering. */
  readonly companies: readonly Company[];
  /** Company id (and former id) → index. */
  readonly companyIndex: CompanyLookup;
  /** Sorted by date (undated last), then id. */
  readonly deals: readonly DealRecord[];
  readonly dealIndex: ReadonlyMap<string, number>;
  readonly categories: ReadonlyMap<string, Category>;
  readonly dealTypes: ReadonlyMap<string, DealType>;
  /**
   * Deal indices per company index, in date order, as ranges of one list: company i's deals are
   * `companyDeals.list[start[i]]` up to `list[start[i + 1]]` (read them with `dealsOf`). One typed list, not a
   * list per company: 20,000 companies' lists took 1 MB of the heap.
   */
  readonly companyDeals: CompanyDeals;
  /**
   * Headline USD per company over the money-moving deals counted in totals (inflow + outflow; a round counts
   * for the investee only; money for existing shares, `secondary`, is not the investee's).
   */
  readonly volume: Float64Array;
  /** Number of deals per company (all statuses). */
  readonly dealCount: Uint32Array;
  /** Earliest and latest deal start (ms), for time controls. */
  readonly extent: readonly [number, number] | undefined;
  /** Overlap groups and successors, to tell which deals count at a given date (counting.ts). */
  readonly counting: CountingPlan;
}

export function buildModel(map: DealMap): GraphModel {
  return runToEnd(modelSteps(map));
}

/**
 * The model built in a few pieces with pauses between them (slices.ts): a file of 60,000 deals is modelled
 * without holding the page for a couple of hundred ms at once. The same model as buildModel.
 */
export function buildModelInSlices(map: DealMap, slices?: SliceOptions): Promise<GraphModel> {
  return runInSlices(modelSteps(map), slices);
}

const REASONS: readonly (ExclusionReason | undefined)[] = [undefined, 'terminated', 'superseded', 'overlap'];

/** Bits for each of a deal record's two ends in the one small number that holds both. */
const END_BITS = 15;
/** A model holds fewer companies than this: a deal record keeps its two ends in one small number. */
export const PACKED_ENDS_LIMIT = 1 << END_BITS;

/**
 * A deal record as the model stores it: its two company indices share one small number, and whether it is
 * unconfirmed and why it is not counted another (`state`): 12 bytes less than three more fields over 60,000
 * deals. Deals of one date share their date's number (a field first defined as undefined holds any value as it
 * is), not a box each. Few deals have ended: the end date is kept by those only (EndedDeal), 4 bytes less for
 * every other.
 */
class ModelDeal implements DealRecord {
  readonly index: number;
  readonly deal: Deal;
  /** from + 1 in the high bits, to + 1 in the low END_BITS: an end not found (-1) is kept as it is. */
  readonly #ends: number;
  readonly type: DealType;
  readonly start: number | undefined;
  readonly headline: Headline;
  /** Bit 0: unconfirmed; the rest: the exclusion reason's place in REASONS (0: counted). */
  readonly state: number;

  constructor(
    index: number,
    deal: Deal,
    ends: readonly [from: number, to: number],
    type: DealType,
    // Passed on its own, not in a list: a list of numbers keeps them unboxed, and each would be boxed anew.
    start: number | undefined,
    headline: Headline,
    unconfirmed: boolean,
    reason: ExclusionReason | undefined,
  ) {
    this.index = index;
    this.deal = deal;
    this.#ends = ((ends[0] + 1) << END_BITS) | (ends[1] + 1);
    this.type = type;
    this.start = start;
    this.headline = headline;
    this.state = Number(unconfirmed) + 2 * REASONS.indexOf(reason);
  }

  get from(): number {
    return (this.#ends >> END_BITS) - 1;
  }
  get to(): number {
    return (this.#ends & (PACKED_ENDS_LIMIT - 1)) - 1;
  }
  get end(): number | undefined {
    return undefined;
  }
  get unconfirmed(): boolean {
    return (this.state & 1) === 1;
  }
  get excludedFromTotals(): boolean {
    return this.state > 1;
  }
  get excludedReason(): ExclusionReason | undefined {
    return REASONS[this.state >> 1];
  }
}

/** A deal record with an end date. */
class EndedDeal extends ModelDeal {
  readonly #end: number;

  constructor(
    index: number,
    deal: Deal,
    ends: readonly [from: number, to: number],
    type: DealType,
    start: number | undefined,
    end: number,
    headline: Headline,
    unconfirmed: boolean,
    reason: ExclusionReason | undefined,
  ) {
    super(index, deal, ends, type, start, headline, unconfirmed, reason);
    this.#end = end;
  }

  override get end(): number {
    return this.#end;
  }
}

/** startOf, one number per distinct date text (deals of one month share it). */
function pooledStarts(): (text: string | undefined) => number | undefined {
  const starts = new Map<string, number | undefined>();
  return (text) => {
    if (text === undefined) return undefined;
    if (starts.has(text)) return starts.get(text);
    const start = startOf(text);
    starts.set(text, start);
    return start;
  };
}

/**
 * headlineOf, one headline per amount for deals without a term (the validator gives deals of one figure one
 * amount object): a market of 60,000 deals repeats a few thousand figures.
 */
function pooledHeadlines(): (deal: Deal) => Headline {
  const byAmount = new Map<Amount, Headline>();
  return (deal) => {
    const { amount } = deal;
    if (!amount || deal.termYears !== undefined) return headlineOf(deal);
    let headline = byAmount.get(amount);
    if (!headline) byAmount.set(amount, (headline = headlineOf(deal)));
    return headline;
  };
}

/** Deal records made between two pauses of a sliced build. */
const RECORDS_PER_STEP = 8192;

function* modelSteps(map: DealMap): Generator<void, GraphModel> {
  // The validator lets no more than MAX_COMPANIES through (a unit test holds it below the limit).
  if (map.companies.length >= PACKED_ENDS_LIMIT)
    throw new RangeError(`A model holds at most ${PACKED_ENDS_LIMIT} companies.`);
  const companies = map.companies.toSorted((a, b) => compare(a.id, b.id));
  const companyIndex = new CompanyIndex(companies);
  // Every deal's two ends are looked up while building: through a map, dropped once the records are made.
  const indexOf = new Map<string, number>();
  companies.forEach((c, i) => indexOf.set(c.id, i));
  const endOf = (id: string) => indexOf.get(id) ?? companyIndex.get(id) ?? -1;
  const dealTypes = new Map(map.dealTypes.map((t) => [t.id, t]));
  const startOfDate = pooledStarts();
  const headlineOfDeal = pooledHeadlines();
  const sortedDeals = map.deals
    .map((deal) => ({
      deal,
      start: startOfDate(deal.date),
      end: startOfDate(deal.endDate),
      headline: headlineOfDeal(deal),
    }))
    .toSorted((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || compare(a.deal.id, b.deal.id));
  yield;
  // The reasons go into the deal records: the model keeps the plan only.
  const { reasons, ...counting } = countingPlan(sortedDeals);
  yield;
  const deals: DealRecord[] = [];
  for (const [index, { deal, headline }] of sortedDeals.entries()) {
    // Dates read from the pool, not from the sorted entry: the record then shares its date's number.
    const ends = [endOf(deal.from), endOf(deal.to)] as const;
    const type = dealTypes.get(deal.type) as DealType;
    const start = startOfDate(deal.date);
    const end = startOfDate(deal.endDate);
    const unconfirmed = deal.status === 'reported' || deal.confidence === 'low';
    const record =
      end === undefined
        ? new ModelDeal(index, deal, ends, type, start, headline, unconfirmed, reasons[index])
        : new EndedDeal(index, deal, ends, type, start, end, headline, unconfirmed, reasons[index]);
    deals.push(record);
    if (index % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
  }
  yield;

  const volume = new Float64Array(companies.length);
  const dealCount = new Uint32Array(companies.length);
  for (const record of deals) {
    add(dealCount, record.from, 1);
    add(dealCount, record.to, 1);
    if (!record.excludedFromTotals) addVolume(volume, record);
  }
  const companyDeals = dealRanges(deals, dealCount);
  yield;
  const starts = deals.flatMap((d) => (d.start === undefined ? [] : [d.start]));
  return withDealIndex({
    map,
    companies,
    companyIndex,
    // At its exact size: a list grown by push keeps spare room (60 kB at 60,000 deals).
    deals: deals.slice(),
    categories: new Map(map.categories.map((c) => [c.id, c])),
    dealTypes,
    companyDeals,
    volume,
    dealCount,
    extent: starts.length ? [Math.min(...starts), Math.max(...starts)] : undefined,
    counting,
  });
}

/**
 * The model with its deal id → index map, built on first use and then kept (asked for by id only when a deal
 * is selected or a story names deals). Made here, not in the build: a getter made there would keep everything
 * the build's own functions used (the map of every company id it looked deals up with) for the model's life.
 */
function withDealIndex(model: Omit<GraphModel, 'dealIndex'>): GraphModel {
  let index: Map<string, number> | undefined;
  const { map, companies, companyIndex, deals, ...rest } = model;
  return {
    map,
    companies,
    companyIndex,
    deals,
    get dealIndex() {
      return (index ??= new Map(deals.map((d) => [d.deal.id, d.index])));
    },
    ...rest,
  };
}

/**
 * Adds a counted deal's headline USD to the deal volume of its companies: to both sides, except that a round
 * is not its lead investor's own money and money for existing shares (`secondary`) never reached the investee.
 */
export function addVolume(volume: Float64Array, record: DealRecord): void {
  const usd = record.headline.usd;
  if (usd === undefined || record.type.flow === 'none') return;
  if (!record.deal.secondary) add(volume, record.to, usd);
  if (!record.headline.round) add(volume, record.from, usd);
}

function add(array: Float64Array | Uint32Array, index: number, value: number): void {
  array[index] = (array[index] ?? 0) + value;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
