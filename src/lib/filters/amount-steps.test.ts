import { describe, expect, test } from 'vitest';
import { amountSteps, formatMinAmount } from './amount-steps.ts';

describe('amount steps', () => {
  test('Any, $100M, $1B, $10B, $50B, $100B', () => {
    expect(amountSteps()).toEqual([
      { value: undefined, label: 'Any' },
      { value: 1e8, label: '$100M' },
      { value: 1e9, label: '$1B' },
      { value: 1e10, label: '$10B' },
      { value: 5e10, label: '$50B' },
      { value: 1e11, label: '$100B' },
    ]);
  });

  test('a minimum from a link that is not a step is offered in order', () => {
    expect(amountSteps(25e8).map((s) => s.label)).toEqual([
      'Any',
      '$100M',
      '$1B',
      '$2.5B',
      '$10B',
      '$50B',
      '$100B',
    ]);
    expect(amountSteps(1e9)).toHaveLength(6);
    expect(amountSteps(0)).toHaveLength(6);
  });

  test('formatMinAmount', () => {
    expect(formatMinAmount(undefined)).toBe('Any');
    expect(formatMinAmount(0)).toBe('Any');
    expect(formatMinAmount(Number.NaN)).toBe('Any');
    expect(formatMinAmount(1e8)).toBe('$100M');
    expect(formatMinAmount(1.5e9)).toBe('$1.5B');
    expect(formatMinAmount(1e12)).toBe('$1T');
    expect(formatMinAmount(250_000)).toBe('$250K');
  });
});
