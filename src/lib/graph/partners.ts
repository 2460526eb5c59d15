import type { GraphModel } from './model.ts';
import { dealsOf } from './company-deals.ts';

/** A company's counterparty and how many deals they share. */
export interface Partner {
  /** Company index in the model. */
  readonly index: number;
  readonly deals: number;
}

/**
 * The companies `company` has the most deals with (any direction, any type, as the file lists them), most first,
 * then by name; at most `limit`. Suggestions for "Compare with…".
 */
export function topPartners(model: GraphModel, company: number, limit: number): Partner[] {
  const counts = new Map<number, number>();
  for (const d of dealsOf(model, company)) {
    const record = model.deals[d];
    if (!record) continue;
    const other = record.from === company ? record.to : record.from;
    if (other !== company) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  const name = (i: number) => model.companies[i]?.name ?? '';
  return [...counts]
    .map(([index, deals]) => ({ index, deals }))
    .sort((a, b) => b.deals - a.deals || name(a.index).localeCompare(name(b.index), 'en'))
    .slice(0, Math.max(0, limit));
}
