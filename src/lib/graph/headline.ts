/**
 * The headline USD figure of a deal (node size, totals, `min`, edge width, charts), per the brief:
 * - `total` and `round` amounts as given (a round counts in full toward the investee only);
 * - `perYear` × termYears when the term is known, otherwise the yearly figure flagged "/yr";
 *   `perMonth` likewise (× 12 per year);
 * - `upTo`, `atLeast` and `estimated` counted at their figure and flagged;
 * - undisclosed deals count as deals, not dollars (`usd` undefined).
 */
import type { AmountKind, Deal } from '../data/format.ts';

export interface Headline {
  /** US dollars, or undefined when no figure is known. */
  readonly usd: number | undefined;
  readonly kind: AmountKind;
  /** True when `usd` is a yearly rate (no term known to total it). */
  readonly perYear: boolean;
  /** True when `usd` is a whole funding round, not the lead investor's own share. */
  readonly round: boolean;
}

/** The headline of every deal without a figure: one object, shared. */
const UNDISCLOSED: Headline = Object.freeze({
  usd: undefined,
  kind: 'undisclosed',
  perYear: false,
  round: false,
});

export function headlineOf(deal: Deal): Headline {
  const amount = deal.amount;
  if (!amount || amount.usd === undefined || amount.kind === 'undisclosed') return UNDISCLOSED;
  const base = { kind: amount.kind, round: amount.scope === 'round' };
  const yearly =
    amount.scope === 'perYear' ? amount.usd : amount.scope === 'perMonth' ? amount.usd * 12 : undefined;
  if (yearly === undefined) return { ...base, usd: amount.usd, perYear: false };
  if (deal.termYears !== undefined) return { ...base, usd: yearly * deal.termYears, perYear: false };
  return { ...base, usd: yearly, perYear: true };
}
