import { describe, expect, test } from 'vitest';
import { frozenEdition, patched } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS, type FilterState } from '../filters/types.ts';
import { buildModel } from '../graph/model.ts';
import { mapSummary } from './summary.ts';

function modelOf(file: unknown) {
  const result = validateDealMap(file);
  if (!result.ok) throw new Error('the file should load');
  return buildModel(result.value);
}

/** The sentence naming the largest companies, or '' when there is none. */
function largestSentence(summary: string): string {
  return /Largest by deal volume: [^.]*\./.exec(summary)?.[0] ?? '';
}

describe('the map summary', () => {
  const model = modelOf(frozenEdition());
  test.each<[string, Partial<FilterState>]>([
    ['every deal', {}],
    ['as of mid-2024', { asof: '2024-06' }],
    ['compute deals only', { types: ['compute'] }],
  ])('names the five visible companies with the most deal volume, largest first: %s', (_, filters) => {
    const visibility = applyFilters(model, { ...NO_FILTERS, ...filters });
    const expected = model.companies
      .map((c, i) => ({ name: c.name, volume: visibility.volume[i] ?? 0, visible: visibility.companies[i] }))
      .filter((c) => c.visible && c.volume > 0)
      .sort((a, b) => b.volume - a.volume)
      .slice(0, 5)
      .map((c) => c.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(largestSentence(mapSummary(model, visibility))).toBe(
      `Largest by deal volume: ${expected.join(', ')}.`,
    );
  });

  test('companies with the same volume are named in the map order', () => {
    // Both deals of the minimal file for the same amount: OpenAI is in both, AWS and Microsoft in one each.
    const tied = modelOf(
      patched((f) => {
        f.deals[1].amount = { ...f.deals[0].amount };
      }),
    );
    const visibility = applyFilters(tied, NO_FILTERS);
    const volume = (id: string) => visibility.volume[tied.companyIndex.get(id) ?? -1];
    expect(volume('aws')).toBe(volume('microsoft'));
    expect(tied.companyIndex.get('aws')).toBeLessThan(tied.companyIndex.get('microsoft') ?? 0);
    expect(largestSentence(mapSummary(tied, visibility))).toBe(
      'Largest by deal volume: OpenAI, AWS, Microsoft.',
    );
  });

  test('a map without any amount names no largest company', () => {
    const none = modelOf(
      patched((f) => {
        for (const d of f.deals) d.amount = { kind: 'undisclosed' };
      }),
    );
    expect(largestSentence(mapSummary(none, applyFilters(none, NO_FILTERS)))).toBe('');
  });
});
