import { expect, test } from 'vitest';
import { formatDate } from './date.ts';

test('dates are shown at their stored precision, in UTC', () => {
  expect(formatDate('2021')).toBe('2021');
  expect(formatDate('2024-10')).toBe('Oct 2024');
  expect(formatDate('2025-11-03')).toBe('3 Nov 2025');
  expect(formatDate('2025-12-31')).toBe('31 Dec 2025');
  expect(formatDate(undefined)).toBe('undated');
  expect(formatDate('2025-02-30')).toBe('undated');
});

test('every month has one three-letter name, September too ("Sep", never "Sept")', () => {
  const months = Array.from({ length: 12 }, (_, i) => formatDate(`2025-${String(i + 1).padStart(2, '0')}`));
  expect(months).toEqual([
    'Jan 2025',
    'Feb 2025',
    'Mar 2025',
    'Apr 2025',
    'May 2025',
    'Jun 2025',
    'Jul 2025',
    'Aug 2025',
    'Sep 2025',
    'Oct 2025',
    'Nov 2025',
    'Dec 2025',
  ]);
  expect(formatDate('2025-09-23')).toBe('23 Sep 2025');
  expect(formatDate('2026-01-01')).toBe('1 Jan 2026');
});
