import { describe, expect, test } from 'vitest';
import { patched } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel } from '../graph/model.ts';
import { applyFilters } from './apply.ts';
import { panelCounts } from './panel-counts.ts';
import { NO_FILTERS } from './types.ts';

describe('panelCounts', () => {
  const result = validateDealMap(patched(() => {}));
  if (!result.ok) throw new Error('fixture should load');
  const model = buildModel(result.value);

  test('everything visible', () => {
    const c = panelCounts(model, applyFilters(model, NO_FILTERS));
    expect(Object.fromEntries(c.types)).toEqual({ compute: 1, investment: 1 });
    expect(Object.fromEntries(c.statuses)).toEqual({ announced: 1, completed: 1 });
    expect(Object.fromEntries(c.categories)).toEqual({ 'ai-lab': 1, hyperscaler: 2 });
  });

  test('follows the filters', () => {
    const c = panelCounts(model, applyFilters(model, { ...NO_FILTERS, types: ['compute'] }));
    expect(Object.fromEntries(c.types)).toEqual({ compute: 1 });
    expect(Object.fromEntries(c.statuses)).toEqual({ announced: 1 });
    expect(Object.fromEntries(c.categories)).toEqual({ 'ai-lab': 1, hyperscaler: 1 });
  });
});
