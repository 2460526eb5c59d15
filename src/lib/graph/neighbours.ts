import type { GraphModel } from './model.ts';
import { dealsOf } from './company-deals.ts';

/** What the neighbour search reads of a view: which deals are visible (1 by model index). */
export interface VisibleDeals {
  readonly deals: ArrayLike<number>;
}

/** The companies linked to `company` by visible deals, and those deals. */
export function visibleNeighbours(
  model: GraphModel,
  visibility: VisibleDeals,
  company: number,
): { companies: Set<number>; deals: Set<number> } {
  const companies = new Set<number>();
  const deals = new Set<number>();
  for (const d of dealsOf(model, company)) {
    const record = model.deals[d];
    if (!record || !visibility.deals[d]) continue;
    deals.add(d);
    companies.add(record.from === company ? record.to : record.from);
  }
  return { companies, deals };
}
