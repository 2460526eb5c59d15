import { describe, expect, test } from 'vitest';
import { frozenEdition } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS } from '../filters/types.ts';
import { buildModel } from '../graph/model.ts';
import { fitCamera, project } from './camera.ts';
import { edgePath, fanOffsets } from './edges.ts';
import { nextCompany } from './keyboard-nav.ts';
import { placeLabels, textWidth } from './labels.ts';
import { radiusScale, sqrtScale, MIN_RADIUS, MAX_RADIUS } from './size.ts';
import { styleScene, type StyleInput } from './style.ts';

const result = validateDealMap(frozenEdition());
if (!result.ok) throw new Error('the frozen edition should load');
const model = buildModel(result.value);
// A simple deterministic placement for tests: companies on a circle.
const positions = new Float64Array(model.companies.length * 2);
model.companies.forEach((_, i) => {
  const angle = (2 * Math.PI * i) / model.companies.length;
  positions[2 * i] = 400 * Math.cos(angle);
  positions[2 * i + 1] = 400 * Math.sin(angle);
});
const at = (id: string) => model.companyIndex.get(id) as number;

function input(extra: Partial<StyleInput> = {}): StyleInput {
  return {
    model,
    positions,
    visibility: applyFilters(model, NO_FILTERS),
    selection: undefined,
    hovered: undefined,
    theme: 'light',
    pinned: new Set(),
    edgeTitle: (r) => r.deal.id,
    ...extra,
  };
}

describe('styleScene', () => {
  test('draws every company with a deal and every deal by default', () => {
    const scene = styleScene(input());
    expect(scene.nodes).toHaveLength(model.companies.length);
    expect(scene.edges).toHaveLength(model.deals.length);
  });

  test('colours companies by category and switches to the dark variant', () => {
    const light = styleScene(input()).nodes.find((n) => n.id === 'openai');
    const dark = styleScene(input({ theme: 'dark' })).nodes.find((n) => n.id === 'openai');
    const category = model.categories.get('ai-lab');
    expect(light?.fill).toBe(category?.color);
    expect(dark?.fill).toBe(category?.colorDark);
  });

  test('hover keeps the company and its neighbours, fades the rest, and labels the neighbours', () => {
    const scene = styleScene(input({ hovered: at('cerebras') }));
    const bright = scene.nodes
      .filter((n) => n.opacity === 1)
      .map((n) => n.id)
      .sort();
    const partners = model.deals
      .filter((d) => d.deal.from === 'cerebras' || d.deal.to === 'cerebras')
      .flatMap((d) => [d.deal.from, d.deal.to]);
    expect(bright).toEqual([...new Set(partners)].sort());
    expect(scene.nodes.filter((n) => n.opacity === 1).every((n) => n.labelPriority === Infinity)).toBe(true);
    expect(scene.edges.filter((e) => e.opacity > 0.1).every((e) => e.title.includes('cerebras'))).toBe(true);
  });

  test('reported and low-confidence deals are unconfirmed and lighter; partnerships have no arrow', () => {
    const scene = styleScene(input());
    const reported = scene.edges.find((e) => model.deals[e.index]?.deal.status === 'reported');
    const confirmed = scene.edges.find((e) => !model.deals[e.index]?.unconfirmed);
    expect(reported?.unconfirmed).toBe(true);
    expect(reported && confirmed && reported.opacity < confirmed.opacity).toBe(true);
    const partnership = scene.edges.find((e) => model.deals[e.index]?.deal.type === 'partnership');
    expect(partnership?.arrow).toBe(false);
  });

  test('edge width grows with the amount; undisclosed deals get the thinnest line', () => {
    const scene = styleScene(input());
    const width = (id: string) => scene.edges.find((e) => e.id === id)?.width ?? 0;
    const biggest = model.deals.toSorted((a, b) => (b.headline.usd ?? 0) - (a.headline.usd ?? 0))[0];
    const undisclosed = model.deals.find((d) => d.headline.usd === undefined);
    expect(width(biggest?.deal.id ?? '')).toBeGreaterThan(width(undisclosed?.deal.id ?? ''));
    expect(width(undisclosed?.deal.id ?? '')).toBe(1.2);
  });

  test('several deals between one pair fan out symmetrically, whatever their direction', () => {
    const scene = styleScene(input());
    const pair = scene.edges.filter(
      (e) =>
        (e.from === at('microsoft') && e.to === at('openai')) ||
        (e.from === at('openai') && e.to === at('microsoft')),
    );
    expect(pair.length).toBeGreaterThan(2);
    const normalised = pair.map((e) => (e.from < e.to ? e.offset : -e.offset)).sort((a, b) => a - b);
    expect(new Set(normalised).size).toBe(pair.length);
    expect(normalised.reduce((s, o) => s + o, 0)).toBeCloseTo(0);
  });

  test('filters hide companies but never move them', () => {
    const all = styleScene(input());
    const focused = styleScene(
      input({ visibility: applyFilters(model, { ...NO_FILTERS, focus: ['openai'] }) }),
    );
    expect(focused.nodes.length).toBeLessThan(all.nodes.length);
    for (const node of focused.nodes) {
      const before = all.nodes.find((n) => n.id === node.id);
      expect([node.x, node.y]).toEqual([before?.x, before?.y]);
    }
  });
});

describe('geometry', () => {
  test('fan offsets are centred', () => {
    expect(fanOffsets(1)).toEqual([0]);
    expect(fanOffsets(3, 10)).toEqual([-10, 0, 10]);
  });

  test('edges start at the source circle and stop short of the target circle', () => {
    expect(edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 20, 0, 5)).toBe('M10,0L75,0');
    expect(edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 20, 10, 0)).toMatch(/^M[\d.]+,[\d.]+Q50,20 /);
  });

  test('circle area follows volume, with a visible minimum', () => {
    const r = radiusScale([0, 100, 400]);
    expect(r(0)).toBe(MIN_RADIUS);
    expect(r(400)).toBe(MAX_RADIUS);
    expect(r(100) - MIN_RADIUS).toBeCloseTo((MAX_RADIUS - MIN_RADIUS) / 2);
  });

  test('fit puts the bounds in the middle of the viewport', () => {
    const camera = fitCamera({ x0: -100, y0: -50, x1: 100, y1: 50 }, 800, 600);
    const centre = project(camera, 0, 0);
    expect(centre).toEqual({ x: 400, y: 300 });
    expect(project(camera, 100, 0).x).toBeLessThan(800);
  });
});

describe('labels', () => {
  test('never overlap, prefer the highest priority, and always place must-show labels when there is room', () => {
    const candidates = Array.from({ length: 40 }, (_, i) => ({
      id: `c${String(i).padStart(2, '0')}`,
      text: `Company ${i}`,
      x: 100 + (i % 8) * 30,
      y: 100 + Math.floor(i / 8) * 12,
      r: 4,
      priority: i === 39 ? Infinity : i,
    }));
    const placed = placeLabels(candidates, { width: 800, height: 600 });
    expect(placed.some((l) => l.id === 'c39')).toBe(true);
    expect(placed.length).toBeLessThan(candidates.length);
    const boxes = placed.map((l) => {
      const w = textWidth(l.text);
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return { x0, x1: x0 + w, y0: l.y - 7, y1: l.y + 7 };
    });
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    }
    expect(placeLabels(candidates, { width: 800, height: 600 })).toEqual(placed);
  });
});

describe('keyboard travel', () => {
  test('arrows move to the neighbour in that direction, else to the nearest company that way', () => {
    const node = (index: number, x: number, y: number) => ({
      index,
      id: `n${index}`,
      name: `N${index}`,
      x,
      y,
      r: 5,
      fill: '#000000',
      opacity: 1,
      focused: false,
      selected: false,
      pinned: false,
      labelPriority: 0,
      description: '',
    });
    const nodes = [node(0, 0, 0), node(1, 100, 10), node(2, 30, 0), node(3, 0, -80)];
    const [origin] = nodes;
    if (!origin) throw new Error('no node');
    expect(nextCompany(nodes, origin, 'ArrowRight', new Set([1]))?.index).toBe(1);
    expect(nextCompany(nodes, origin, 'ArrowRight', new Set())?.index).toBe(2);
    expect(nextCompany(nodes, origin, 'ArrowUp', new Set([1]))?.index).toBe(3);
    expect(nextCompany(nodes, origin, 'ArrowLeft', new Set([1]))).toBeUndefined();
  });
});

describe('sqrtScale', () => {
  test('areas grow with the value: 0 → from, max → to, a quarter of max → halfway, held at both ends', () => {
    const scale = sqrtScale(100, 2, 10);
    expect([scale(0), scale(25), scale(100), scale(400), scale(-5), scale(Number.NaN)]).toEqual([
      2, 6, 10, 10, 2, 2,
    ]);
    expect(sqrtScale(0, 2, 10)(5)).toBe(2);
  });
});
