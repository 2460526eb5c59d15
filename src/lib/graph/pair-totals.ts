/**
 * The money between two companies, both ways, by deal type — with business units merged into their parent on
 * both sides (Amazon and AWS are one side), so "Amazon ↔ Anthropic" reads as one relationship. The rules are
 * companyTotals' (totals.ts): only deals that count (overlapping or superseded figures are not added twice;
 * `counted` gives the rule as of a date), types that move no money are listed but not added, a funding round
 * counts for its lead investor as a deal, not dollars (its own share is not known), undisclosed deals count as
 * deals, yearly rates without a term are kept apart, and purchases of existing shares (`secondary`) are not
 * money to the company.
 */
import type { DealRecord, GraphModel } from './model.ts';
import { dealsOf } from './company-deals.ts';
import { addTo, emptyBucket, rank, type DirectionTotals, type MutableBucket } from './totals.ts';

export interface PairSide {
  /** The side's head: the parent when the company is a business unit, else the company. */
  readonly index: number;
  /** The head and its business units. */
  readonly members: readonly number[];
}

export interface PairDeal {
  readonly record: DealRecord;
  /** Whether its money is added to the totals. */
  readonly added: boolean;
}

export interface PairTotals {
  readonly a: PairSide;
  readonly b: PairSide;
  /** Money from a's side to b's side, and back. */
  readonly aToB: DirectionTotals;
  readonly bToA: DirectionTotals;
  /** Every deal between the two sides (among those asked about), in date order. */
  readonly deals: readonly PairDeal[];
  /** Deals not added: not counted (terminated, superseded, overlapping, ended as of the date). */
  readonly notCounted: number;
  /** Deals whose type moves no money (partnerships). */
  readonly noMoney: number;
  /** Purchases of existing shares: money that went to the holders. */
  readonly secondary: number;
}

/** Company i's side: its parent (or itself) and that head's business units. */
export function sideOf(model: GraphModel, i: number): PairSide {
  const parentId = model.companies[i]?.parent;
  const parent = parentId === undefined ? undefined : model.companyIndex.get(parentId);
  const head = parent ?? i;
  const headId = model.companies[head]?.id;
  const members = [head];
  model.companies.forEach((c, j) => {
    if (j !== head && headId !== undefined && c.parent === headId) members.push(j);
  });
  return { index: head, members };
}

/**
 * Totals between companies a and b over `dealIndices` (default: every deal of either side); `counted` (by
 * deal index, e.g. Visibility.counted) replaces the whole-file rule of which deals count.
 */
export function pairTotals(
  model: GraphModel,
  a: number,
  b: number,
  dealIndices?: Iterable<number>,
  counted?: Uint8Array,
): PairTotals {
  const sideA = sideOf(model, a);
  const sideB = sideOf(model, b);
  const inA = new Set(sideA.members);
  const inB = new Set(sideB.members);
  const candidates = dealIndices ?? [
    ...new Set([...sideA.members, ...sideB.members].flatMap((i) => dealsOf(model, i))),
  ];
  const typeOrder = [...model.dealTypes.keys()];
  const ab = new Map<string, MutableBucket>();
  const ba = new Map<string, MutableBucket>();
  const allAB = emptyBucket();
  const allBA = emptyBucket();
  const deals: PairDeal[] = [];
  let notCounted = 0;
  let noMoney = 0;
  let secondary = 0;
  const seen = new Set<number>();

  for (const index of candidates) {
    const record = model.deals[index];
    if (!record || seen.has(index)) continue;
    seen.add(index);
    const forward = inA.has(record.from) && inB.has(record.to);
    const backward = inB.has(record.from) && inA.has(record.to);
    if (!forward && !backward) continue;
    let added = false;
    if (record.type?.flow === 'none') noMoney++;
    else if (counted ? !counted[index] : record.excludedFromTotals) notCounted++;
    else if (record.deal.secondary) secondary++;
    else {
      added = true;
      const [byType, all] = forward ? [ab, allAB] : [ba, allBA];
      let bucket = byType.get(record.deal.type);
      if (!bucket) byType.set(record.deal.type, (bucket = emptyBucket()));
      for (const target of [bucket, all]) addTo(target, record.headline, record.headline.round);
    }
    deals.push({ record, added });
  }

  const direction = (byType: Map<string, MutableBucket>, all: MutableBucket): DirectionTotals => ({
    all,
    byType: [...byType.entries()]
      .toSorted(([x], [y]) => rank(typeOrder, x) - rank(typeOrder, y))
      .flatMap(([id, total]) => {
        const type = model.dealTypes.get(id);
        return type ? [{ type, total }] : [];
      }),
  });
  return {
    a: sideA,
    b: sideB,
    aToB: direction(ab, allAB),
    bToA: direction(ba, allBA),
    deals: deals.toSorted((x, y) => x.record.index - y.record.index),
    notCounted,
    noMoney,
    secondary,
  };
}
