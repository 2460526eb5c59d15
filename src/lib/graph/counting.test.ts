import { describe, expect, test } from 'vitest';
import type { Deal } from '../data/format.ts';
import { countedAsOf, countingPlan, type CountableDeal, type WorkCounter } from './counting.ts';

const t = (date: string) => Date.parse(`${date}T00:00:00Z`);

function deal(
  id: string,
  usd: number | undefined,
  date: string,
  extra: Partial<Omit<Deal, 'id'>> & { endDate?: string } = {},
): CountableDeal {
  const full: Deal = {
    id,
    from: 'a',
    to: 'b',
    type: 'investment',
    status: 'announced',
    sources: [],
    coParties: [],
    overlaps: [],
    ...extra,
  };
  return {
    deal: full,
    start: t(date),
    end: extra.endDate === undefined ? undefined : t(extra.endDate),
    headline: { usd },
  };
}

function reasons(deals: CountableDeal[]) {
  const plan = countingPlan(deals);
  return Object.fromEntries(deals.map((d, i) => [d.deal.id, plan.reasons[i] ?? 'counted']));
}

function countedIds(deals: CountableDeal[], date: string): string[] {
  const counted = countedAsOf(deals, countingPlan(deals), t(date));
  return deals.filter((_, i) => counted[i]).map((d) => d.deal.id);
}

describe('countingPlan: why a deal is left out of totals over the whole file', () => {
  test('terminated deals, superseded deals and the smaller figures of an overlap group', () => {
    const deals = [
      deal('small', 1e9, '2023-01-01', { overlaps: ['big'] }),
      deal('big', 5e9, '2024-01-01'),
      deal('also', 2e9, '2024-06-01', { overlaps: ['small'] }),
      deal('old', 3e9, '2022-01-01', { supersededBy: 'new' }),
      deal('new', 4e9, '2025-01-01'),
      deal('off', 9e9, '2025-02-01', { status: 'terminated' }),
    ];
    expect(reasons(deals)).toEqual({
      small: 'overlap',
      big: 'counted',
      also: 'overlap',
      old: 'superseded',
      new: 'counted',
      off: 'terminated',
    });
  });

  test('ties go to the smallest id; an undisclosed member loses to any figure', () => {
    const deals = [
      deal('b-deal', 2e9, '2023-01-01', { overlaps: ['a-deal', 'c-deal'] }),
      deal('a-deal', 2e9, '2023-01-01'),
      deal('c-deal', undefined, '2023-01-01'),
    ];
    expect(reasons(deals)).toEqual({ 'b-deal': 'overlap', 'a-deal': 'counted', 'c-deal': 'overlap' });
  });

  test('a terminated successor does not supersede; a terminated member does not win its group', () => {
    const deals = [
      deal('old', 3e9, '2022-01-01', { supersededBy: 'new' }),
      deal('new', 4e9, '2025-01-01', { status: 'terminated' }),
      deal('x', 1e9, '2022-01-01', { overlaps: ['y'] }),
      deal('y', 8e9, '2023-01-01', { status: 'terminated' }),
    ];
    expect(reasons(deals)).toEqual({ old: 'counted', new: 'terminated', x: 'counted', y: 'terminated' });
  });
});

describe('countedAsOf: the deals whose money counts at a date', () => {
  const deals = [
    deal('small', 1e9, '2023-01-01', { overlaps: ['big'] }),
    deal('big', 5e9, '2024-01-01'),
    deal('old', 3e9, '2022-01-01', { supersededBy: 'new' }),
    deal('new', 4e9, '2025-01-01'),
    deal('ran', 2e9, '2020-01-01', { endDate: '2023-06-01' }),
  ];

  test('a smaller overlapping figure counts until the larger one is announced', () => {
    expect(countedIds(deals, '2023-12-31')).toContain('small');
    expect(countedIds(deals, '2024-01-01')).not.toContain('small');
    expect(countedIds(deals, '2024-01-01')).toContain('big');
  });

  test('a superseded deal counts until its successor exists, then the successor counts instead', () => {
    expect(countedIds(deals, '2024-12-31')).toContain('old');
    expect(countedIds(deals, '2025-01-01')).toEqual(['big', 'new']);
  });

  test('an ended relationship counts up to the day before its end date, not on it', () => {
    expect(countedIds(deals, '2023-05-31')).toContain('ran');
    expect(countedIds(deals, '2023-06-01')).not.toContain('ran');
  });

  test('nothing counts before it starts', () => {
    expect(countedIds(deals, '2019-12-31')).toEqual([]);
  });
});

describe('counting work is linear in deals and overlap links', () => {
  const n = 60_000;
  const measure = (deals: CountableDeal[]) => {
    const work: WorkCounter = { steps: 0 };
    countingPlan(deals, work);
    const links = deals.reduce((sum, d) => sum + (d.deal.overlaps?.length ?? 0), 0);
    return work.steps / (deals.length + links);
  };

  test('a 60,000-deal chain, each overlapping the one before', () => {
    const deals = Array.from({ length: n }, (_, i) =>
      deal(`d${i}`, i, '2024-01-01', { overlaps: i === 0 ? [] : [`d${i - 1}`] }),
    );
    expect(measure(deals)).toBeLessThan(6);
  });

  test('a 60,000-deal star, every deal listing the first', () => {
    const deals = Array.from({ length: n }, (_, i) =>
      deal(`d${i}`, i, '2024-01-01', { overlaps: i === 0 ? [] : ['d0'] }),
    );
    expect(measure(deals)).toBeLessThan(6);
  });

  test('a 60,000-deal chain listed backwards (each deal names the next)', () => {
    const deals = Array.from({ length: n }, (_, i) =>
      deal(`d${i}`, i, '2024-01-01', { overlaps: i === n - 1 ? [] : [`d${i + 1}`] }),
    );
    expect(measure(deals)).toBeLessThan(6);
  });
});
