import { expect, test } from 'vitest';
import { minimalFile } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS } from '../filters/types.ts';
import { buildModel } from '../graph/model.ts';
import { companyDescriber } from './company-description.ts';
import { baseStyle, placeScene } from './style.ts';
import { splitGroups } from './units.ts';
import { unitGroups } from './merged-view.ts';

const result = validateDealMap(minimalFile());
if (!result.ok) throw new Error('the fixture should load');
const model = buildModel(result.value);
const at = (id: string) => model.companyIndex.get(id) as number;

test('a company is described by its name, category and number of deals', () => {
  const describe = companyDescriber(model, splitGroups(model));
  expect(describe(at('openai'))).toBe('OpenAI, AI lab, 2 deals');
  expect(describe(at('microsoft'))).toBe('Microsoft, Hyperscaler, 1 deal');
});

test('a parent drawn with its units names them and counts their deals', () => {
  const describe = companyDescriber(model, unitGroups(model, true));
  expect(describe(at('amazon'))).toBe('Amazon (with AWS), Hyperscaler, 1 deal');
});

test('the styled companies carry no description: it is written only when the accessible layer asks', () => {
  const visibility = applyFilters(model, NO_FILTERS);
  const base = baseStyle({ model, visibility, theme: 'light', edgeTitle: () => '' });
  const { placedNodes } = placeScene(base, new Float64Array(2 * model.companies.length));
  expect(placedNodes.length).toBeGreaterThan(0);
  for (const node of placedNodes) expect(Object.keys(node)).not.toContain('description');
});
