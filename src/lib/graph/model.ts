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
import { countingPlan, type CountingPlan } from './counting.ts';
import { DealRecords, type DealRecord } from './deal-records.ts';
import { headlineOf, type Headline } from './headline.ts';

export type { DealRecord } from './deal-records.ts';

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
  const records = new DealRecords(sortedDeals.length);
  for (const [index, { deal, start, end, headline }] of sortedDeals.entries()) {
    records.add({
      deal,
      from: endOf(deal.from),
      to: endOf(deal.to),
      type: dealTypes.get(deal.type) as DealType,
      start,
      end,
      headline,
      unconfirmed: deal.status === 'reported' || deal.confidence === 'low',
      reason: reasons[index],
    });
    if (index % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
  }
  const deals = records.records();
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
    deals,
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
