// The size budget script's pure parts: the data file it serves without positions, and the static-import
// scan it prints for reference.
import { describe, expect, test } from 'vitest';
import { staticImports, withoutPositions } from '../../scripts/size-budget.mjs';

describe('size budget helpers', () => {
  test('withoutPositions drops the frozen layout and keeps everything else', () => {
    const file = { format: 'ai-deal-map/1', companies: [{ id: 'a' }], deals: [], layout: { a: [1, 2] } };
    expect(withoutPositions(file)).toEqual({ format: 'ai-deal-map/1', companies: [{ id: 'a' }], deals: [] });
    expect(file.layout).toEqual({ a: [1, 2] });
  });

  test('staticImports finds static imports and re-exports, not dynamic import()', () => {
    const code = 'import{a as b}from"./x.js";export*from"./y.js";import"./z.js";const m=import("./lazy.js");';
    expect(staticImports(code).sort()).toEqual(['./x.js', './y.js', './z.js']);
  });
});
