/**
 * Small pure edits of a FilterState for the filter panel: set-valued toggles that keep "all" as `undefined`
 * and "none" as `[]`, focus changes, and the typed-date parser of the From/To inputs.
 */
import { dateEnd, dateStart, parsePartialDate } from '../data/dates.ts';
import { NO_FILTERS, type FilterState } from './types.ts';

/**
 * Turns one member of a set-valued filter on or off. `all` lists every possible member; the result is
 * `undefined` when every member is on, `[]` when none is, otherwise the members in sorted order.
 * Values not in `all` are dropped.
 */
export function toggleMember(
  all: readonly string[],
  current: readonly string[] | undefined,
  id: string,
  on: boolean,
): readonly string[] | undefined {
  const set = new Set(current ?? all);
  if (on) set.add(id);
  else set.delete(id);
  return normalizeMembers(all, [...set]);
}

/** `undefined` when `members` covers `all`, else the known members, sorted and unique. */
export function normalizeMembers(
  all: readonly string[],
  members: readonly string[] | undefined,
): readonly string[] | undefined {
  if (members === undefined) return undefined;
  const known = new Set(all);
  const kept = [...new Set(members.filter((m) => known.has(m)))].sort();
  return kept.length === known.size ? undefined : kept;
}

export function isOn(current: readonly string[] | undefined, id: string): boolean {
  return current === undefined || current.includes(id);
}

/** Search replaces the focus with one company. */
export function focusOnly(filters: FilterState, id: string): FilterState {
  return { ...filters, focus: [id] };
}

/** The "add to focus" control: appends a company unless it is already focused. */
export function addFocus(filters: FilterState, id: string): FilterState {
  return filters.focus.includes(id) ? filters : { ...filters, focus: [...filters.focus, id] };
}

export function removeFocus(filters: FilterState, id: string): FilterState {
  return { ...filters, focus: filters.focus.filter((f) => f !== id) };
}

/** True for the default view (what Reset returns to). */
export function isDefaultFilters(filters: FilterState): boolean {
  return (Object.keys(NO_FILTERS) as (keyof FilterState)[]).every((key) => {
    const a = filters[key];
    const b = NO_FILTERS[key];
    if (Array.isArray(a) && Array.isArray(b)) return a.length === 0 && b.length === 0;
    return a === b;
  });
}

/**
 * The filters as one string: equal for equal filters, whatever else a view's parameters hold (a selection,
 * the view, the theme), so the visible set is worked out again only when a filter changes.
 */
export function filtersKey(filters: FilterState): string {
  return JSON.stringify(
    (Object.keys(NO_FILTERS) as (keyof FilterState)[]).map((key) => filters[key] ?? null),
  );
}

export type DateInput =
  | { readonly ok: true; readonly value: string | undefined }
  | { readonly ok: false; readonly message: string };

const TYPED_DATE = /^(\d{4})(?:[-./ ,](\d{1,2})(?:[-./ ,](\d{1,2}))?)?$/;

/**
 * What a From/To box holds: empty means no bound; otherwise `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, also with
 * `.`, `/`, `,` or a space between the parts and one-digit months or days (phone keypads without "-"),
 * normalised to the canonical form. Anything else, or a day that does not exist, is an error.
 */
export function parseDateInput(text: string): DateInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const m = TYPED_DATE.exec(trimmed);
  const canonical = m && [m[1], m[2], m[3]].filter((p) => p !== undefined).map((p) => p.padStart(2, '0'));
  const value = canonical?.join('-');
  if (value === undefined || !parsePartialDate(value)) {
    return { ok: false, message: 'Use a date like 2024, 2024-06 or 2024-06-30.' };
  }
  return { ok: true, value };
}

/** True when `from` (start of its period) lies after `to` (end of its period). */
export function isReversedRange(from: string | undefined, to: string | undefined): boolean {
  const a = from === undefined ? undefined : parsePartialDate(from);
  const b = to === undefined ? undefined : parsePartialDate(to);
  return a !== undefined && b !== undefined && dateStart(a) > dateEnd(b);
}
