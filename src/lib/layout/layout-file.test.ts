import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { minimalFile } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel } from '../graph/model.ts';
import { layoutRadii } from '../state/layout-sizes.ts';
import { computeLayout, positionsFromMap } from './force-layout.ts';
import { isCanonicalExceptLayout, roundedLayout, withLayout } from './layout-file.ts';

const text = readFileSync(new URL('../../../data/ai-deals.json', import.meta.url), 'utf8');
const raw = JSON.parse(text) as Record<string, unknown>;
const result = validateDealMap(raw);
if (!result.ok) throw new Error('the bundled data should load');
const model = buildModel(result.value);

describe('the committed layout of data/ai-deals.json', () => {
  test('covers every company, in id order, as the last key of the file', () => {
    const ids = model.companies.map((c) => c.id);
    expect(Object.keys(raw['layout'] as object)).toEqual(ids);
    expect(Object.keys(raw).at(-1)).toBe('layout');
    expect([...result.value.layout.keys()]).toEqual(ids);
  });

  test('is what computeLayout returns with it frozen, so `npm run layout` leaves the file as it is', () => {
    const positions = computeLayout(model, { radii: layoutRadii(model), frozen: result.value.layout });
    expect([...positions]).toEqual([...positionsFromMap(model, result.value.layout)]);
    expect(withLayout(text, roundedLayout(model, positions))).toBe(text);
  });
});

describe('withLayout', () => {
  const file = JSON.stringify(minimalFile(), null, 2) + '\n';
  const loaded = validateDealMap(minimalFile());
  if (!loaded.ok) throw new Error('the fixture should load');
  const small = buildModel(loaded.value);
  const layout = roundedLayout(small, new Float64Array([1.234, -0.004, 2, 3, 4.5, 5, -6, 7.999]));

  test('rounds to 2 decimals (no -0) and writes one company per line, last, leaving the rest byte-identical', () => {
    expect([...layout]).toEqual([
      ['amazon', { x: 1.23, y: 0 }],
      ['aws', { x: 2, y: 3 }],
      ['microsoft', { x: 4.5, y: 5 }],
      ['openai', { x: -6, y: 8 }],
    ]);
    const out = withLayout(file, layout);
    expect(out.startsWith(file.slice(0, -3))).toBe(true);
    expect(
      out.endsWith(
        '  "layout": {\n    "amazon": [1.23, 0],\n    "aws": [2, 3],\n    "microsoft": [4.5, 5],\n    "openai": [-6, 8]\n  }\n}\n',
      ),
    ).toBe(true);
    expect(isCanonicalExceptLayout(out)).toBe(true);
  });

  test('replaces an existing layout wherever it was and moves it to the end', () => {
    const withOld = JSON.stringify({ layout: { openai: [0, 0] }, ...minimalFile() }, null, 2) + '\n';
    expect(isCanonicalExceptLayout(withOld)).toBe(false);
    const out = withLayout(withOld, layout);
    expect(out).toBe(withLayout(file, layout));
    expect(withLayout(out, layout)).toBe(out);
  });

  test('keeps content and order of a file formatted differently', () => {
    const compact = JSON.stringify(minimalFile());
    const out = withLayout(compact, layout);
    const { layout: _written, ...rest } = JSON.parse(out) as Record<string, unknown>;
    expect(JSON.stringify(rest)).toBe(compact);
  });

  test('refuses files that are not an object and positions that are not finite', () => {
    expect(() => withLayout('[]', layout)).toThrow(/not a JSON object/);
    expect(() => withLayout(file, new Map([['openai', { x: NaN, y: 0 }]]))).toThrow(/finite/);
  });
});
