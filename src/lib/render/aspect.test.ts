import { describe, expect, test } from 'vitest';
import { aspectStretch, MAX_STRETCH, stretched } from './aspect.ts';
import { fitCamera } from './camera.ts';

/** A landscape layout: 600 × 300 world units around (0, 50). */
const wide = new Float64Array([-300, -100, 300, 200, 0, 50]);

describe('portrait stretch', () => {
  test('a landscape map on an upright phone is stretched upright, never beyond the cap', () => {
    const stretch = aspectStretch(wide, 375, 640);
    expect(stretch.sy).toBeGreaterThan(1.2);
    expect(stretch.sy).toBeLessThanOrEqual(MAX_STRETCH);
    const out = stretched(wide, stretch);
    // x untouched, y spread about the middle, which stays put.
    expect([out[0], out[2], out[4]]).toEqual([-300, 300, 0]);
    expect(out[5]).toBeCloseTo(50);
    expect((out[3] ?? 0) - (out[1] ?? 0)).toBeCloseTo(300 * stretch.sy);
  });

  test('stages close to the layout’s own aspect, or wider, draw it exactly as laid out', () => {
    expect(aspectStretch(wide, 1200, 700).sy).toBe(1);
    expect(aspectStretch(wide, 680, 420).sy).toBe(1);
    expect(stretched(wide, aspectStretch(wide, 1200, 700))).toBe(wide);
    expect(aspectStretch(wide, 0, 0).sy).toBe(1);
  });

  test('fitted to a phone, the stretched map spans the stage’s width and far more of its height', () => {
    const span = (positions: Float64Array) => {
      const bounds = { x0: -300, x1: 300, y0: positions[1] ?? 0, y1: positions[3] ?? 0 };
      const camera = fitCamera(bounds, 375, 640);
      return { x: (bounds.x1 - bounds.x0) * camera.k, y: (bounds.y1 - bounds.y0) * camera.k };
    };
    const plain = span(wide);
    const upright = span(stretched(wide, aspectStretch(wide, 375, 640)));
    expect(upright.x).toBeGreaterThan(0.85 * 375);
    expect(upright.y).toBeGreaterThan(1.5 * plain.y);
  });
});
