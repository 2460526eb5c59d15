/**
 * Sorting for the deal table. Pure and stable: deals that compare equal keep the order they came in (the model's
 * date-then-id order), and deals without a value for the sorted column (undated, undisclosed, unknown company)
 * always come last, whichever the direction.
 */
import type { DealStatus } from '../data/format.ts';
import type { DealRecord, GraphModel } from '../graph/model.ts';

export const SORT_KEYS = ['from', 'to', 'type', 'amount', 'date', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

/** Newest first. */
export const DEFAULT_SORT: SortState = { key: 'date', direction: 'descending' };

/** Most certain first when ascending. */
const STATUS_ORDER: readonly DealStatus[] = ['completed', 'announced', 'reported', 'terminated'];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The direction a column sorts in when first chosen: dates and amounts largest first, text A to Z. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'date' || key === 'amount' ? 'descending' : 'ascending';
}

/** Choosing the sorted column flips its direction; choosing another starts at its first direction. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: firstDirection(key) };
}

type Value = number | string | undefined;

function valueOf(model: GraphModel, record: DealRecord, key: SortKey): Value {
  switch (key) {
    case 'date':
      return record.start;
    case 'amount': {
      const usd = record.headline.usd;
      return usd === undefined || !Number.isFinite(usd) ? undefined : usd;
    }
    case 'from':
      return model.companies[record.from]?.name;
    case 'to':
      return model.companies[record.to]?.name;
    case 'type':
      return record.type?.label ?? record.deal.type;
    case 'status': {
      const i = STATUS_ORDER.indexOf(record.deal.status);
      return i === -1 ? undefined : i;
    }
  }
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** A sorted copy of `deals`; the input is not changed. */
export function sortDeals(model: GraphModel, deals: readonly DealRecord[], sort: SortState): DealRecord[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = deals.map((record) => ({ record, value: valueOf(model, record, sort.key) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      return (a.value === undefined ? 1 : 0) - (b.value === undefined ? 1 : 0);
    }
    return sign * compareValues(a.value, b.value);
  });
  return keyed.map((k) => k.record);
}

/** The sort in words, for the table caption: "date, newest first". */
export function describeSort(sort: SortState): string {
  const asc = sort.direction === 'ascending';
  switch (sort.key) {
    case 'date':
      return `date, ${asc ? 'oldest' : 'newest'} first`;
    case 'amount':
      return `amount, ${asc ? 'smallest' : 'largest'} first`;
    case 'status':
      return `status, ${asc ? 'most' : 'least'} certain first`;
    default:
      return `${sort.key}, ${asc ? 'A to Z' : 'Z to A'}`;
  }
}
