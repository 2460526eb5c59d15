import { expect, test } from 'vitest';
import { patched } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel } from '../graph/model.ts';
import { computeLayout } from './force-layout.ts';
import { layoutFor } from './layout-for.ts';

function model(layout?: Record<string, [number, number]>) {
  const result = validateDealMap(patched((f) => layout && (f.layout = layout)));
  if (!result.ok) throw new Error('fixture should load');
  return buildModel(result.value);
}

test('a fully frozen layout is used as it is, synchronously', () => {
  const m = model({ openai: [1, 2], amazon: [3, 4], aws: [5, 6], microsoft: [7, 8] });
  const positions = layoutFor(m);
  expect(positions).toBeInstanceOf(Float64Array);
  expect([...(positions as Float64Array)]).toEqual([3, 4, 5, 6, 7, 8, 1, 2]);
});

test('otherwise the force layout runs, with the same result as computeLayout', async () => {
  const m = model({ openai: [1, 2] });
  const positions = await layoutFor(m);
  expect([...positions]).toEqual([...computeLayout(m, { frozen: m.map.layout })]);
  expect(positions[6]).toBe(1);
});
