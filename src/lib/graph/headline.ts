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

/**
 * A headline, made in one place so that every headline has the same layout: four fields inside the object (a
 * spread copy keeps two of them in a second block, 12 bytes more per deal). The first one made has no figure,
 * so the figure's field holds any value: a deal's headline then shares its amount's number instead of a copy.
 */
function headline(kind: AmountKind, round: boolean, usd: number | undefined, perYear: boolean): Headline {
  return { kind, round, usd, perYear };
}

/** The headline of every deal without a figure: one object, shared. */
const UNDISCLOSED: Headline = Object.freeze(headline('undisclosed', false, undefined, false));

export function headlineOf(deal: Deal): Headline {
  const amount = deal.amount;
  if (!amount || amount.usd === undefined || amount.kind === 'undisclosed') return UNDISCLOSED;
  const round = amount.scope === 'round';
  const yearly =
    amount.scope === 'perYear' ? amount.usd : amount.scope === 'perMonth' ? amount.usd * 12 : undefined;
  if (yearly === undefined) return headline(amount.kind, round, amount.usd, false);
  if (deal.termYears !== undefined) return headline(amount.kind, round, yearly * deal.termYears, false);
  return headline(amount.kind, round, yearly, true);
}
