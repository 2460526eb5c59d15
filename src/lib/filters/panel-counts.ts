/** The counts beside the filter toggles: visible deals per type and status, visible companies per category. */
import type { GraphModel } from '../graph/model.ts';
import type { Visibility } from './types.ts';

export interface PanelCounts {
  readonly types: ReadonlyMap<string, number>;
  readonly statuses: ReadonlyMap<string, number>;
  readonly categories: ReadonlyMap<string, number>;
}

export function panelCounts(model: GraphModel, visibility: Visibility): PanelCounts {
  const types = new Map<string, number>();
  const statuses = new Map<string, number>();
  const categories = new Map<string, number>();
  const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const i of visibility.visibleDeals) {
    const record = model.deals[i];
    if (!record) continue;
    add(types, record.deal.type);
    add(statuses, record.deal.status);
  }
  model.companies.forEach((company, i) => {
    if (visibility.companies[i]) add(categories, company.category);
  });
  return { types, statuses, categories };
}
