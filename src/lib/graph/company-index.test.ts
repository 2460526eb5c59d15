import { describe, expect, test } from 'vitest';
import { CompanyIndex } from './company-index.ts';

describe('company index', () => {
  test('finds current ids, then former ids; a former id that is a current id, or named twice, keeps its first owner', () => {
    const companies = [
      { id: 'alpha', formerIds: ['old-alpha', 'beta'] },
      { id: 'beta', formerIds: [] },
      { id: 'delta', formerIds: ['old-alpha', 'gamma'] },
      { id: 'zeta', formerIds: ['gamma'] },
    ];
    const index = new CompanyIndex(companies);
    expect(companies.map((c) => index.get(c.id))).toEqual([0, 1, 2, 3]);
    expect(index.get('beta')).toBe(1);
    expect(index.get('old-alpha')).toBe(0);
    expect(index.get('gamma')).toBe(2);
    for (const missing of ['', 'a', 'alphab', 'epsilon', 'zz', 'Alpha']) {
      expect(index.get(missing)).toBeUndefined();
      expect(index.has(missing)).toBe(false);
    }
    expect(index.has('gamma')).toBe(true);
    expect(new CompanyIndex([]).get('alpha')).toBeUndefined();
  });
});
