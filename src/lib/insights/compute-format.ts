/**
 * Words and figures for the compute view (bars, tables, CSV, exports): a commitment's amount with the same
 * qualifiers as every other sum on the map (format/money.ts), what it includes, and which deal a segment opens.
 */
import { formatDate } from '../format/date.ts';
import { formatNumber, formatTotal, formatUsd, kindPrefix, totalNotes } from '../format/money.ts';
import type { GraphModel } from '../graph/model.ts';
import type { Commitment, ComputeRow } from './compute.ts';

/** The commitment as a total bucket, so the map's own sum formatter and notes apply. */
function asTotal(c: Commitment) {
  return {
    usd: c.usd,
    perYearUsd: c.perYearUsd,
    deals: c.deals.length,
    // Only figures added to `usd` (a sum of rates alone is not "$0 + $1B/yr").
    figures: c.usd > 0 ? c.figures : 0,
    undisclosed: c.undisclosed,
    roundsLed: 0,
    roundsLedUsd: 0,
    upTo: c.upTo,
    atLeast: c.atLeast,
    estimated: c.estimated,
    perYear: c.perYear,
  };
}

/**
 * "more than $300B", "$138B", "up to $15.9B", "$1B/yr", "$10B + $1B/yr", "Undisclosed", or "Ended" when all
 * its deals ended. A single qualified figure keeps its qualifier; a sum of several says what it includes in
 * `commitmentNotes`.
 */
export function commitmentAmount(c: Commitment): string {
  if (c.deals.length === 0) return c.ended.length > 0 ? 'Ended' : 'Not added (counted in another deal)';
  const text = formatTotal(asTotal(c));
  const kinds = (['upTo', 'atLeast', 'estimated'] as const).filter((k) => c[k]);
  const only = kinds.length === 1 && c.figures === 1 && !c.perYear ? kinds[0] : undefined;
  return only === undefined ? text : `${kindPrefix(only)}${text}`;
}

/** What the amount includes and what else is known: ["1 undisclosed", "4.5 GW", "1 ended"]. */
export function commitmentNotes(c: Commitment): string[] {
  const single =
    c.figures === 1 && !c.perYear && [c.upTo, c.atLeast, c.estimated].filter(Boolean).length === 1;
  const notes = c.deals.length === 0 ? [] : totalNotes(asTotal(c));
  const kept = single ? notes.filter((n) => !n.startsWith('includes')) : notes;
  if (c.gw !== undefined) kept.push(`${formatNumber(c.gw)} GW`);
  if (c.ended.length > 0) kept.push(`${c.ended.length} ended`);
  if (c.notCounted.length > 0) kept.push(`${c.notCounted.length} not added (superseded or overlapping)`);
  return kept;
}

/** "Jul 2019", or "Jul 2019 – Nov 2025" when the pair has deals at more than one date. */
export function commitmentDates(c: Commitment): string {
  if (c.firstDate === undefined) return 'undated';
  const first = formatDate(c.firstDate);
  const latest = formatDate(c.latestDate);
  return c.latestDate === undefined || latest === first ? first : `${first} – ${latest}`;
}

/** A row's total: "$453.9B + $1B/yr + 2 undisclosed", or "No counted deal". */
export function rowAmount(row: ComputeRow): string {
  const parts: string[] = [];
  if (row.usd > 0) parts.push(formatUsd(row.usd));
  if (row.perYearUsd > 0) parts.push(`${formatUsd(row.perYearUsd)}/yr`);
  if (row.undisclosed > 0) parts.push(`${row.undisclosed} undisclosed`);
  return parts.length > 0 ? parts.join(' + ') : 'No counted deal';
}

/**
 * The deal a segment opens in the details panel: its largest counted figure (the latest on a tie or when none
 * has a figure), else its latest ended or not-added deal.
 */
export function segmentDeal(model: GraphModel, c: Commitment): string | undefined {
  const usd = (i: number) => model.deals[i]?.headline.usd ?? -1;
  const best = c.deals.reduce<number | undefined>(
    (top, i) => (top === undefined || usd(i) > usd(top) ? i : top),
    undefined,
  );
  const index = best ?? c.ended[0] ?? c.notCounted[0];
  return index === undefined ? undefined : model.deals[index]?.deal.id;
}

/** "Microsoft Jul 2019 → Oracle Jun 2024 → CoreWeave Mar 2025": when each provider arrived, in order. */
export function arrivals(model: GraphModel, row: ComputeRow): string {
  return row.segments
    .filter((s) => s.first !== undefined)
    .toSorted((a, b) => (a.first as number) - (b.first as number) || a.company - b.company)
    .map((s) => `${model.companies[s.company]?.name ?? ''} ${formatDate(s.firstDate)}`)
    .join(' → ');
}
