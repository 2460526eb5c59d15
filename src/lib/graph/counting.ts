/**
 * Which deals add their money to totals, and why the others do not (the brief, "Headline USD"): terminated
 * deals never count; a deal superseded by a later one does not count once its successor exists; in a group of
 * overlapping deals (linked by `overlaps`, in either direction) only the largest figure counts, ties going to
 * the smallest id.
 *
 * `countingPlan` does the linear work once per data file: overlap groups are found by a union–find over the
 * `overlaps` links, so each link is looked at a constant number of times (see the counted-work test).
 * `countedAsOf` then answers "which deals count at time t" in one pass over the deals: at t only the deals active
 * then (started, not ended, not terminated) take part, so a smaller overlapping figure counts until the larger one
 * is announced, and a superseded deal counts until its successor's date.
 */
import type { Deal } from '../data/format.ts';
import { NONE } from '../data/compact.ts';

export type ExclusionReason = 'terminated' | 'superseded' | 'overlap';

/** The part of a deal record counting needs (model.ts's DealRecord has all of it). */
export interface CountableDeal {
  readonly deal: Deal;
  readonly start: number | undefined;
  readonly end: number | undefined;
  readonly headline: { readonly usd: number | undefined };
}

export interface CountingPlan {
  /** Overlap group per deal (index into the deal list), or -1 for a deal that overlaps nothing. */
  readonly group: Int32Array;
  /** Number of overlap groups. */
  readonly groups: number;
  /** Index of the superseding deal, or -1. */
  readonly successor: Int32Array;
}

/** The plan, and why each deal is left out of totals when every deal of the file is taken into account. */
export interface CountingPlanAndReasons extends CountingPlan {
  readonly reasons: readonly (ExclusionReason | undefined)[];
}

/** Counts the elementary steps of `countingPlan`, for tests that catch a return of quadratic work. */
export interface WorkCounter {
  steps: number;
}

export function countingPlan(deals: readonly CountableDeal[], work?: WorkCounter): CountingPlanAndReasons {
  const n = deals.length;
  const indexOf = new Map<string, number>();
  deals.forEach((d, i) => indexOf.set(d.deal.id, i));

  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) {
      root = parent[root] as number;
      if (work) work.steps++;
    }
    // Path compression: later finds from anywhere on this path take one step.
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const linked = new Uint8Array(n);
  const successor = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const deal = (deals[i] as CountableDeal).deal;
    for (const id of deal.overlaps ?? NONE) {
      if (work) work.steps++;
      const j = indexOf.get(id);
      if (j === undefined || j === i) continue;
      linked[i] = linked[j] = 1;
      const a = find(i);
      const b = find(j);
      // Union by smaller index keeps the trees shallow enough with path compression.
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
    if (deal.supersededBy !== undefined) {
      const j = indexOf.get(deal.supersededBy);
      if (j !== undefined && j !== i) successor[i] = j;
    }
  }

  const group = new Int32Array(n).fill(-1);
  const groupOfRoot = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (work) work.steps++;
    if (!linked[i]) continue;
    const root = find(i);
    let g = groupOfRoot.get(root);
    if (g === undefined) groupOfRoot.set(root, (g = groupOfRoot.size));
    group[i] = g;
  }

  const reasons = exclusionsAt(deals, { group, groups: groupOfRoot.size, successor }, undefined);
  return { group, groups: groupOfRoot.size, successor, reasons };
}

/**
 * 1 where the deal's money counts at time `t` (ms): the deal is active then and neither superseded by a deal that
 * exists by then nor the smaller figure of an active overlapping deal. Linear in the number of deals.
 */
export function countedAsOf(deals: readonly CountableDeal[], plan: CountingPlan, t: number): Uint8Array {
  const reasons = exclusionsAt(deals, plan, t);
  const counted = new Uint8Array(deals.length);
  deals.forEach((d, i) => {
    if (reasons[i] === undefined && isActive(d, t)) counted[i] = 1;
  });
  return counted;
}

/** A deal is active at t when it started by t, had not ended by t and was not called off. */
export function isActive(d: CountableDeal, t: number): boolean {
  if (d.deal.status === 'terminated') return false;
  if (d.start === undefined || d.start > t) return false;
  return d.end === undefined || t < d.end;
}

/**
 * The reason each deal is left out at time t; with t undefined, over the whole file (every deal taking part,
 * ended or not, as the static totals have always done).
 */
function exclusionsAt(
  deals: readonly CountableDeal[],
  plan: Pick<CountingPlan, 'group' | 'groups' | 'successor'>,
  t: number | undefined,
): (ExclusionReason | undefined)[] {
  const takesPart = (d: CountableDeal) => (t === undefined ? d.deal.status !== 'terminated' : isActive(d, t));
  const reasons: (ExclusionReason | undefined)[] = deals.map((d, i) => {
    if (d.deal.status === 'terminated') return 'terminated';
    const next = plan.successor[i] ?? -1;
    const successor = next === -1 ? undefined : deals[next];
    if (successor && successor.deal.status !== 'terminated') {
      if (t === undefined || (successor.start !== undefined && successor.start <= t)) return 'superseded';
    }
    return undefined;
  });
  // The largest counted figure of each group, among the deals that take part at t.
  const best = new Int32Array(plan.groups).fill(-1);
  deals.forEach((d, i) => {
    const g = plan.group[i] ?? -1;
    if (g === -1 || reasons[i] !== undefined || !takesPart(d)) return;
    const current = best[g] ?? -1;
    if (current === -1 || larger(d, deals[current] as CountableDeal)) best[g] = i;
  });
  deals.forEach((d, i) => {
    const g = plan.group[i] ?? -1;
    if (g !== -1 && reasons[i] === undefined && best[g] !== i && (t === undefined || takesPart(d)))
      reasons[i] = 'overlap';
  });
  return reasons;
}

function larger(a: CountableDeal, b: CountableDeal): boolean {
  const ua = a.headline.usd ?? -1;
  const ub = b.headline.usd ?? -1;
  return ua !== ub ? ua > ub : a.deal.id < b.deal.id;
}
