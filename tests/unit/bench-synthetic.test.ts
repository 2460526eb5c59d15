// The benchmark's generated markets: the same seed gives the same file, the file is valid for our validator
// and carries no positions, and it is hub-heavy like a real market.
import { describe, expect, test } from 'vitest';
import { degrees, syntheticMarket } from '../../bench/synthetic.ts';
import { validateDealMap } from '../../src/lib/data/validate.ts';
import { seededRandom } from '../../src/lib/layout/random.ts';

describe('syntheticMarket', () => {
  test('the same seed gives the same file; another seed another one', () => {
    const a = JSON.stringify(syntheticMarket({ companies: 300, deals: 900, seed: 7 }));
    expect(JSON.stringify(syntheticMarket({ companies: 300, deals: 900, seed: 7 }))).toBe(a);
    expect(JSON.stringify(syntheticMarket({ companies: 300, deals: 900, seed: 8 }))).not.toBe(a);
  });

  test('has the asked counts, is valid without a warning and has no layout', () => {
    const market = syntheticMarket({ companies: 1000, deals: 3000 });
    expect(market.companies).toHaveLength(1000);
    expect(market.deals).toHaveLength(3000);
    expect(new Set(market.companies.map((c) => c.id)).size).toBe(1000);
    expect(market).not.toHaveProperty('layout');
    const result = validateDealMap(market, { file: 'synthetic.json' });
    expect(result.ok).toBe(true);
    expect(result.issues.filter((i) => i.severity !== 'notice')).toEqual([]);
  });

  test('every company is in a deal and no deal joins a company to itself', () => {
    const market = syntheticMarket({ companies: 500, deals: 1500 });
    expect(Math.min(...degrees(market))).toBeGreaterThanOrEqual(1);
    expect(market.deals.every((d) => d.from !== d.to)).toBe(true);
  });

  test('is hub-heavy: the top 1 % of companies hold ≥ 8 % of deal ends, the busiest ≥ 20× the median', () => {
    for (const [companies, deals] of [
      [1000, 3000],
      [5000, 15000],
    ] as const) {
      const sorted = degrees(syntheticMarket({ companies, deals }));
      const top = sorted.slice(0, companies / 100).reduce((sum, d) => sum + d, 0);
      expect(top / (2 * deals)).toBeGreaterThanOrEqual(0.08);
      expect(sorted[0]).toBeGreaterThanOrEqual(20 * (sorted[companies / 2] as number));
    }
  });

  test('a uniform random graph of the same size is not hub-heavy by that measure (the test can fail)', () => {
    // Same counts, ends drawn uniformly: the top 1 % hold far less than 8 % of the ends.
    const next = seededRandom(1);
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 6000; i++) {
      const at = Math.floor(next() * 1000);
      counts[at] = (counts[at] as number) + 1;
    }
    const top = counts
      .sort((a, b) => b - a)
      .slice(0, 10)
      .reduce((sum, d) => sum + d, 0);
    expect(top / 6000).toBeLessThan(0.08);
  });
});
