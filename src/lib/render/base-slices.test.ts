import { describe, expect, test } from 'vitest';
import { frozenEdition } from '../data/test-fixtures.ts';
import { fakeTime } from '../data/test-slices.ts';
import { validateDealMap } from '../data/validate.ts';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS } from '../filters/types.ts';
import { buildModel } from '../graph/model.ts';
import { baseStyle, baseStyleInSlices, type BaseInput, type BaseStyle } from './style.ts';

function input(file: unknown, theme: 'light' | 'dark'): BaseInput {
  const result = validateDealMap(file);
  if (!result.ok) throw new Error('the file should load');
  const model = buildModel(result.value);
  return { model, visibility: applyFilters(model, NO_FILTERS), theme, edgeTitle: (r) => `deal ${r.deal.id}` };
}

/** A chain of `n` companies, every third one with a second deal to the company two along. */
function market(n: number): unknown {
  const companies = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    name: `Company ${i}`,
    category: i % 2 ? 'ai-lab' : 'neocloud',
  }));
  const deal = (id: string, from: number, to: number, usd: number) => ({
    id,
    from: `c${from}`,
    to: `c${to}`,
    type: 'investment',
    date: `2025-0${1 + (from % 9)}-05`,
    status: 'announced',
    amount: { value: usd, currency: 'USD', kind: 'exact', scope: 'total' },
    sources: [{ url: 'https://example.com/a', title: 'A' }],
  });
  const deals = [
    ...Array.from({ length: n - 1 }, (_, i) => deal(`d${i}`, i, i + 1, (i % 17) * 1e8)),
    ...Array.from({ length: Math.floor((n - 2) / 3) }, (_, k) => deal(`e${k}`, 3 * k, 3 * k + 2, 5e8)),
  ];
  return { format: 'ai-deal-map/1', companies, deals };
}

/** Everything but the functions, which are compared by what they give (the width, the pairs when asked). */
function comparable(base: BaseStyle) {
  const { width, pairs, ...rest } = base;
  return { ...rest, pairs: pairs(), widths: [undefined, 0, 1e6, 1e9, 1e12].map((usd) => width(usd)) };
}

describe('the base style in slices', () => {
  test.each([
    ['the frozen edition', () => frozenEdition(), 'light'],
    ['the frozen edition, dark', () => frozenEdition(), 'dark'],
    ['a 3,000-company market', () => market(3000), 'light'],
  ] as const)('is the base style worked out at once, for %s', async (_, file, theme) => {
    const given = input(file(), theme);
    const time = fakeTime();
    const sliced = await baseStyleInSlices(given, { budgetMs: 0, ...time });
    const pauses = time.state.pauses;
    expect(comparable(sliced)).toEqual(comparable(baseStyle(given)));
    expect(pauses).toBeGreaterThan(0);
  });

  test('a big map gives the page its turn every few hundred companies and pairs', async () => {
    const given = input(market(3000), 'light');
    const time = fakeTime();
    await baseStyleInSlices(given, { budgetMs: 0, ...time });
    // 3,000 companies (5 pauses), 3,998 deals between 3,998 pairs (7), and once after each of 4 stages.
    expect(time.state.pauses).toBe(16);
  });
});
