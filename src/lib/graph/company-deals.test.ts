import { describe, expect, test } from 'vitest';
import { dealRanges, dealsOf } from './company-deals.ts';

describe("companies' deals", () => {
  test('each deal under both its ends, in the order given; an unknown end under none', () => {
    const deals = [
      { index: 0, from: 0, to: 2 },
      { index: 1, from: 2, to: 1 },
      { index: 2, from: -1, to: 2 },
      { index: 3, from: 0, to: 1 },
    ];
    const model = { companyDeals: dealRanges(deals, new Uint32Array([2, 2, 3, 0])) };
    expect(dealsOf(model, 0)).toEqual([0, 3]);
    expect(dealsOf(model, 1)).toEqual([1, 3]);
    expect(dealsOf(model, 2)).toEqual([0, 1, 2]);
    expect(dealsOf(model, 3)).toEqual([]);
    expect(dealsOf(model, 4)).toEqual([]);
    expect(dealsOf(model, -1)).toEqual([]);
    // A plain list: mapping it gives a plain list, not numbers squeezed into a typed one.
    expect(dealsOf(model, 2).map((i) => `d${i}`)).toEqual(['d0', 'd1', 'd2']);
  });
});
