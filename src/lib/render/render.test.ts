import { describe, expect, test } from 'vitest';
import { frozenEdition } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS } from '../filters/types.ts';
import { buildModel } from '../graph/model.ts';
import { fitCamera, project } from './camera.ts';
import { companyDescriber } from './company-description.ts';
import { distanceToSegment, edgePath, fanOffsets } from './edges.ts';
import { nextCompany } from './keyboard-nav.ts';
import { radiusScale, sqrtScale, MIN_RADIUS, MAX_RADIUS } from './size.ts';
import {
  baseStyle,
  DASH_PATTERNS,
  EDGE_OPACITY,
  highlightScene,
  placeScene,
  rethemed,
  styleScene,
  TITLED_DEALS,
  type StyleInput,
} from './style.ts';
import type { BaseEdge } from './base-edge.ts';
import { RestingNode, type BaseNode } from './base-node.ts';
import { edgeOpacity, nodeOpacity, type SceneEdge, type SceneNode } from './types.ts';
import { aggregateLine, unitGroups } from './merged-view.ts';
import { sceneNode } from './test-scene.ts';

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
/** What a company shows but its place, read field by field (placed ones read them from their look at rest). */
const pickLook = (n: BaseNode) => ({
  index: n.index,
  id: n.id,
  name: n.name,
  r: n.r,
  fill: n.fill,
  opacity: n.opacity,
  focused: n.focused,
  selected: n.selected,
  pinned: n.pinned,
  labelRank: n.labelRank,
  labelMust: n.labelMust,
});
const pickNode = (n: SceneNode) => ({ ...pickLook(n), x: n.x, y: n.y });
/** What a link shows, read field by field (base edges read most of them from their deal and look). */
const pick = (e: SceneEdge) => ({
  id: e.id,
  from: e.from,
  to: e.to,
  color: e.color,
  dash: e.dash,
  arrow: e.arrow,
  gap: e.gap,
  unconfirmed: e.unconfirmed,
  ended: e.ended,
  opacity: e.opacity,
  selected: e.selected,
  emphasised: e.emphasised,
  title: e.title,
});

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
      .filter((n) => nodeOpacity(scene, n) === 1)
      .map((n) => n.id)
      .sort();
    const partners = model.deals
      .filter((d) => d.deal.from === 'cerebras' || d.deal.to === 'cerebras')
      .flatMap((d) => [d.deal.from, d.deal.to]);
    expect(bright).toEqual([...new Set(partners)].sort());
    const ranked = scene.nodes.toSorted((a, b) => a.labelRank - b.labelRank);
    // The hovered company is labelled first and always; its partners come before every faded company.
    expect(ranked[0]?.id).toBe('cerebras');
    expect(ranked[0]?.labelMust).toBe(true);
    expect(ranked.slice(0, bright.length).every((n) => nodeOpacity(scene, n) === 1)).toBe(true);
    const shown = scene.edges.filter((e) => edgeOpacity(scene, e) > 0.1);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((e) => e.title?.includes('cerebras'))).toBe(true);
  });

  test('a hover copies only what it brings forward; the faded rest are the objects drawn at rest', () => {
    const placed = placeScene(baseStyle(input({})), input({}).positions);
    const rest = highlightScene(placed, input({}));
    const scene = highlightScene(placed, input({ hovered: at('cerebras') }));
    const copied = scene.nodes.filter((n) => !rest.nodes.includes(n));
    expect(copied.map((n) => n.id).sort()).toEqual(
      scene.nodes
        .filter((n) => nodeOpacity(scene, n) === 1)
        .map((n) => n.id)
        .sort(),
    );
    const faded = scene.nodes.filter((n) => nodeOpacity(scene, n) < 1);
    expect(faded.length).toBeGreaterThan(0);
    expect(faded.every((n) => rest.nodes.some((r) => r.id === n.id && r.labelRank === n.labelRank))).toBe(
      true,
    );
    expect(scene.edges.filter((e) => edgeOpacity(scene, e) === 0.08).length).toBeGreaterThan(0);
    // The same looks as before the scene shared them: a faded company at 0.15 and its label muted.
    expect(faded.every((n) => nodeOpacity(scene, n) === 0.15)).toBe(true);
  });

  test('a highlight lists what it brings forward, in the scene order, beside the sets of their indices', () => {
    const placed = placeScene(baseStyle(input({})), input({}).positions);
    const chosen = placed.edges[3];
    if (!chosen) throw new Error('expected edges');
    for (const extra of [
      { hovered: at('cerebras') },
      { selection: { kind: 'deal' as const, index: chosen.index } },
    ]) {
      const scene = highlightScene(placed, input(extra));
      const fade = scene.fade;
      if (!fade?.own) throw new Error('expected the highlight to list its own marks');
      expect(fade.own.nodes).toEqual(scene.nodes.filter((n) => fade.nodes.has(n.index)));
      expect(fade.own.edges).toEqual(scene.edges.filter((e) => fade.edges.has(e.index)));
      expect(fade.own.nodes.length).toBeGreaterThan(0);
      expect(fade.own.edges.length).toBeGreaterThan(0);
      // The very objects the scene draws, not look-alikes.
      expect(fade.own.edges.every((e) => scene.edges.includes(e))).toBe(true);
    }
  });

  test('every highlight keeps the links in their order and objects, copying only what it brings forward', () => {
    const placed = placeScene(baseStyle(input({})), input({}).positions);
    const highlights = [
      ...model.companies.map((_, i) => input({ hovered: i })),
      ...placed.edges.map((e) => input({ selection: { kind: 'deal', index: e.index } })),
      input({ hovered: at('cerebras'), selection: { kind: 'deal', index: placed.edges[5]!.index } }),
    ];
    for (const state of highlights) {
      const scene = highlightScene(placed, state);
      const chosen = state.selection?.kind === 'deal' ? state.selection.index : -1;
      // The order at rest, the selected deal moved last.
      const order = placed.edges.map((e) => e.index).filter((d) => d !== chosen);
      if (chosen >= 0) order.push(chosen);
      expect(scene.edges.map((e) => e.index)).toEqual(order);
      const own = scene.fade?.edges ?? new Set(scene.edges.filter((e) => e.selected).map((e) => e.index));
      for (const edge of scene.edges) {
        const rest = placed.edges.find((e) => e.index === edge.index);
        if (own.has(edge.index)) expect(edge).not.toBe(rest);
        else expect(edge).toBe(rest);
        expect(edge.selected).toBe(edge.index === chosen);
      }
    }
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

  test("every link reads its deal's id, ends, colour, dash, arrowhead and opacity; edges of one look share it", () => {
    for (const theme of ['light', 'dark'] as const) {
      const scene = styleScene(input({ theme }));
      const { ended } = input().visibility;
      for (const edge of scene.edges) {
        const record = model.deals[edge.index];
        if (!record) throw new Error('an edge without its deal');
        const type = record.type;
        const arrow = type.flow === 'money';
        const over = ended[edge.index] ? 0.4 : 1;
        expect({ ...pick(edge) }).toEqual({
          id: record.deal.id,
          from: record.from,
          to: record.to,
          color: (theme === 'dark' ? type.colorDark : undefined) ?? type.color,
          dash: DASH_PATTERNS[type.dash ?? 'solid'],
          arrow,
          gap: arrow ? 3 : 1,
          unconfirmed: record.unconfirmed,
          ended: Boolean(ended[edge.index]),
          opacity: (record.unconfirmed ? EDGE_OPACITY.unconfirmed : EDGE_OPACITY.confirmed) * over,
          selected: false,
          emphasised: false,
          title: record.deal.id,
        });
      }
      const looks = new Set(scene.edges.map((e) => (e as BaseEdge).look));
      const kinds = new Set(
        scene.edges.map((e) => `${e.color} ${e.dash} ${e.arrow} ${e.unconfirmed} ${e.ended}`),
      );
      expect(looks.size).toBe(kinds.size);
    }
  });

  test('a selected link is drawn as a plain copy with every field of the link at rest', () => {
    const placed = placeScene(baseStyle(input()), positions);
    const chosen = placed.edges[3];
    if (!chosen) throw new Error('expected edges');
    const scene = highlightScene(placed, input({ selection: { kind: 'deal', index: chosen.index } }));
    const selected = scene.edges.at(-1);
    expect(selected).not.toBe(chosen);
    expect(Object.getPrototypeOf(selected)).toBe(Object.prototype);
    expect(selected).toEqual({
      ...pick(chosen),
      index: chosen.index,
      offset: chosen.offset,
      width: chosen.width,
      selected: true,
      emphasised: true,
      aggregate: undefined,
    });
  });

  test('a placed company is where the positions say, with its look at rest; a hovered one a plain copy', () => {
    const base = baseStyle(input());
    const placed = placeScene(base, positions);
    for (const [k, node] of placed.placedNodes.entries()) {
      const index = base.nodes.indices[k];
      const look = index === undefined ? undefined : new RestingNode(base.nodes, index);
      if (!look) throw new Error('a placed company without its look');
      expect(pickNode(node)).toEqual({
        ...pickLook(look),
        x: positions[2 * node.index],
        y: positions[2 * node.index + 1],
      });
    }
    const scene = highlightScene(placed, input({ hovered: at('cerebras') }));
    const hovered = scene.nodes.find((n) => n.id === 'cerebras');
    expect(Object.getPrototypeOf(hovered)).toBe(Object.prototype);
    const atRest = placed.placedNodes.find((n) => n.id === 'cerebras');
    expect(hovered && atRest && { ...pickNode(hovered), opacity: 1, labelRank: 0, labelMust: true }).toEqual({
      ...(atRest && pickNode(atRest)),
      labelRank: 0,
      labelMust: true,
    });
    expect(hovered?.heavyX).toBe(atRest?.heavyX);
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
    expect(normalised).toEqual(fanOffsets(pair.length));
    // A pair with one deal: drawn straight.
    const counts = new Map<string, number>();
    const key = (e: { from: number; to: number }) => [e.from, e.to].sort((a, b) => a - b).join(' ');
    for (const e of scene.edges) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
    const single = scene.edges.filter((e) => counts.get(key(e)) === 1);
    expect(single.length).toBeGreaterThan(0);
    for (const e of single) expect(e.offset).toBe(0);
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

describe('keyboard travel', () => {
  test('arrows move to the neighbour in that direction, else to the nearest company that way', () => {
    const node = (index: number, x: number, y: number) =>
      sceneNode(index, x, y, { name: `N${index}`, r: 5, fill: '#000000' });
    const nodes = [node(0, 0, 0), node(1, 100, 10), node(2, 30, 0), node(3, 0, -80)];
    const [origin] = nodes;
    if (!origin) throw new Error('no node');
    expect(nextCompany(nodes, origin, 'ArrowRight', new Set([1]))?.index).toBe(1);
    expect(nextCompany(nodes, origin, 'ArrowRight', new Set())?.index).toBe(2);
    expect(nextCompany(nodes, origin, 'ArrowUp', new Set([1]))?.index).toBe(3);
    expect(nextCompany(nodes, origin, 'ArrowLeft', new Set([1]))).toBeUndefined();
  });
});

describe('business units drawn inside their parent (units=merge)', () => {
  test('a unit is drawn as its parent: one circle, its deals moved to the parent, the volumes added', () => {
    const merged = unitGroups(model, true);
    const aws = at('aws');
    const amazon = at('amazon');
    expect(merged.head[aws]).toBe(amazon);
    const split = styleScene(input());
    const scene = styleScene(input({ groups: merged }));
    expect(scene.nodes.some((n) => n.id === 'aws')).toBe(false);
    const units = split.nodes.filter((n) => merged.head[n.index] !== n.index);
    expect(units.length).toBeGreaterThan(0);
    expect(scene.nodes).toHaveLength(split.nodes.length - units.length);
    const node = scene.nodes.find((n) => n.id === 'amazon');
    expect(companyDescriber(model, merged)(amazon)).toMatch(/^Amazon \(with AWS[,)]/);
    const before = split.nodes.find((n) => n.id === 'amazon');
    expect(node?.r).toBeGreaterThanOrEqual(before?.r ?? Infinity);
    // Every deal of AWS is now drawn to Amazon; deals inside the group are not drawn.
    const awsDeals = model.deals.filter((d) => d.from === aws || d.to === aws);
    expect(awsDeals.length).toBeGreaterThan(0);
    for (const d of awsDeals) {
      const edge = scene.edges.find((e) => e.index === d.index);
      const inside = [d.from, d.to].every((c) => merged.head[c] === amazon);
      if (inside) expect(edge).toBeUndefined();
      else expect([edge?.from, edge?.to]).toContain(amazon);
    }
    expect(scene.edges.some((e) => e.from === aws || e.to === aws)).toBe(false);
  });

  test('selecting or hovering the unit brings its parent’s whole group forward', () => {
    const groups = unitGroups(model, true);
    const scene = styleScene(input({ groups, selection: { kind: 'company', index: at('aws') } }));
    expect(scene.nodes.find((n) => n.id === 'amazon')?.selected).toBe(true);
    const hovered = styleScene(input({ groups, hovered: at('amazon') }));
    const awsPartner = model.deals.find((d) => d.to === at('aws') || d.from === at('aws'));
    if (!awsPartner) throw new Error('AWS has no deal');
    const partner = awsPartner.from === at('aws') ? awsPartner.to : awsPartner.from;
    if (groups.head[partner] !== at('amazon')) {
      const node = hovered.nodes.find((n) => n.index === groups.head[partner]);
      expect(node && nodeOpacity(hovered, node)).toBe(1);
    }
  });

  test('split (the default) draws every company as itself', () => {
    const groups = unitGroups(model, false);
    expect([...groups.head]).toEqual(model.companies.map((_, i) => i));
  });
});

describe('aggregate edges', () => {
  const groups = unitGroups(model, true);
  const head = (i: number) => groups.head[i] ?? i;
  // The pair (units merged) with the most visible deals.
  const pairs = new Map<string, number[]>();
  for (const d of model.deals) {
    const [a, b] = [head(d.from), head(d.to)].sort((x, y) => x - y);
    if (a === b) continue;
    pairs.set(`${a}:${b}`, [...(pairs.get(`${a}:${b}`) ?? []), d.index]);
  }
  const [key, deals = []] = [...pairs.entries()].reduce((x, y) => (y[1].length > x[1].length ? y : x));
  const [a = -1, b = -1] = key.split(':').map(Number);

  test('several deals of a pair are one line with their count, the others stay single', () => {
    const scene = styleScene(input({ groups, aggregate: aggregateLine }));
    const line = scene.edges.find((e) => [e.from, e.to].sort((x, y) => x - y).join(':') === key);
    expect(line?.aggregate?.count).toBe(deals.length);
    expect(scene.edges.filter((e) => deals.includes(e.index))).toHaveLength(1);
    expect(scene.edges.every((e) => e.aggregate === undefined || e.aggregate.count > 1)).toBe(true);
    const single = [...pairs.values()].filter((list) => list.length === 1).length;
    expect(scene.edges.filter((e) => e.aggregate === undefined).length).toBeGreaterThanOrEqual(single);
  });

  test('it fans out into its deals when hovered, a deal of it selected or one of its companies hovered', () => {
    const line = styleScene(input({ groups, aggregate: aggregateLine })).edges.find(
      (e) => e.aggregate?.count === deals.length,
    );
    for (const extra of [
      { hoveredPair: line?.id },
      { selection: { kind: 'deal', index: deals[0] ?? -1 } as const },
      { hovered: a },
      { hovered: b },
    ]) {
      const scene = styleScene(input({ groups, aggregate: aggregateLine, ...extra }));
      expect(scene.edges.filter((e) => deals.includes(e.index) && !e.aggregate)).toHaveLength(deals.length);
    }
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

describe('segment distance', () => {
  test('measures to the nearest point of the segment, ends included', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: -3, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(distanceToSegment({ x: 1, y: 1 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBeCloseTo(Math.SQRT2);
  });
});

describe('hover texts', () => {
  test('a map of ordinary size writes each edge its hover text; a big one leaves them to be asked for', () => {
    const titled = styleScene(input());
    expect(titled.edges.every((e) => e.title === e.id)).toBe(true);
    expect(model.deals.length).toBeLessThanOrEqual(TITLED_DEALS);
    const many = { ...input().visibility, visibleDeals: new Uint32Array(TITLED_DEALS + 1) };
    const untitled = baseStyle({ model, visibility: many, theme: 'light', edgeTitle: (r) => r.deal.id });
    expect(untitled.edges.every((e) => e.title === undefined)).toBe(true);
  });
});

describe('another theme', () => {
  /** Everything a renderer reads of a base style, as plain data. */
  const drawnOf = (base: ReturnType<typeof baseStyle>) => ({
    nodes: [...base.nodes.indices].map((i) => ({
      i,
      r: base.nodes.r(i),
      fill: base.nodes.fill(i),
      focused: base.nodes.focused(i),
      rank: base.nodes.labelRank(i),
      must: base.nodes.labelMust(i),
    })),
    biggest: [...base.biggest],
    edgeProps: base.edges.map((e) => [
      e.id,
      e.from,
      e.to,
      e.color,
      e.dash,
      e.width,
      e.offset,
      e.gap,
      e.arrow,
      e.ended,
      e.opacity,
      e.title,
    ]),
  });

  test('recolours a base style exactly as styling it afresh in that theme does, and changes nothing else', () => {
    const past = applyFilters(model, { ...NO_FILTERS, asof: '2025-02' });
    const merged = unitGroups(model, true);
    for (const [visibility, groups] of [
      [applyFilters(model, NO_FILTERS), undefined],
      [past, undefined],
      [past, merged],
    ] as const) {
      for (const [from, to] of [
        ['light', 'dark'],
        ['dark', 'light'],
      ] as const) {
        const edgeTitle = (r: { deal: { id: string } }) => r.deal.id;
        const before = baseStyle({ model, visibility, theme: from, edgeTitle, groups });
        const fresh = baseStyle({ model, visibility, theme: to, edgeTitle, groups });
        const again = rethemed(before, to);
        expect(drawnOf(again).edgeProps).toEqual(drawnOf(fresh).edgeProps);
        expect(drawnOf(again).nodes).toEqual(drawnOf(fresh).nodes);
        expect(drawnOf(again).biggest).toEqual(drawnOf(fresh).biggest);
        // The themes do differ, and the style it came from is left as it was.
        expect(drawnOf(again).nodes).not.toEqual(drawnOf(before).nodes);
        expect(drawnOf(before).edgeProps).toEqual(
          drawnOf(baseStyle({ model, visibility, theme: from, edgeTitle, groups })).edgeProps,
        );
      }
    }
  });
});
