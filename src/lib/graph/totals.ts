/**
 * A company's money in and money out, by deal type, in headline USD (see headline.ts), over the deals that count:
 * - deals excluded from totals (terminated, superseded, the smaller of overlapping figures) are skipped and
 *   counted in `notCounted`;
 * - deal types that move no money (`flow: "none"`) are skipped;
 * - a funding round counts in full toward the investee; for its lead investor it counts as a deal, not dollars
 *   (the investor's own share is not known), and is counted in `roundsLed`;
 * - yearly rates without a term are summed apart (`perYearUsd`), never added to totals;
 * - undisclosed deals count as deals, not dollars.
 * Each bucket says whether its sum includes "up to", "at least" or estimated figures.
 */
import type { DealType } from '../data/format.ts';
import type { GraphModel } from './model.ts';
import { dealsOf } from './company-deals.ts';

export interface TotalBucket {
  /** Sum of the headline figures that are totals. */
  readonly usd: number;
  /** Sum of the yearly rates that have no term to total them over. */
  readonly perYearUsd: number;
  /** Deals in this bucket, with or without a figure. */
  readonly deals: number;
  /** Deals whose figure is in `usd`. */
  readonly figures: number;
  /** Deals in this bucket without a figure. */
  readonly undisclosed: number;
  /** Whole rounds led by the company: counted as deals, not dollars. */
  readonly roundsLed: number;
  /** Sum of those whole rounds, for context only (the company's own share is not known). */
  readonly roundsLedUsd: number;
  readonly upTo: boolean;
  readonly atLeast: boolean;
  readonly estimated: boolean;
  /** True when `perYearUsd` holds any rate. */
  readonly perYear: boolean;
}

export interface TypeTotal {
  readonly type: DealType;
  readonly total: TotalBucket;
}

export interface DirectionTotals {
  /** Every counted deal in this direction. */
  readonly all: TotalBucket;
  /** Per deal type, in the model's type order; types without deals are left out. */
  readonly byType: readonly TypeTotal[];
}

export interface CompanyTotals {
  /** Money received: the company is the deal's `to`. */
  readonly incoming: DirectionTotals;
  /** Money paid: the company is the deal's `from`. */
  readonly outgoing: DirectionTotals;
  /**
   * Deals of the company (among those asked about) not added: terminated, superseded, overlapping or (as of a
   * date) ended.
   */
  readonly notCounted: number;
  /** Deals of the company whose type moves no money (partnerships). */
  readonly noMoney: number;
  /** Purchases of the company's existing shares (`secondary`): money that went to its holders, not to it. */
  readonly secondary: number;
}

export interface MutableBucket {
  usd: number;
  perYearUsd: number;
  deals: number;
  figures: number;
  undisclosed: number;
  roundsLed: number;
  roundsLedUsd: number;
  upTo: boolean;
  atLeast: boolean;
  estimated: boolean;
  perYear: boolean;
}

export function emptyBucket(): MutableBucket {
  return {
    usd: 0,
    perYearUsd: 0,
    deals: 0,
    figures: 0,
    undisclosed: 0,
    roundsLed: 0,
    roundsLedUsd: 0,
    upTo: false,
    atLeast: false,
    estimated: false,
    perYear: false,
  };
}

/**
 * Totals for one company over `dealIndices` (default: all of its deals). Indices of deals that do not involve
 * the company are ignored; each deal counts once even if listed twice. `counted` (by deal index, e.g.
 * Visibility.counted: the deals that count as of a date) replaces the whole-file rule of which deals count.
 */
export function companyTotals(
  model: GraphModel,
  companyIndex: number,
  dealIndices?: readonly number[],
  counted?: Uint8Array,
): CompanyTotals {
  const typeOrder = [...model.dealTypes.keys()];
  const incoming = new Map<string, MutableBucket>();
  const outgoing = new Map<string, MutableBucket>();
  const allIn = emptyBucket();
  const allOut = emptyBucket();
  let notCounted = 0;
  let noMoney = 0;
  let secondary = 0;
  const seen = new Set<number>();

  for (const index of dealIndices ?? dealsOf(model, companyIndex)) {
    const record = model.deals[index];
    if (!record || seen.has(index)) continue;
    seen.add(index);
    const isTo = record.to === companyIndex;
    const isFrom = record.from === companyIndex;
    if (!isTo && !isFrom) continue;
    if (record.type?.flow === 'none') {
      noMoney++;
      continue;
    }
    if (counted ? !counted[index] : record.excludedFromTotals) {
      notCounted++;
      continue;
    }
    if (isTo && record.deal.secondary) {
      secondary++;
      continue;
    }
    const typeId = record.deal.type;
    const sides: [Map<string, MutableBucket>, MutableBucket, boolean][] = [];
    if (isTo) sides.push([incoming, allIn, false]);
    if (isFrom) sides.push([outgoing, allOut, record.headline.round]);
    for (const [byType, all, roundLed] of sides) {
      let bucket = byType.get(typeId);
      if (!bucket) byType.set(typeId, (bucket = emptyBucket()));
      for (const b of [bucket, all]) addTo(b, record.headline, roundLed);
    }
  }

  const direction = (byType: Map<string, MutableBucket>, all: MutableBucket): DirectionTotals => ({
    all,
    byType: [...byType.entries()]
      .toSorted(([a], [b]) => rank(typeOrder, a) - rank(typeOrder, b))
      .flatMap(([id, total]) => {
        const type = model.dealTypes.get(id);
        return type ? [{ type, total }] : [];
      }),
  });
  return {
    incoming: direction(incoming, allIn),
    outgoing: direction(outgoing, allOut),
    notCounted,
    noMoney,
    secondary,
  };
}

export function addTo(
  bucket: MutableBucket,
  headline: GraphModel['deals'][number]['headline'],
  roundLed: boolean,
): void {
  bucket.deals++;
  const usd = headline.usd;
  if (roundLed) {
    bucket.roundsLed++;
    if (usd !== undefined && Number.isFinite(usd)) bucket.roundsLedUsd += usd;
    return;
  }
  if (usd === undefined || !Number.isFinite(usd)) {
    bucket.undisclosed++;
    return;
  }
  if (headline.perYear) {
    bucket.perYearUsd += usd;
    bucket.perYear = true;
  } else {
    bucket.usd += usd;
    bucket.figures++;
  }
  if (headline.kind === 'upTo') bucket.upTo = true;
  if (headline.kind === 'atLeast') bucket.atLeast = true;
  if (headline.kind === 'estimated') bucket.estimated = true;
}

export function rank(order: readonly string[], id: string): number {
  const i = order.indexOf(id);
  return i === -1 ? order.length : i;
}
