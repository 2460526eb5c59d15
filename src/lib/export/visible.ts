/**
 * What an export contains: exactly the visible deals (in the model's date order) and the companies they
 * involve, plus focused companies (shown on the map even without a visible deal).
 */
import type { Visibility } from '../filters/types.ts';
import type { DealRecord, GraphModel } from '../graph/model.ts';

/** The visible deals, in model (date, then id) order. */
export function visibleRecords(model: GraphModel, visibility: Visibility): DealRecord[] {
  const records: DealRecord[] = [];
  for (const i of visibility.visibleDeals) {
    const record = model.deals[i];
    if (record) records.push(record);
  }
  return records;
}

/** Model indices of the exported companies (the visible ones), in canonical (id) order. */
export function exportedCompanies(model: GraphModel, visibility: Visibility): number[] {
  const out: number[] = [];
  for (let i = 0; i < model.companies.length; i++) if (visibility.companies[i]) out.push(i);
  return out;
}
