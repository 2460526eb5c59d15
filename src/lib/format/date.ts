/** Dates shown at their stored precision, in UTC: "2024", "Oct 2024", "3 Oct 2024". */
import { parsePartialDate } from '../data/dates.ts';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatDate(text: string | undefined): string {
  const d = text === undefined ? undefined : parsePartialDate(text);
  if (!d) return 'undated';
  if (d.precision === 'year') return String(d.year);
  const ms = Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
  return (d.precision === 'month' ? MONTH : DAY).format(ms);
}
