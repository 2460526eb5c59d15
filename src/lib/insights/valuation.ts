/**
 * Company size by valuation (`size=valuation`): each company's latest known valuation or market cap as of a date,
 * and the sizes the map draws from them. Pure; no DOM.
 */
import { startOf } from '../data/dates.ts';
import type { Company, Valuation } from '../data/format.ts';
import type { GraphModel } from '../graph/model.ts';

/** The latest valuation dated on or before `t` (ms), or undefined when none is known by then. */
export function valuationAsOf(company: Company | undefined, t: number): Valuation | undefined {
  let latest: Valuation | undefined;
  let latestStart = -Infinity;
  for (const valuation of company?.valuations ?? []) {
    const start = startOf(valuation.date);
    if (start === undefined || start > t || start < latestStart) continue;
    latest = valuation;
    latestStart = start;
  }
  return latest;
}

/** The share of the largest size a company without a known valuation is drawn at (the neutral size). */
export const NEUTRAL_SHARE = 0.02;

export interface ValuationSizes {
  /**
   * Per company, a value on the scale of the model's deal volumes (render/size.ts sizes circles by area from
   * `model.volume`'s largest value): the largest valuation at `t` maps to that largest volume, others in
   * proportion; companies without a valuation get `NEUTRAL_SHARE` of it.
   */
  readonly volume: Float64Array;
  /** 1 where the company has a valuation as of `t`. */
  readonly known: Uint8Array;
  /** Number of companies with a valuation as of `t`. */
  readonly count: number;
}

export function valuationSizes(model: GraphModel, t: number): ValuationSizes {
  const n = model.companies.length;
  const usd = new Float64Array(n);
  const known = new Uint8Array(n);
  let count = 0;
  let largest = 0;
  model.companies.forEach((company, i) => {
    const valuation = valuationAsOf(company, t);
    if (!valuation) return;
    usd[i] = valuation.usd;
    known[i] = 1;
    count++;
    largest = Math.max(largest, valuation.usd);
  });
  let top = 0;
  for (const v of model.volume) top = Math.max(top, v);
  if (top === 0) top = 1;
  const volume = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    volume[i] = known[i] && largest > 0 ? (top * (usd[i] ?? 0)) / largest : top * NEUTRAL_SHARE;
  }
  return { volume, known, count };
}
