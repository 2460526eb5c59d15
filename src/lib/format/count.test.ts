import { expect, test } from 'vitest';
import { formatCount, showMoreLabel } from './count.ts';

test('counts are grouped in thousands', () => {
  expect(formatCount(7)).toBe('7');
  expect(formatCount(999)).toBe('999');
  expect(formatCount(1000)).toBe('1,000');
  expect(formatCount(60000)).toBe('60,000');
  expect(formatCount(1234567)).toBe('1,234,567');
});

test('a show-more button names the next page and what is left', () => {
  expect(showMoreLabel(400, 1234)).toBe('Show 400 more of 1,234');
  expect(showMoreLabel(400, 57)).toBe('Show 57 more of 57');
});
