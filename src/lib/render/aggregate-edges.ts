/**
 * Aggregate edges: several deals between one pair drawn as one line — width by the pair's counted headline
 * total, a count badge — until the pair is brought forward (one of its companies hovered, selected or focused,
 * or one of its deals selected), when it fans out into its deals again. Used with `units=merge`, where a
 * parent and its units make one relationship ("Amazon ↔ Anthropic").
 */
import type { DealRecord } from '../graph/model.ts';
import type { ThemeName } from './types.ts';

export interface PairDeal {
  readonly record: DealRecord;
  /** Company indices the deal is drawn between (after merging units). */
  readonly from: number;
  readonly to: number;
}

export interface AggregateLine {
  readonly from: number;
  readonly to: number;
  /** Money moves one way only: an arrowhead that way. */
  readonly arrow: boolean;
  /** Counted headline USD, both ways together. */
  readonly usd: number;
  readonly color: string;
  /** The latest deal: clicking the aggregate selects it (its details total the pair). */
  readonly latest: DealRecord;
}

/** How a pair of two or more deals is drawn as one line. */
export function aggregateLine(
  group: readonly PairDeal[],
  counted: Uint8Array,
  theme: ThemeName,
): AggregateLine | undefined {
  const first = group[0];
  const latest = group.at(-1);
  if (!first || !latest || group.length < 2) return undefined;
  const a = Math.min(first.from, first.to);
  const b = Math.max(first.from, first.to);
  let forward = 0;
  let backward = 0;
  let biggest = first.record;
  for (const { record, from } of group) {
    if (record.type.flow !== 'money') continue;
    const usd = counted[record.index] && !record.deal.secondary ? (record.headline.usd ?? 0) : 0;
    if (from === a) forward += usd || 1e-9;
    else backward += usd || 1e-9;
    if ((record.headline.usd ?? 0) > (biggest.headline.usd ?? 0)) biggest = record;
  }
  const oneWay = forward > 0 !== backward > 0;
  const usd = Math.round(forward + backward);
  return {
    from: oneWay && backward > 0 ? b : a,
    to: oneWay && backward > 0 ? a : b,
    arrow: oneWay,
    usd,
    color: (theme === 'dark' ? biggest.type.colorDark : undefined) ?? biggest.type.color,
    latest: latest.record,
  };
}
