import { describe, expect, test } from 'vitest';
import { NONE, ShapePool, StringPool, poolTexts, stored } from './compact.ts';
import { minimalFile } from './test-fixtures.ts';
import { validateDealMap } from './validate.ts';
import { sourcesOf } from './sources.ts';

describe('compact storage', () => {
  test('an empty list is the one shared frozen list; a full one an equal copy', () => {
    expect(stored([])).toBe(NONE);
    expect(Object.isFrozen(NONE)).toBe(true);
    const list = [1, 2, 3];
    const copy = stored(list);
    expect(copy).toEqual([1, 2, 3]);
    expect(copy).not.toBe(list);
  });

  test('a text seen twice is pooled once', () => {
    const pool = new StringPool();
    expect(pool.get(['2025', '11'].join('-'))).toBe('2025-11');
    expect(pool.get(`2025-${11}`)).toBe('2025-11');
    expect(pool.get(undefined)).toBeUndefined();
    expect(pool.size).toBe(1);
    pool.get('2026');
    expect(pool.size).toBe(2);
  });

  test('pooling keeps the keys, their order and the missing ones', () => {
    const item = { id: 'a', date: '2025', amount: 3 } as {
      id: string;
      date: string;
      amount: number;
      role?: string;
    };
    poolTexts(item, ['date', 'role'], new StringPool());
    expect(Object.keys(item)).toEqual(['id', 'date', 'amount']);
    expect(item).toEqual({ id: 'a', date: '2025', amount: 3 });
  });

  test('an exact-size copy has the same fields in the same order, the missing ones still missing', () => {
    const shapes = new ShapePool();
    const sources = ['s'];
    const first = { id: 'a', usd: 2.5e9, sources, note: undefined };
    const copy = shapes.exact(first);
    expect(copy).not.toBe(first);
    expect(Object.keys(copy)).toEqual(['id', 'usd', 'sources', 'note']);
    expect(copy).toStrictEqual(first);
    expect(copy.sources).toBe(sources);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    // Another item with the same keys gets its own values; one with other keys, or the same keys in another
    // order, keeps its own keys.
    expect(shapes.exact({ id: 'b', usd: 7, sources: NONE, note: 'n' })).toStrictEqual({
      id: 'b',
      usd: 7,
      sources: NONE,
      note: 'n',
    });
    expect(Object.keys(shapes.exact({ usd: 1, id: 'c' }))).toEqual(['usd', 'id']);
    expect(shapes.exact({ id: 'd' })).toStrictEqual({ id: 'd' });
    // Equal numbers side by side are stored once, but 0 and -0 stay themselves.
    const amount = shapes.exact({ value: 1.5e10, usd: 1.5e10, zero: 0, minus: -0 });
    expect(amount).toStrictEqual({ value: 1.5e10, usd: 1.5e10, zero: 0, minus: -0 });
    expect(Object.is(amount.minus, -0)).toBe(true);
    expect(shapes.exact({})).toStrictEqual({});
  });

  test('equal items share one stored copy; an item differing in any field or in key order has its own', () => {
    const shapes = new ShapePool();
    const first = shapes.shared({ value: 1e9, currency: 'USD', usd: 1e9, kind: 'exact', scope: 'total' });
    expect(first).toStrictEqual({ value: 1e9, currency: 'USD', usd: 1e9, kind: 'exact', scope: 'total' });
    const again = { value: 1e9, currency: 'USD', usd: 1e9, kind: 'exact', scope: 'total' };
    expect(shapes.shared(again)).toBe(first);
    expect(shapes.shared({ ...again, scope: 'round' })).not.toBe(first);
    expect(shapes.shared({ ...again, text: '$1B' })).toStrictEqual({ ...again, text: '$1B' });
    const reordered = { currency: 'USD', value: 1e9, usd: 1e9, kind: 'exact', scope: 'total' };
    expect(Object.keys(shapes.shared(reordered))).toEqual(Object.keys(reordered));
  });

  test('deals of one figure share its amount; other figures keep their own', () => {
    const file = minimalFile() as { deals: Record<string, unknown>[] };
    const [first, second] = file.deals as [Record<string, unknown>, Record<string, unknown>];
    const figure = { value: 2e9, currency: 'USD', kind: 'exact', scope: 'total' };
    file.deals.push(
      { ...second, id: 'a', amount: { ...figure } },
      { ...second, id: 'b', amount: { ...figure } },
      { ...second, id: 'c', amount: { ...figure, kind: 'upTo' } },
    );
    const result = validateDealMap(file, { file: 'test.json' });
    if (!result.ok) throw new Error('expected the file to load');
    const byId = new Map(result.value.deals.map((d) => [d.id, d]));
    expect(byId.get('a')?.amount).toBe(byId.get('b')?.amount);
    expect(byId.get('a')?.amount).toEqual({
      value: 2e9,
      currency: 'USD',
      usd: 2e9,
      kind: 'exact',
      scope: 'total',
    });
    expect(byId.get('c')?.amount?.kind).toBe('upTo');
    expect(byId.get(first.id as string)?.amount?.value).toBe(38e9);
  });

  test('validated deals leave out empty co-party and overlap lists, companies empty alias and former-id lists', () => {
    const file = minimalFile() as { deals: Record<string, unknown>[] };
    const [first] = file.deals as [Record<string, unknown>];
    file.deals.push({
      ...first,
      id: 'listed',
      coParties: [{ name: 'SoftBank' }],
      overlaps: [first.id],
      date: '2025-12',
    });
    const result = validateDealMap(file, { file: 'test.json' });
    if (!result.ok) throw new Error('expected the fixture to load');
    const [a, b, listed] = result.value.deals;
    for (const deal of [a, b]) {
      expect(deal && Object.hasOwn(deal, 'coParties')).toBe(false);
      expect(deal && Object.hasOwn(deal, 'overlaps')).toBe(false);
    }
    expect(listed?.coParties).toEqual([{ name: 'SoftBank' }]);
    expect(listed?.overlaps).toEqual([first.id]);
    const amazon = result.value.companies.find((c) => c.id === 'amazon');
    const openai = result.value.companies.find((c) => c.id === 'openai');
    for (const company of [amazon, openai])
      expect(company && Object.hasOwn(company, 'formerIds')).toBe(false);
    expect(amazon && Object.hasOwn(amazon, 'aliases')).toBe(false);
    expect(openai?.aliases).toEqual(['ChatGPT maker']);
    expect(a && sourcesOf(a)).toEqual([
      { url: 'https://example.com/openai-aws', publisher: 'Example News', date: '2025-11-03' },
    ]);
  });
});
