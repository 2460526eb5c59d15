import { describe, expect, test } from 'vitest';
import { NONE } from '../data/compact.ts';
import { DEFAULT_DEAL_TYPES } from '../data/defaults.ts';
import type { Deal, DealType } from '../data/format.ts';
import { DealRecords, type DealFacts, type DealRecord } from './deal-records.ts';
import type { Headline } from './headline.ts';

const deal = (id: string): Deal => ({
  id,
  from: 'a',
  to: 'b',
  type: 'investment',
  date: '2024-01',
  status: 'completed',
  sources: NONE,
});
const headline = (usd: number | undefined): Headline => ({
  usd,
  kind: 'exact',
  perYear: false,
  round: false,
});
const [investment, compute] = DEFAULT_DEAL_TYPES as [DealType, DealType];

/** Every field a record reads, as a plain list. */
const read = (r: DealRecord) => [
  r.index,
  r.deal,
  r.from,
  r.to,
  r.type,
  r.start,
  r.end,
  r.headline,
  r.unconfirmed,
  r.excludedFromTotals,
  r.excludedReason,
];

describe('deal records', () => {
  test('read back every fact they were made from, each record apart', () => {
    const deals = ['x', 'y', 'z', 'w'].map(deal);
    const big = headline(5e9);
    const none = headline(undefined);
    const facts: DealFacts[] = [
      {
        deal: deals[2] as Deal,
        from: 0,
        to: 19_999,
        type: compute,
        start: Date.UTC(2020, 0, 1),
        end: Date.UTC(2023, 5, 15),
        headline: big,
        unconfirmed: true,
        reason: 'superseded',
      },
      {
        deal: deals[0] as Deal,
        from: -1,
        to: 3,
        type: investment,
        start: undefined,
        end: undefined,
        headline: none,
        unconfirmed: false,
        reason: undefined,
      },
      {
        deal: deals[3] as Deal,
        from: 7,
        to: 7,
        type: compute,
        start: Date.UTC(2020, 0, 1),
        end: undefined,
        headline: big,
        unconfirmed: false,
        reason: 'terminated',
      },
      {
        deal: deals[1] as Deal,
        from: 12_345,
        to: 0,
        type: investment,
        start: Date.UTC(1999, 11, 31),
        end: Date.UTC(2020, 0, 1),
        headline: none,
        unconfirmed: true,
        reason: 'overlap',
      },
    ];
    const table = new DealRecords(facts.length);
    for (const f of facts) table.add(f);
    const records = table.records();
    expect(records.map(read)).toEqual(
      facts.map((f, i) => [
        i,
        f.deal,
        f.from,
        f.to,
        f.type,
        f.start,
        f.end,
        f.headline,
        f.unconfirmed,
        f.reason !== undefined,
        f.reason,
      ]),
    );
    // The very deal, type and headline objects, not copies.
    expect(records[0]?.deal).toBe(deals[2]);
    expect(records[0]?.type).toBe(compute);
    expect(records[2]?.headline).toBe(big);
  });

  test('many distinct values (wider columns) read back as well', () => {
    const n = 70_000;
    const deals = Array.from({ length: n }, (_, i) => deal(`d${i}`));
    const headlines = Array.from({ length: 300 }, (_, i) => headline(i));
    const table = new DealRecords(n);
    for (let i = 0; i < n; i++)
      table.add({
        deal: deals[n - 1 - i] as Deal,
        from: i,
        to: (i * 7) % n,
        type: i % 2 ? compute : investment,
        start: i * 86_400_000,
        end: i % 3 ? undefined : (i + 1) * 86_400_000,
        headline: headlines[i % 300] as Headline,
        unconfirmed: i % 5 === 0,
        reason: i % 4 === 0 ? 'overlap' : undefined,
      });
    const records = table.records();
    expect(records).toHaveLength(n);
    for (const i of [0, 1, 255, 256, 299, 300, 65_535, 65_536, n - 1]) {
      expect(read(records[i] as DealRecord)).toEqual([
        i,
        deals[n - 1 - i],
        i,
        (i * 7) % n,
        i % 2 ? compute : investment,
        i * 86_400_000,
        i % 3 ? undefined : (i + 1) * 86_400_000,
        headlines[i % 300],
        i % 5 === 0,
        i % 4 === 0,
        i % 4 === 0 ? 'overlap' : undefined,
      ]);
    }
  });

  test('a record holds its index only; the records of one model share one class', () => {
    const table = new DealRecords(2);
    const facts = {
      from: 0,
      to: 1,
      type: investment,
      start: undefined,
      end: undefined,
      headline: headline(1),
      unconfirmed: false,
      reason: undefined,
    };
    table.add({ ...facts, deal: deal('x') });
    table.add({ ...facts, deal: deal('y') });
    const [a, b] = table.records();
    expect(Object.getOwnPropertyNames(a)).toEqual(['index']);
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
  });
});
