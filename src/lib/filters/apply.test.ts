import { describe, expect, test } from 'vitest';
import { frozenEdition, patched, type LooseFile } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel, type GraphModel } from '../graph/model.ts';
import { applyFilters } from './apply.ts';
import { NO_FILTERS, type FilterState } from './types.ts';

function load(file: unknown): GraphModel {
  const result = validateDealMap(file);
  if (!result.ok) throw new Error('fixture should load');
  return buildModel(result.value);
}

/** A chain a → b → c → d plus e → a, all investments except c → d (compute). */
function chain(change: (f: LooseFile) => void = () => {}): GraphModel {
  const deal = (id: string, from: string, to: string, date: string, extra: LooseFile = {}) => ({
    id,
    from,
    to,
    type: 'investment',
    date,
    status: 'announced',
    sources: [{ url: 'https://example.com/' + id }],
    ...extra,
  });
  return load(
    patched((f) => {
      f.companies = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
        id,
        name: id.toUpperCase(),
        category: id === 'e' ? 'investor' : 'ai-lab',
      }));
      f.deals = [
        deal('ab', 'a', 'b', '2021', { amount: { value: 5e9 } }),
        deal('bc', 'b', 'c', '2023-06-15', { amount: { value: 1e9 }, status: 'reported' }),
        deal('cd', 'c', 'd', '2024-10', { type: 'compute', amount: { kind: 'undisclosed' } }),
        deal('ea', 'e', 'a', '2025-01-01', { amount: { value: 20e9, kind: 'upTo' }, endDate: '2026-01' }),
      ];
      change(f);
    }),
  );
}

function visible(model: GraphModel, filters: Partial<FilterState>): string[] {
  const v = applyFilters(model, { ...NO_FILTERS, ...filters });
  return Array.from(v.visibleDeals, (i) => model.deals[i]?.deal.id ?? '?');
}

function visibleCompanies(model: GraphModel, filters: Partial<FilterState>): string[] {
  const v = applyFilters(model, { ...NO_FILTERS, ...filters });
  return model.companies.filter((_, i) => v.companies[i]).map((c) => c.id);
}

describe('applyFilters', () => {
  const m = chain();

  test('no filters: every deal and every company with a deal', () => {
    expect(visible(m, {})).toEqual(['ab', 'bc', 'cd', 'ea']);
    expect(visibleCompanies(m, {})).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('focus depth 1 is exactly the deals that involve a focused company', () => {
    expect(visible(m, { focus: ['b'] })).toEqual(['ab', 'bc']);
    expect(visible(m, { focus: ['b', 'd'] })).toEqual(['ab', 'bc', 'cd']);
  });

  test('focus depth 2 follows paths of length ≤ 2', () => {
    expect(visible(m, { focus: ['b'], depth: 2 })).toEqual(['ab', 'bc', 'cd', 'ea']);
    expect(visible(m, { focus: ['d'], depth: 2 })).toEqual(['bc', 'cd']);
  });

  test('direction: out follows the money, in walks against it', () => {
    expect(visible(m, { focus: ['b'], dir: 'out' })).toEqual(['bc']);
    expect(visible(m, { focus: ['b'], dir: 'in' })).toEqual(['ab']);
    expect(visible(m, { focus: ['b'], dir: 'out', depth: 2 })).toEqual(['bc', 'cd']);
    expect(visible(m, { focus: ['b'], dir: 'in', depth: 2 })).toEqual(['ab', 'ea']);
  });

  test('focus only crosses deals the other filters let through', () => {
    expect(visible(m, { focus: ['b'], depth: 2, types: ['investment'] })).toEqual(['ab', 'bc', 'ea']);
    expect(visible(m, { focus: ['b'], depth: 2, status: ['announced'] })).toEqual(['ab', 'ea']);
  });

  test('a focused company stays visible even with no visible deal', () => {
    expect(visibleCompanies(m, { focus: ['d'], types: ['investment'] })).toEqual(['d']);
  });

  test('types and statuses: omitted = all, empty = none', () => {
    expect(visible(m, { types: ['compute'] })).toEqual(['cd']);
    expect(visible(m, { types: [] })).toEqual([]);
    expect(visible(m, { status: ['reported'] })).toEqual(['bc']);
  });

  test('categories: both companies must pass', () => {
    expect(visible(m, { categories: ['ai-lab'] })).toEqual(['ab', 'bc', 'cd']);
    expect(visible(m, { categories: ['investor'] })).toEqual([]);
  });

  test('dates: from = start of its period, to = end of its period, inclusive', () => {
    expect(visible(m, { from: '2023-06-15' })).toEqual(['bc', 'cd', 'ea']);
    expect(visible(m, { from: '2023-06-16' })).toEqual(['cd', 'ea']);
    expect(visible(m, { to: '2023-06' })).toEqual(['ab', 'bc']);
    expect(visible(m, { from: '2024', to: '2024' })).toEqual(['cd']);
    expect(visible(m, { to: '2020' })).toEqual([]);
  });

  test('as of: later deals are hidden; ended relationships are marked', () => {
    expect(visible(m, { asof: '2024-10' })).toEqual(['ab', 'bc', 'cd']);
    const v = applyFilters(m, { ...NO_FILTERS, asof: '2026-06' });
    expect([...v.ended]).toEqual([0, 0, 0, 1]);
    expect([...applyFilters(m, { ...NO_FILTERS, asof: '2025-12-31' }).ended]).toEqual([0, 0, 0, 0]);
  });

  test('minimum amount: counts headline USD; undisclosed deals fail any minimum and are counted', () => {
    expect(visible(m, { min: 5e9 })).toEqual(['ab', 'ea']);
    const v = applyFilters(m, { ...NO_FILTERS, min: 1 });
    expect(v.hiddenUndisclosed).toBe(1);
    expect(visible(m, { min: 0 })).toEqual(['ab', 'bc', 'cd', 'ea']);
  });

  test('undated deals pass unless a date range is set', () => {
    const undated = chain((f) => delete f.deals[0].date);
    expect(visible(undated, {})).toContain('ab');
    expect(visible(undated, { from: '2000' })).not.toContain('ab');
  });
});

describe('on the frozen 2026-11-26 edition', () => {
  const raw = frozenEdition() as {
    deals: { id: string; from: string; to: string; type: string; date: string }[];
  };
  const model = load(frozenEdition());

  test('focus on OpenAI (depth 1) is exactly its deals', () => {
    const expected = raw.deals.filter((d) => d.from === 'openai' || d.to === 'openai').map((d) => d.id);
    expect(visible(model, { focus: ['openai'] }).sort()).toEqual(expected.sort());
  });

  test('compute deals from 2025 on', () => {
    const expected = raw.deals.filter((d) => d.type === 'compute' && d.date >= '2025').map((d) => d.id);
    expect(visible(model, { types: ['compute'], from: '2025' }).sort()).toEqual(expected.sort());
  });

  test('depth 2 around OpenAI and Anthropic contains depth 1 and more', () => {
    const one = visible(model, { focus: ['openai', 'anthropic'] });
    const two = visible(model, { focus: ['openai', 'anthropic'], depth: 2 });
    expect(two).toEqual(expect.arrayContaining(one));
    expect(two.length).toBeGreaterThan(one.length);
  });
});
