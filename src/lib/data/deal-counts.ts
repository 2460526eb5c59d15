import type { Deal } from './format.ts';

/** How many deals each company takes part in, as payer or payee. */
export function dealCountsByCompany(deals: readonly Deal[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const deal of deals) {
    counts.set(deal.from, (counts.get(deal.from) ?? 0) + 1);
    counts.set(deal.to, (counts.get(deal.to) ?? 0) + 1);
  }
  return counts;
}
