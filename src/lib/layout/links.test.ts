import { describe, expect, test } from 'vitest';
import { aggregateTies, partnerCounts } from './links.ts';
import { seededRandom } from './random.ts';

/** The springs as a map of counts, sorted by pair: what aggregateTies must equal. */
function reference(n: number, a: readonly number[], b: readonly number[]) {
  const counts = new Map<string, { source: number; target: number; count: number }>();
  a.forEach((x, k) => {
    const y = b[k] as number;
    if (x < 0 || y < 0 || x >= n || y >= n || x === y) return;
    const [source, target] = x < y ? [x, y] : [y, x];
    const link = counts.get(`${source},${target}`) ?? { source, target, count: 0 };
    link.count++;
    counts.set(`${source},${target}`, link);
  });
  return [...counts.values()].sort((p, q) => p.source - q.source || p.target - q.target);
}

describe('aggregateTies', () => {
  test('one spring per pair, either direction, counting its ties; self-ties and unknown ends left out', () => {
    const ties = {
      a: Int32Array.from([2, 0, 1, 0, 3, -1, 2, 4]),
      b: Int32Array.from([0, 2, 2, 0, 1, 1, 0, 1]),
    };
    expect(aggregateTies(4, ties)).toEqual([
      { source: 0, target: 2, count: 3 },
      { source: 1, target: 2, count: 1 },
      { source: 1, target: 3, count: 1 },
    ]);
  });

  test('matches counting in a map on a hub-heavy random graph, in company-index order', () => {
    const random = seededRandom(7);
    const n = 3000;
    const a: number[] = [];
    const b: number[] = [];
    for (let k = 0; k < 20_000; k++) {
      // Squared: low indices (hubs) come up far more often, so pairs repeat.
      a.push(Math.floor(random() ** 2 * n));
      b.push(Math.floor(random() * n) - (k % 97 === 0 ? n : 0));
    }
    const links = aggregateTies(n, { a: Int32Array.from(a), b: Int32Array.from(b) });
    expect(links).toEqual(reference(n, a, b));
    expect(links.some((l) => l.count > 1)).toBe(true);
    expect(partnerCounts(n, links).reduce((s, d) => s + d, 0)).toBe(2 * links.length);
  });

  test('no ties, no springs', () => {
    expect(aggregateTies(5, { a: new Int32Array(0), b: new Int32Array(0) })).toEqual([]);
  });
});
