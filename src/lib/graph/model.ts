/**
 * The immutable graph model, built once per data file: companies in canonical (id) order, deals in date
 * order, integer indices inside, string ids only at the edges. Filters, layout, styling and the UI read it;
 * nothing ever changes it.
 */
import { endOf, startOf } from '../data/dates.ts';
import type { Category, Company, Deal, DealMap, DealType } from '../data/format.ts';
import { headlineOf, type Headline } from './headline.ts';

export interface DealRecord {
  readonly index: number;
  readonly deal: Deal;
  /** Company indices. */
  readonly from: number;
  readonly to: number;
  readonly type: DealType;
  /** First and last millisecond of the deal's date (UTC); undefined for undated deals. */
  readonly start: number | undefined;
  readonly startEnd: number | undefined;
  /** Start of the end date, if the relationship ended. */
  readonly end: number | undefined;
  readonly headline: Headline;
  /** Reported or low-confidence: drawn as unconfirmed. */
  readonly unconfirmed: boolean;
  /** Not added to totals: terminated, superseded, or a smaller overlapping figure. */
  readonly excludedFromTotals: boolean;
}

export interface GraphModel {
  readonly map: DealMap;
  /** Sorted by id: the canonical order for layout and rendering. */
  readonly companies: readonly Company[];
  /** Company id (and former id) → index. */
  readonly companyIndex: ReadonlyMap<string, number>;
  /** Sorted by date (undated last), then id. */
  readonly deals: readonly DealRecord[];
  readonly dealIndex: ReadonlyMap<string, number>;
  readonly categories: ReadonlyMap<string, Category>;
  readonly dealTypes: ReadonlyMap<string, DealType>;
  /** Deal indices per company index, in date order. */
  readonly dealsOf: readonly (readonly number[])[];
  /**
   * Headline USD per company over the money-moving deals counted in totals (inflow + outflow; a round counts
   * for the investee only).
   */
  readonly volume: Float64Array;
  /** Number of deals per company (all statuses). */
  readonly dealCount: Uint32Array;
  /** Earliest and latest deal start (ms), for time controls. */
  readonly extent: readonly [number, number] | undefined;
}

export function buildModel(map: DealMap): GraphModel {
  const companies = map.companies.toSorted((a, b) => compare(a.id, b.id));
  const companyIndex = new Map<string, number>();
  companies.forEach((c, i) => companyIndex.set(c.id, i));
  companies.forEach((c, i) => c.formerIds.forEach((f) => companyIndex.has(f) || companyIndex.set(f, i)));
  const dealTypes = new Map(map.dealTypes.map((t) => [t.id, t]));
  const excluded = excludedFromTotals(map.deals);

  const sortedDeals = map.deals
    .map((deal) => ({ deal, start: startOf(deal.date) }))
    .toSorted((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || compare(a.deal.id, b.deal.id));
  const deals: DealRecord[] = sortedDeals.map(({ deal, start }, index) => ({
    index,
    deal,
    from: companyIndex.get(deal.from) ?? -1,
    to: companyIndex.get(deal.to) ?? -1,
    type: dealTypes.get(deal.type) as DealType,
    start,
    startEnd: endOf(deal.date),
    end: startOf(deal.endDate),
    headline: headlineOf(deal),
    unconfirmed: deal.status === 'reported' || deal.confidence === 'low',
    excludedFromTotals: excluded.has(deal.id),
  }));

  const dealsOf: number[][] = companies.map(() => []);
  const volume = new Float64Array(companies.length);
  const dealCount = new Uint32Array(companies.length);
  for (const record of deals) {
    dealsOf[record.from]?.push(record.index);
    dealsOf[record.to]?.push(record.index);
    add(dealCount, record.from, 1);
    add(dealCount, record.to, 1);
    const usd = record.headline.usd;
    if (usd === undefined || record.excludedFromTotals || record.type.flow === 'none') continue;
    add(volume, record.to, usd);
    if (!record.headline.round) add(volume, record.from, usd);
  }
  const starts = deals.flatMap((d) => (d.start === undefined ? [] : [d.start]));
  return {
    map,
    companies,
    companyIndex,
    deals,
    dealIndex: new Map(deals.map((d) => [d.deal.id, d.index])),
    categories: new Map(map.categories.map((c) => [c.id, c])),
    dealTypes,
    dealsOf,
    volume,
    dealCount,
    extent: starts.length ? [Math.min(...starts), Math.max(...starts)] : undefined,
  };
}

/**
 * Deals whose money is already counted elsewhere: terminated deals, deals superseded by a later one, and in each
 * group of overlapping deals every deal but the one with the largest figure (ties: the earliest id).
 */
export function excludedFromTotals(deals: readonly Deal[]): Set<string> {
  const byId = new Map(deals.map((d) => [d.id, d]));
  const excluded = new Set<string>();
  for (const d of deals) {
    if (d.status === 'terminated') excluded.add(d.id);
    if (d.supersededBy !== undefined && byId.has(d.supersededBy)) excluded.add(d.id);
  }
  // Overlaps go both ways: index who lists whom once, so each group is found in linear time.
  const listedBy = new Map<string, string[]>();
  for (const d of deals) {
    for (const other of d.overlaps) {
      const list = listedBy.get(other);
      if (list) list.push(d.id);
      else listedBy.set(other, [d.id]);
    }
  }
  const seen = new Set<string>();
  for (const d of deals) {
    if (seen.has(d.id) || (d.overlaps.length === 0 && !listedBy.has(d.id))) continue;
    const group: Deal[] = [];
    const queue = [d.id];
    seen.add(d.id);
    while (queue.length > 0) {
      const current = byId.get(queue.pop() as string);
      if (!current) continue;
      group.push(current);
      const neighbours = [
        ...current.overlaps,
        ...deals.filter((o) => o.overlaps.includes(current.id)).map((o) => o.id),
      ];
      for (const next of neighbours) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    const counted = group.filter((g) => !excluded.has(g.id));
    const keep = counted.toSorted(
      (a, b) => (headlineOf(b).usd ?? -1) - (headlineOf(a).usd ?? -1) || compare(a.id, b.id),
    )[0];
    for (const g of counted) if (g !== keep) excluded.add(g.id);
  }
  return excluded;
}

function add(array: Float64Array | Uint32Array, index: number, value: number): void {
  array[index] = (array[index] ?? 0) + value;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
