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
