import { expect, test } from 'vitest';
import { dealCountsByCompany } from './deal-counts.ts';
import { minimalFile } from './test-fixtures.ts';
import { validateDealMap } from './validate.ts';

test('counts each deal once for each of its two companies', () => {
  const result = validateDealMap(minimalFile());
  if (!result.ok) throw new Error('fixture should load');
  const counts = dealCountsByCompany(result.value.deals);
  expect(Object.fromEntries(counts)).toEqual({ openai: 2, aws: 1, microsoft: 1 });
  expect(counts.get('amazon')).toBeUndefined();
});
