/** Dates shown at their stored precision, in UTC: "2024", "Oct 2024", "3 Oct 2024". */
import { parsePartialDate } from '../data/dates.ts';

/**
 * Three-letter month names, written out rather than asked of `Intl`: its British English gives "Sept" beside
 * "Aug" and "Oct" (CLDR since 2020), other browsers' data give "Sep", and a reader comparing dates in a
 * column should see one style.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(text: string | undefined): string {
  const d = text === undefined ? undefined : parsePartialDate(text);
  if (!d) return 'undated';
  if (d.precision === 'year') return String(d.year);
  const month = `${MONTHS[(d.month ?? 1) - 1] ?? ''} ${d.year}`;
  return d.precision === 'month' ? month : `${d.day ?? 1} ${month}`;
}
