import { describe, expect, test } from 'vitest';
import { frozenEdition, patched } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel, type GraphModel } from '../graph/model.ts';
import { applyFilters } from './apply.ts';
import { bucketSizeFor, dealHistogram } from './histogram.ts';
import { NO_FILTERS } from './types.ts';

function load(file: unknown): GraphModel {
  const result = validateDealMap(file);
  if (!result.ok) throw new Error('fixture should load');
  return buildModel(result.value);
}

/** Deals on 2019-07, 2021-03-15, 2021-12-31 and 2022-05, plus an undated one. */
function small(): GraphModel {
  return load(
    patched((f) => {
      const base = f.deals[0];
      f.deals = [
        { ...base, id: 'd1', date: '2019-07' },
        { ...base, id: 'd2', date: '2021-03-15', status: 'reported' },
        { ...base, id: 'd3', date: '2021-12-31' },
        { ...base, id: 'd4', date: '2022-05' },
        { ...base, id: 'd5', date: undefined },
      ];
    }),
  );
}

describe('dealHistogram', () => {
  test('years: contiguous, UTC, empty years included, undated deals left out', () => {
    const h = dealHistogram(small(), undefined, 'year');
    expect(h.map((b) => [b.label, b.total, b.visible])).toEqual([
      ['2019', 1, 1],
      ['2020', 0, 0],
      ['2021', 2, 2],
      ['2022', 1, 1],
    ]);
    expect(h[0]).toMatchObject({
      start: Date.UTC(2019, 0, 1),
      end: Date.UTC(2020, 0, 1) - 1,
      from: '2019',
      to: '2019',
    });
  });

  test('quarters, with the dates that select each one', () => {
    const h = dealHistogram(small(), undefined, 'quarter');
    expect(h).toHaveLength(12); // Q3 2019 … Q2 2022
    expect(h[0]).toMatchObject({ label: 'Q3 2019', from: '2019-07', to: '2019-09', total: 1 });
    expect(h[0]?.start).toBe(Date.UTC(2019, 6, 1));
    expect(h[0]?.end).toBe(Date.UTC(2019, 9, 1) - 1);
    expect(h.find((b) => b.label === 'Q1 2021')).toMatchObject({ total: 1, from: '2021-01', to: '2021-03' });
    expect(h.find((b) => b.label === 'Q4 2021')).toMatchObject({ total: 1, from: '2021-10', to: '2021-12' });
    expect(h.at(-1)).toMatchObject({ label: 'Q2 2022', total: 1 });
    expect(h.reduce((s, b) => s + b.total, 0)).toBe(4);
  });

  test('visible counts follow the visibility mask', () => {
    const m = small();
    const v = applyFilters(m, { ...NO_FILTERS, status: ['announced'] });
    const h = dealHistogram(m, v.deals, 'year');
    expect(h.map((b) => b.visible)).toEqual([1, 0, 1, 1]);
    expect(h.map((b) => b.total)).toEqual([1, 0, 2, 1]);
  });

  test('no dated deals: no buckets', () => {
    const m = load(patched((f) => f.deals.forEach((d: { date?: string }) => delete d.date)));
    expect(dealHistogram(m, undefined, 'year')).toEqual([]);
    expect(bucketSizeFor(m)).toBe('year');
  });

  test('the frozen 2026-11-26 edition: one bar per year 2019–2026, most in 2025', () => {
    const m = load(frozenEdition());
    const h = dealHistogram(m, undefined, bucketSizeFor(m));
    expect(h.map((b) => b.label)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    const most = h.reduce((a, b) => (b.total > a.total ? b : a));
    expect(most.label).toBe('2025');
    expect(h.reduce((s, b) => s + b.total, 0)).toBe(m.deals.filter((d) => d.start !== undefined).length);
  });

  test('short spans use quarters', () => {
    expect(bucketSizeFor(small())).toBe('year');
    const m = load(patched((f) => (f.deals[1].date = '2024-02')));
    expect(bucketSizeFor(m)).toBe('quarter');
  });
});
