import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { patched, type LooseFile } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel, type GraphModel } from '../graph/model.ts';
import { DEFAULT_SORT, describeSort, nextSort, sortDeals, type SortState } from './sort.ts';

const deal = (over: LooseFile): LooseFile => ({
  from: 'microsoft',
  to: 'openai',
  type: 'investment',
  status: 'announced',
  sources: [{ url: 'https://example.com/x' }],
  ...over,
});

/** Four deals on top of the fixture's two: one undated, one undisclosed, two with the same date. */
function model(): GraphModel {
  const result = validateDealMap(
    patched((f) => {
      f.deals.push(
        deal({ id: 'a-same-day', date: '2024-05-01', amount: { value: 5e9 }, status: 'reported' }),
        deal({ id: 'b-same-day', date: '2024-05-01', amount: { value: 5e9 }, status: 'completed' }),
        deal({ id: 'undated', amount: { value: 1e9 }, from: 'amazon', to: 'aws' }),
        deal({ id: 'big', date: '2022', amount: { value: 100e9, kind: 'upTo' }, status: 'terminated' }),
      );
    }),
  );
  if (!result.ok) throw new Error('fixture should load');
  return buildModel(result.value);
}

const ids = (m: GraphModel, sort: SortState) => sortDeals(m, m.deals, sort).map((d) => d.deal.id);

describe('sortDeals', () => {
  const m = model();

  test('default: newest first, undated last', () => {
    expect(DEFAULT_SORT).toEqual({ key: 'date', direction: 'descending' });
    expect(ids(m, DEFAULT_SORT)).toEqual([
      'openai-aws-2025-compute',
      'a-same-day',
      'b-same-day',
      'big',
      'microsoft-openai-2019-investment',
      'undated',
    ]);
  });

  test('oldest first keeps undated last and equal dates in input order (stable)', () => {
    expect(ids(m, { key: 'date', direction: 'ascending' })).toEqual([
      'microsoft-openai-2019-investment',
      'big',
      'a-same-day',
      'b-same-day',
      'openai-aws-2025-compute',
      'undated',
    ]);
  });

  test('amount in headline USD; undisclosed last in both directions', () => {
    expect(ids(m, { key: 'amount', direction: 'descending' })).toEqual([
      'big',
      'openai-aws-2025-compute',
      'a-same-day',
      'b-same-day',
      'undated',
      'microsoft-openai-2019-investment',
    ]);
    expect(ids(m, { key: 'amount', direction: 'ascending' })).toEqual([
      'undated',
      'a-same-day',
      'b-same-day',
      'openai-aws-2025-compute',
      'big',
      'microsoft-openai-2019-investment',
    ]);
  });

  test('from and to by company name', () => {
    expect(ids(m, { key: 'from', direction: 'ascending' })).toEqual([
      'undated', // Amazon
      'microsoft-openai-2019-investment',
      'big',
      'a-same-day',
      'b-same-day',
      'openai-aws-2025-compute', // OpenAI
    ]);
    expect(ids(m, { key: 'to', direction: 'descending' }).slice(0, 4)).toEqual([
      'microsoft-openai-2019-investment',
      'big',
      'a-same-day',
      'b-same-day',
    ]);
  });

  test('type by label, status by certainty', () => {
    expect(ids(m, { key: 'type', direction: 'ascending' })[0]).toBe('openai-aws-2025-compute'); // Compute / cloud
    expect(ids(m, { key: 'status', direction: 'ascending' })).toEqual([
      'microsoft-openai-2019-investment',
      'b-same-day',
      'openai-aws-2025-compute',
      'undated',
      'a-same-day',
      'big',
    ]);
  });

  test('the input is not changed', () => {
    const before = m.deals.map((d) => d.deal.id);
    sortDeals(m, m.deals, { key: 'amount', direction: 'descending' });
    expect(m.deals.map((d) => d.deal.id)).toEqual(before);
  });

  test('the bundled data: every deal once, undisclosed at the end', () => {
    const result = validateDealMap(JSON.parse(readFileSync('data/ai-deals.json', 'utf8')));
    if (!result.ok) throw new Error('the bundled data should load');
    const big = buildModel(result.value);
    const sorted = sortDeals(big, big.deals, { key: 'amount', direction: 'descending' });
    expect(new Set(sorted.map((d) => d.index)).size).toBe(big.deals.length);
    const firstUndisclosed = sorted.findIndex((d) => d.headline.usd === undefined);
    expect(sorted.slice(firstUndisclosed).every((d) => d.headline.usd === undefined)).toBe(true);
  });
});

describe('nextSort and describeSort', () => {
  test('the same column flips; another starts at its natural direction', () => {
    expect(nextSort(DEFAULT_SORT, 'date')).toEqual({ key: 'date', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'from')).toEqual({ key: 'from', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'amount')).toEqual({ key: 'amount', direction: 'descending' });
    expect(nextSort({ key: 'amount', direction: 'descending' }, 'amount')).toEqual({
      key: 'amount',
      direction: 'ascending',
    });
  });

  test('captions', () => {
    expect(describeSort(DEFAULT_SORT)).toBe('date, newest first');
    expect(describeSort({ key: 'to', direction: 'ascending' })).toBe('to, A to Z');
    expect(describeSort({ key: 'amount', direction: 'ascending' })).toBe('amount, smallest first');
  });
});
