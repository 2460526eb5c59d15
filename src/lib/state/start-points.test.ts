import { describe, expect, test } from 'vitest';
import { minimalFile } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel } from '../graph/model.ts';
import { isPlainStart } from './plain-start.ts';
import { startPoints, top } from './start-points.ts';
import { DEFAULT_VIEW } from './view-params.ts';

function model(stories: unknown[] = []) {
  const file = { ...minimalFile(), stories };
  const result = validateDealMap(file);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return buildModel(result.value);
}

describe('where to start', () => {
  test('only the plain map of a first load gets the hint', () => {
    expect(isPlainStart(DEFAULT_VIEW)).toBe(true);
    expect(isPlainStart({ ...DEFAULT_VIEW, theme: 'dark' })).toBe(true);
    expect(isPlainStart({ ...DEFAULT_VIEW, embed: true })).toBe(false);
    expect(isPlainStart({ ...DEFAULT_VIEW, select: 'openai' })).toBe(false);
    expect(isPlainStart({ ...DEFAULT_VIEW, focus: ['openai'] })).toBe(false);
    expect(isPlainStart({ ...DEFAULT_VIEW, story: 's' })).toBe(false);
    expect(isPlainStart({ ...DEFAULT_VIEW, view: 'table' })).toBe(false);
    expect(isPlainStart({ ...DEFAULT_VIEW, types: ['compute'] })).toBe(false);
    expect(isPlainStart({ ...DEFAULT_VIEW, asof: '2024' })).toBe(false);
  });

  test('the biggest company by volume, the busiest when it is another, then the first two stories', () => {
    const m = model([
      { id: 'one', title: 'First story', text: 'Text.', params: { focus: 'openai' } },
      { id: 'two', title: 'Second story', text: 'Text.', params: { types: 'compute' } },
      { id: 'three', title: 'Third story', text: 'Text.', params: { types: 'chips' } },
    ]);
    const volume = new Float64Array(m.companies.length);
    const last = m.companies.length - 1;
    volume[last] = 1e9;
    const points = startPoints(m, volume);
    expect(points[0]).toMatchObject({ kind: 'company', id: m.companies[last]?.id });
    const busiest = m.companies
      .map((c, i) => ({ id: c.id, deals: m.dealCount[i] ?? 0 }))
      .sort((a, b) => b.deals - a.deals || (a.id < b.id ? -1 : 1))[0];
    if (busiest?.id !== m.companies[last]?.id) expect(points[1]).toMatchObject({ id: busiest?.id });
    expect(points.filter((p) => p.kind === 'story').map((p) => p.id)).toEqual(['one', 'two']);
    expect(points.length).toBeLessThanOrEqual(4);
  });

  test('a map with no money and no stories still offers its busiest company', () => {
    const m = model();
    const points = startPoints(m, new Float64Array(m.companies.length));
    expect(points).toHaveLength(1);
    expect(points[0]?.kind).toBe('company');
  });

  test('the top company is the largest positive value, ties to the smaller id, as a full sort ranks them', () => {
    const m = model();
    const n = m.companies.length;
    const bySort = (value: ArrayLike<number>) =>
      m.companies
        .map((c, i) => ({ i, id: c.id, v: value[i] ?? 0 }))
        .filter((c) => c.v > 0)
        .sort((a, b) => b.v - a.v || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0]?.i;
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      // Few distinct values, so ties are common; zeros and negatives never count.
      const value = Float64Array.from({ length: n }, () => Math.floor(random() * 4) - 1);
      expect(top(m, value)).toBe(bySort(value));
    }
    expect(top(m, new Float64Array(n))).toBeUndefined();
    const ids = m.companies.map((c) => c.id);
    const last = ids.indexOf([...ids].sort().at(-1)!);
    const first = ids.indexOf([...ids].sort()[0]!);
    const tied = new Float64Array(n);
    tied[last] = 5;
    tied[first] = 5;
    expect(top(m, tied)).toBe(first);
  });
});
