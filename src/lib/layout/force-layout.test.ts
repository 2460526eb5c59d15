import { describe, expect, test } from 'vitest';
import type { Point } from '../data/format.ts';
import { frozenEdition, minimalFile, patched, type LooseFile } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel, type GraphModel } from '../graph/model.ts';
import { layoutRadii } from '../state/layout-sizes.ts';
import {
  computeLayout as computeWithRadii,
  positionsFromMap,
  positionsToMap,
  tickCount,
  type LayoutOptions,
  type Positions,
} from './force-layout.ts';
import { SMALL_PARAMS } from './layout-params.ts';
import { labelBoxes } from './label-collide.ts';
import { seededRandom } from './random.ts';

function modelOf(file: unknown): GraphModel {
  const result = validateDealMap(file);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return buildModel(result.value);
}

/** The layout with the radii the map draws. */
function computeLayout(model: GraphModel, options: Omit<LayoutOptions, 'radii'> = {}): Positions {
  return computeWithRadii(model, { radii: layoutRadii(model), ...options });
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function expectClose(a: Positions, b: Positions, tolerance = 1e-6): void {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] as number) - (b[i] as number)));
  expect(worst).toBeLessThanOrEqual(tolerance);
}

function expectFinite(positions: Positions, companies: number): void {
  expect(positions).toHaveLength(2 * companies);
  expect([...positions].every(Number.isFinite)).toBe(true);
}

/** Smallest centre distance divided by the sum of the two radii, over all pairs. */
function worstSpacing(model: GraphModel, positions: Positions): number {
  const r = layoutRadii(model);
  let worst = Infinity;
  for (let i = 0; i < r.length; i++) {
    for (let j = i + 1; j < r.length; j++) {
      const d = Math.hypot(
        (positions[2 * i] as number) - (positions[2 * j] as number),
        (positions[2 * i + 1] as number) - (positions[2 * j + 1] as number),
      );
      worst = Math.min(worst, d / ((r[i] as number) + (r[j] as number)));
    }
  }
  return worst;
}

function withoutLayout(file: LooseFile): LooseFile {
  const { layout: _layout, ...rest } = file;
  return rest;
}

const edition = modelOf(withoutLayout(frozenEdition()));
const fresh = computeLayout(edition);

describe('computeLayout on the frozen 2026-11-26 edition', () => {
  test('runs as many ticks as d3 needs to cool down (150 with our decay)', () => {
    expect(tickCount()).toBe(150);
    expect(tickCount(0.001)).toBe(0);
  });

  test('is deterministic: the same input gives the same positions', () => {
    expectFinite(fresh, edition.companies.length);
    expectClose(computeLayout(modelOf(withoutLayout(frozenEdition()))), fresh);
  });

  test('does not depend on the order of companies and deals in the file', () => {
    const random = seededRandom(42);
    const file = withoutLayout(frozenEdition());
    file.companies = shuffled(file.companies as unknown[], random);
    file.deals = shuffled(file.deals as unknown[], random);
    expectClose(computeLayout(modelOf(file)), fresh);
  });

  test('a different seed gives a different (but complete) layout', () => {
    const other = computeLayout(edition, { seed: 7 });
    expectFinite(other, edition.companies.length);
    expect([...other]).not.toEqual([...fresh]);
  });

  test('is centred on (0, 0)', () => {
    const xs = [...fresh].filter((_, i) => i % 2 === 0);
    const ys = [...fresh].filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs) + Math.max(...xs)).toBeCloseTo(0, 6);
    expect(Math.min(...ys) + Math.max(...ys)).toBeCloseTo(0, 6);
  });

  test('circles do not overlap', () => {
    expect(worstSpacing(edition, fresh)).toBeGreaterThanOrEqual(0.9);
  });

  test('leaves room for the labels: no two circle-and-label boxes overlap', () => {
    const boxes = labelBoxes(
      edition.companies.map((c) => c.name),
      layoutRadii(edition),
      SMALL_PARAMS,
    );
    const overlapping: string[] = [];
    boxes.forEach((a, i) => {
      boxes.forEach((b, j) => {
        if (j <= i) return;
        const dx = Math.abs((fresh[2 * j] as number) - (fresh[2 * i] as number));
        const dy = (fresh[2 * j + 1] as number) - (fresh[2 * i + 1] as number);
        const apartX = dx >= a.halfWidth + b.halfWidth - 1;
        const apartY = dy >= 0 ? dy >= a.below + b.above - 1 : -dy >= b.below + a.above - 1;
        if (!apartX && !apartY) overlapping.push(`${edition.companies[i]?.id}/${edition.companies[j]?.id}`);
      });
    });
    expect(overlapping).toEqual([]);
  });

  test('is wider than tall, about 16:10', () => {
    const xs = [...fresh].filter((_, i) => i % 2 === 0);
    const ys = [...fresh].filter((_, i) => i % 2 === 1);
    const aspect = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    expect(aspect).toBeGreaterThan(1.2);
    expect(aspect).toBeLessThan(2.2);
  });

  test('never mutates the model', () => {
    const before = JSON.stringify(edition.companies) + JSON.stringify(edition.deals.map((d) => d.deal));
    computeLayout(edition, { frozen: new Map([['openai', { x: 1, y: 2 }]]) });
    expect(JSON.stringify(edition.companies) + JSON.stringify(edition.deals.map((d) => d.deal))).toBe(before);
  });
});

describe('frozen positions', () => {
  const all = positionsToMap(edition, fresh);

  test('with every company frozen, returns exactly the frozen positions', () => {
    const out = computeLayout(edition, { frozen: all });
    expect([...out]).toEqual([...fresh]);
  });

  test('frozen companies stay exactly where they are; the others are placed', () => {
    const frozen = new Map(
      [...all].filter((_, i) => i % 2 === 0).map(([id, p]) => [id, { x: p.x + 3, y: p.y }]),
    );
    const out = positionsToMap(edition, computeLayout(edition, { frozen }));
    for (const [id, point] of frozen) expect(out.get(id)).toEqual(point);
    expect([...out.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });

  test('adding one company with one deal moves no existing company', () => {
    const file = withoutLayout(frozenEdition());
    file.companies.push({ id: 'newco', name: 'NewCo', category: 'ai-lab' });
    file.deals.push({
      id: 'newco-nvidia-2026-chips',
      from: 'newco',
      to: 'nvidia',
      type: 'chips',
      date: '2026-01',
      status: 'announced',
      sources: [{ url: 'https://example.com/newco' }],
    });
    const grown = modelOf(file);
    const out = positionsToMap(grown, computeLayout(grown, { frozen: all }));
    for (const [id, point] of all) expect(out.get(id)).toEqual(point);
    const newco = out.get('newco') as Point;
    const nvidia = all.get('nvidia') as Point;
    expect(Number.isFinite(newco.x) && Number.isFinite(newco.y)).toBe(true);
    expect(Math.hypot(newco.x - nvidia.x, newco.y - nvidia.y)).toBeLessThan(250);
    expect(worstSpacing(grown, positionsFromMap(grown, out))).toBeGreaterThanOrEqual(0.9);
  });

  test('relaxing from previous positions keeps the picture', () => {
    const out = computeLayout(edition, { initial: all, alpha: 0.1 });
    expectFinite(out, edition.companies.length);
    let moved = 0;
    for (let i = 0; i < out.length; i++)
      moved = Math.max(moved, Math.abs((out[i] as number) - (fresh[i] as number)));
    expect(moved).toBeLessThan(100);
  });
});

describe('degenerate inputs give finite positions', () => {
  test('a single company with no deal', () => {
    const model = modelOf(patched((f) => ((f.companies = [f.companies[0]]), (f.deals = []))));
    const out = computeLayout(model);
    expectFinite(out, 1);
    expect([...out]).toEqual([0, 0]);
  });

  test('companies and no deals', () => {
    const model = modelOf(patched((f) => (f.deals = [])));
    const out = computeLayout(model);
    expectFinite(out, 4);
    expect(worstSpacing(model, out)).toBeGreaterThanOrEqual(0.9);
  });

  test('disconnected components and a unit without deals', () => {
    const model = modelOf(minimalFile());
    expectFinite(computeLayout(model), 4);
  });

  test('frozen companies on top of each other, and new ones with no placed partner', () => {
    const model = modelOf(patched((f) => (f.deals = [])));
    const frozen = new Map([
      ['openai', { x: 5, y: 5 }],
      ['microsoft', { x: 5, y: 5 }],
    ]);
    const out = computeLayout(model, { frozen });
    expectFinite(out, 4);
    expect(positionsToMap(model, out).get('microsoft')).toEqual({ x: 5, y: 5 });
  });

  test('a tick count of zero returns the start positions', () => {
    expectFinite(computeLayout(edition, { ticks: 0 }), edition.companies.length);
  });
});

describe('positions helpers', () => {
  test('round-trip through a map; missing companies are NaN', () => {
    const model = modelOf(minimalFile());
    const map = new Map([['openai', { x: 1.5, y: -2 }]]);
    const positions = positionsFromMap(model, map);
    expect(positionsToMap(model, positions).get('openai')).toEqual({ x: 1.5, y: -2 });
    expect(Number.isNaN(positions[0])).toBe(true);
  });
});
