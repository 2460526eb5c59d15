import { describe, expect, test } from 'vitest';
import type { Renderer } from '../state/view-params.ts';
import { CANVAS_FROM, chooseRenderer, SVG_BELOW } from './renderer-choice.ts';

/** The renderer after each size in turn, starting with nothing drawn. */
function walk(sizes: readonly number[], override?: Renderer): Renderer[] {
  const out: Renderer[] = [];
  let current: Renderer | undefined;
  for (const size of sizes) {
    current = chooseRenderer(current, size, override);
    out.push(current);
  }
  return out;
}

describe('chooseRenderer', () => {
  test('small views start on SVG, big ones on Canvas', () => {
    expect(chooseRenderer(undefined, 179, undefined)).toBe('svg');
    expect(chooseRenderer(undefined, CANVAS_FROM - 1, undefined)).toBe('svg');
    expect(chooseRenderer(undefined, CANVAS_FROM, undefined)).toBe('canvas');
    expect(chooseRenderer(undefined, 80_000, undefined)).toBe('canvas');
  });

  test('between the two thresholds the renderer in use stays', () => {
    expect(chooseRenderer('svg', 1200, undefined)).toBe('svg');
    expect(chooseRenderer('canvas', 1200, undefined)).toBe('canvas');
    expect(chooseRenderer('canvas', SVG_BELOW, undefined)).toBe('canvas');
    expect(chooseRenderer('canvas', SVG_BELOW - 1, undefined)).toBe('svg');
  });

  test('a view moving back and forth around one threshold does not flip renderers', () => {
    expect(walk([1400, 1600, 1450, 1550, 1100, 1499, 999, 1200, 1499, 1500])).toEqual([
      'svg',
      'canvas',
      'canvas',
      'canvas',
      'canvas',
      'canvas',
      'svg',
      'svg',
      'svg',
      'canvas',
    ]);
  });

  test('the URL override wins at every size and whatever was drawn before', () => {
    expect(walk([10, 5000, 900], 'canvas')).toEqual(['canvas', 'canvas', 'canvas']);
    expect(walk([10, 5000, 900], 'svg')).toEqual(['svg', 'svg', 'svg']);
    expect(chooseRenderer('canvas', 20, 'canvas')).toBe('canvas');
    expect(chooseRenderer('svg', 50_000, 'svg')).toBe('svg');
  });
});
