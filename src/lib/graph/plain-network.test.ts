import { describe, expect, test } from 'vitest';
import { patched } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { isPlainNetwork } from './plain-network.ts';

function map(file: unknown) {
  const result = validateDealMap(file);
  if (!result.ok) throw new Error('should load');
  return result.value;
}

describe('plain network', () => {
  test('links with no amounts and no money type are a plain network', () => {
    const file = patched((f) => {
      f.dealTypes = [{ id: 'link', label: 'Link', color: '#767676', flow: 'none' }];
      for (const d of f.deals) {
        d.type = 'link';
        delete d.amount;
      }
    });
    expect(isPlainNetwork(map(file))).toBe(true);
  });

  test('any amount or any money deal type makes it a map of money', () => {
    expect(isPlainNetwork(map(patched(() => undefined)))).toBe(false);
    const undisclosed = patched((f) => {
      delete f.deals[0].amount;
    });
    expect(isPlainNetwork(map(undisclosed))).toBe(false);
  });
});
