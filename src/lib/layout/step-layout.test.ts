import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { frozenEdition, patched } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel, type GraphModel } from '../graph/model.ts';
import { computeLayout } from './force-layout.ts';
import { layoutInput } from './layout-input.ts';
import { layoutParams, SMALL_GRAPH, SMALL_PARAMS } from './layout-params.ts';
import { createLayout, tickCount } from './step-layout.ts';

function modelOf(file: unknown): GraphModel {
  const result = validateDealMap(file);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return buildModel(result.value);
}

const { layout: _layout, ...free } = frozenEdition();
const edition = modelOf(free);
/** Sizes as data: a fixed radius per company, not the renderer's scale. */
const radii = Float64Array.from(edition.companies, (_, i) => 5 + (i % 7) * 3);
const input = layoutInput(edition, { radii });
const oneShot = computeLayout(edition, { radii });

describe('the layout as a step function', () => {
  test('stepping in chunks of any size gives exactly the one-shot positions', () => {
    for (const chunk of [1, 7, 150, 199]) {
      const layout = createLayout(input);
      let steps = 0;
      while (!layout.step(chunk)) steps++;
      expect(steps).toBe(Math.ceil(200 / chunk) - 1);
      expect([...layout.positions()]).toEqual([...oneShot]);
    }
  });

  test('the input survives a structured clone (what a worker receives) and gives the same layout', () => {
    const layout = createLayout(structuredClone(input));
    layout.step(Infinity);
    expect([...layout.positions()]).toEqual([...oneShot]);
  });

  test('reports progress, and a new positions array each time; the first positions are complete', () => {
    const layout = createLayout(input);
    const first = layout.positions();
    expect(first.every(Number.isFinite)).toBe(true);
    expect(layout.progress).toBe(0);
    layout.step(50);
    expect(layout.progress).toBeCloseTo(50 / (tickCount() + SMALL_PARAMS.settleTicks));
    expect(layout.done).toBe(false);
    const middle = layout.positions();
    expect(middle).not.toBe(layout.positions());
    expect([...middle]).not.toEqual([...first]);
    layout.step(Infinity);
    expect(layout.done).toBe(true);
    expect(layout.progress).toBe(1);
    expect(layout.step(10)).toBe(true);
    expect([...layout.positions()]).toEqual([...oneShot]);
  });

  test('the radii it is given are the room it makes: with doubled radii, doubled circles do not overlap', () => {
    const doubled = radii.map((r) => 2 * r);
    const spacing = (p: Float64Array) => {
      let worst = Infinity;
      for (let i = 0; i < doubled.length; i++) {
        for (let j = i + 1; j < doubled.length; j++) {
          const d = Math.hypot(
            (p[2 * i] as number) - (p[2 * j] as number),
            (p[2 * i + 1] as number) - (p[2 * j + 1] as number),
          );
          worst = Math.min(worst, d / ((doubled[i] as number) + (doubled[j] as number)));
        }
      }
      return worst;
    };
    expect(spacing(computeLayout(edition, { radii: doubled }))).toBeGreaterThanOrEqual(0.9);
    expect(spacing(oneShot)).toBeLessThan(0.9);
  });

  test('radii that do not match the companies are refused', () => {
    expect(() => layoutInput(edition, { radii: new Float64Array(3) })).toThrow(/3 radii/);
  });

  test('all companies pinned: done at once, exactly where they were', () => {
    const model = modelOf(
      patched((f) => (f.layout = { openai: [1, 2], amazon: [3, 4], aws: [5, 6], microsoft: [7, 8] })),
    );
    const layout = createLayout(
      layoutInput(model, { radii: new Float64Array(4).fill(5), frozen: model.map.layout }),
    );
    expect(layout.done).toBe(true);
    expect([...layout.positions()]).toEqual([3, 4, 5, 6, 7, 8, 1, 2]);
  });
});

describe('parameters by graph size', () => {
  test('small graphs keep the tuned parameters; big ones run fewer ticks and spread out', () => {
    expect(layoutParams(53)).toBe(SMALL_PARAMS);
    expect(layoutParams(SMALL_GRAPH)).toBe(SMALL_PARAMS);
    const big = layoutParams(20_000);
    expect(tickCount(1, big) + big.settleTicks).toBeLessThan(tickCount() + SMALL_PARAMS.settleTicks);
    expect(big.gravityX).toBeLessThan(SMALL_PARAMS.gravityX);
    expect(big.chargeBase).toBeGreaterThan(SMALL_PARAMS.chargeBase);
    expect(big.grid).toBe(true);
    expect(SMALL_PARAMS.grid).toBe(false);
  });
});

test('the layout takes sizes as data: nothing under layout/ imports the renderer', () => {
  const dir = new URL('./', import.meta.url);
  const offenders = readdirSync(dir).filter((file) =>
    /from '\.\.\/render\//.test(readFileSync(new URL(file, dir), 'utf8')),
  );
  expect(offenders).toEqual([]);
});
