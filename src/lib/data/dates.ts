/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), always UTC. A partial date keeps its precision for
 * display; as a point in time it means its first day (`start`) or, for `to`/`asof` bounds, its last (`end`).
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const DATE_PATTERN = DATE_SHAPE.source;

/** Parses a partial date; undefined for anything that is not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = DATE_SHAPE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1000) return undefined;
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

export function isValidDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first millisecond of the period (UTC). */
export function dateStart(d: PartialDate): number {
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

/** The last millisecond of the period (UTC): `to=2025-11` includes all of November. */
export function dateEnd(d: PartialDate): number {
  if (d.precision === 'year') return Date.UTC(d.year + 1, 0, 1) - 1;
  if (d.precision === 'month') return Date.UTC(d.year, d.month ?? 12, 1) - 1;
  return Date.UTC(d.year, (d.month ?? 1) - 1, (d.day ?? 1) + 1) - 1;
}

/** Start of a date string in UTC ms, or undefined when it is not a valid date. */
export function startOf(text: string | undefined): number | undefined {
  const d = text === undefined ? undefined : parsePartialDate(text);
  return d && dateStart(d);
}

export function endOf(text: string | undefined): number | undefined {
  const d = text === undefined ? undefined : parsePartialDate(text);
  return d && dateEnd(d);
}
