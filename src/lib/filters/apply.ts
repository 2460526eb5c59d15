/**
 * applyFilters(model, filters) → which deals and companies are visible. Pure; never touches positions.
 *
 * A deal is visible when it passes every filter (type, status, dates, as-of, minimum amount) and both of its
 * companies pass the category filter; with a focus, only deals on paths of length ≤ depth from a focused
 * company (following `dir`) remain. Companies are visible when they have a visible deal or are focused.
 */
import { endOf, startOf } from '../data/dates.ts';
import { countedAsOf } from '../graph/counting.ts';
import { addVolume, type GraphModel } from '../graph/model.ts';
import { dealsOf } from '../graph/company-deals.ts';
import type { FilterState, Visibility } from './types.ts';

export function applyFilters(model: GraphModel, filters: FilterState): Visibility {
  const n = model.deals.length;
  const deals = new Uint8Array(n);
  const ended = new Uint8Array(n);
  const types = filters.types && new Set(filters.types);
  const statuses = filters.status && new Set(filters.status);
  const categoryOk = companyCategoryMask(model, filters.categories);
  const from = startOf(filters.from);
  const to = endOf(filters.to);
  const asof = endOf(filters.asof ?? model.map.meta.updated) ?? Infinity;
  const min = filters.min ?? 0;
  let hiddenUndisclosed = 0;

  for (const record of model.deals) {
    if (types && !types.has(record.deal.type)) continue;
    if (statuses && !statuses.has(record.deal.status)) continue;
    if (!categoryOk[record.from] || !categoryOk[record.to]) continue;
    if ((from !== undefined || to !== undefined) && record.start === undefined) continue;
    if (from !== undefined && (record.start as number) < from) continue;
    if (to !== undefined && (record.start as number) > to) continue;
    if (record.start !== undefined && record.start > asof) continue;
    if (min > 0) {
      const usd = record.headline.usd;
      if (usd === undefined) {
        hiddenUndisclosed++;
        continue;
      }
      if (usd < min) continue;
    }
    deals[record.index] = 1;
    if (record.end !== undefined && record.end <= asof) ended[record.index] = 1;
  }

  const focused = new Uint8Array(model.companies.length);
  for (const id of filters.focus) {
    const index = model.companyIndex.get(id);
    if (index !== undefined) focused[index] = 1;
  }
  if (filters.focus.length > 0) restrictToFocus(model, deals, focused, filters);

  const companies = new Uint8Array(model.companies.length);
  const visibleDeals: number[] = [];
  const counted = countedAsOf(model.deals, model.counting, asof);
  const volume = new Float64Array(model.companies.length);
  for (let i = 0; i < n; i++) {
    const record = model.deals[i];
    if (!deals[i] || !record) {
      ended[i] = 0;
      counted[i] = 0;
      continue;
    }
    visibleDeals.push(i);
    companies[record.from] = 1;
    companies[record.to] = 1;
    if (counted[i]) addVolume(volume, record);
  }
  let visibleCompanyCount = 0;
  for (let i = 0; i < companies.length; i++) {
    if (focused[i]) companies[i] = 1;
    visibleCompanyCount += companies[i] ?? 0;
  }
  return {
    deals,
    companies,
    focused,
    ended,
    visibleDeals: Uint32Array.from(visibleDeals),
    visibleCompanyCount,
    hiddenUndisclosed,
    asof,
    counted,
    volume,
  };
}

function companyCategoryMask(model: GraphModel, categories: readonly string[] | undefined): Uint8Array {
  const mask = new Uint8Array(model.companies.length);
  const allowed = categories && new Set(categories);
  model.companies.forEach((company, i) => {
    mask[i] = !allowed || allowed.has(company.category) ? 1 : 0;
  });
  return mask;
}

/**
 * Keeps the deals on paths of length ≤ depth from a focused company. `out` follows money from payer to payee,
 * `in` walks against it, `both` ignores direction. Each step only crosses deals the other filters let through.
 */
function restrictToFocus(
  model: GraphModel,
  deals: Uint8Array,
  focused: Uint8Array,
  filters: FilterState,
): void {
  const keep = new Uint8Array(deals.length);
  let frontier = new Set<number>();
  focused.forEach((f, i) => f && frontier.add(i));
  const reached = new Set(frontier);
  for (let step = 0; step < filters.depth && frontier.size > 0; step++) {
    const next = new Set<number>();
    for (const company of frontier) {
      for (const dealIndex of dealsOf(model, company)) {
        const record = model.deals[dealIndex];
        if (!record || !deals[dealIndex]) continue;
        const outward = record.from === company;
        const inward = record.to === company;
        if (filters.dir === 'out' && !outward) continue;
        if (filters.dir === 'in' && !inward) continue;
        keep[dealIndex] = 1;
        const other = outward ? record.to : record.from;
        if (!reached.has(other)) {
          reached.add(other);
          next.add(other);
        }
      }
    }
    frontier = next;
  }
  deals.set(keep);
}
