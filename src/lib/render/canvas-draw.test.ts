import { describe, expect, test } from 'vitest';
import {
  BATCHED_NODES,
  MOVING_HAIRLINES,
  DETAILED_EDGES,
  dashArray,
  drawScene,
  fadedBackdrop,
  type CanvasDrawInput,
} from './canvas-draw.ts';
import type { PlacedLabel } from './labels.ts';
import type { Camera, Scene, SceneEdge, SceneNode } from './types.ts';
import { sceneEdge, sceneNode } from './test-scene.ts';
import { recorder, TEST_COLORS, type Op } from './test-canvas.ts';

const COLORS = TEST_COLORS;

const node = sceneNode;

const edge = sceneEdge;

const IDENTITY: Camera = { x: 0, y: 0, k: 1 };

function draw(
  scene: Pick<Scene, 'nodes' | 'edges' | 'fade'>,
  extra: Partial<CanvasDrawInput> = {},
): { ops: Op[]; stats: ReturnType<typeof drawScene> } {
  const ctx = recorder();
  const stats = drawScene(ctx, {
    scene: { ...scene, bounds: { x0: 0, y0: 0, x1: 800, y1: 600 } },
    camera: IDENTITY,
    width: 800,
    height: 600,
    labels: [],
    colors: COLORS,
    dpr: 1,
    ...extra,
  });
  return { ops: ctx.ops, stats };
}

const strokes = (ops: readonly Op[]) => ops.filter((o) => o.op === 'stroke');
const arcs = (ops: readonly Op[]) => ops.filter((o) => o.op === 'arc');

/** A big market: `count` links between companies laid out on a grid, all in view. */
function bigScene(
  count: number,
  colors = ['#0000ff', '#00aa00'],
): { nodes: SceneNode[]; edges: SceneEdge[] } {
  const nodes = Array.from({ length: 100 }, (_, i) =>
    node(i, 40 + (i % 10) * 70, 40 + Math.floor(i / 10) * 55),
  );
  const edges = Array.from({ length: count }, (_, i) =>
    edge(i, i % 100, (i * 7 + 3) % 100, { color: colors[i % colors.length] ?? '#000000' }),
  );
  return { nodes, edges };
}

describe('a small map on canvas', () => {
  test('every link keeps its width, dash and arrowhead, as on SVG', () => {
    const nodes = [node(0, 100, 100), node(1, 400, 100), node(2, 100, 400)];
    const edges = [edge(0, 0, 1, { dash: '7 4', width: 6 }), edge(1, 0, 2, { arrow: false, width: 2 })];
    const { ops, stats } = draw({ nodes, edges });
    expect(stats).toMatchObject({ detailed: 2, hairlines: 0, hairlinePaths: 0 });
    const lines = strokes(ops).filter((o) => o.stroke === '#0000ff' && o.width > 1.5);
    expect(lines.map((o) => [o.width, o.dash, o.alpha])).toEqual([
      [6, [7, 4], 0.85],
      [2, [], 0.85],
    ]);
    // One arrowhead, filled in the link's colour, its tip where the line ends (gap before the target circle).
    const heads = ops.filter((o) => o.op === 'fill' && o.fill === '#0000ff');
    expect(heads).toHaveLength(1);
    const tip = ops.filter((o) => o.op === 'lineTo').map((o) => o.args);
    expect(tip).toContainEqual([400 - 10 - 3, 100]);
  });

  test('a fanned link is drawn as the same curve as on SVG', () => {
    const { ops } = draw({ nodes: [node(0, 0, 0), node(1, 100, 0)], edges: [edge(0, 0, 1, { offset: 10 })] });
    const curve = ops.find((o) => o.op === 'quadraticCurveTo');
    expect(curve?.args.slice(0, 2)).toEqual([50, 20]);
  });

  test('an unconfirmed link is lighter with a hollow arrowhead; an ended one has square ends', () => {
    const nodes = [node(0, 100, 100), node(1, 400, 100), node(2, 100, 400)];
    const edges = [
      edge(0, 0, 1, { unconfirmed: true, opacity: 0.55 }),
      edge(1, 0, 2, { ended: true, opacity: 0.34, arrow: false }),
    ];
    const { ops } = draw({ nodes, edges });
    const head = ops.find((o) => o.op === 'fill' && o.alpha === 0.55);
    expect(head?.fill).toBe('SURFACE');
    const ended = strokes(ops).find((o) => o.alpha === 0.34);
    expect(ended?.cap).toBe('butt');
    expect(strokes(ops).find((o) => o.alpha === 0.55 && o.width === 4)?.cap).toBe('round');
  });

  test('a selected link has an accent halo under a wider line', () => {
    const { ops } = draw({
      nodes: [node(0, 100, 100), node(1, 400, 100)],
      edges: [edge(0, 0, 1, { selected: true })],
    });
    const [halo, line] = strokes(ops);
    expect([halo?.stroke, halo?.width, halo?.alpha]).toEqual(['ACCENT', 12, 0.35]);
    expect([line?.stroke, line?.width]).toEqual(['#0000ff', 5.5]);
  });

  test('circles grow with zoom, never below 2 px, with rings for selection and focus and a pinned outline', () => {
    const nodes = [
      node(0, 100, 100, { r: 10, selected: true }),
      node(1, 200, 100, { r: 0.5, focused: true }),
      node(2, 300, 100, { r: 10, pinned: true }),
    ];
    const { ops } = draw({ nodes, edges: [] }, { camera: { x: 0, y: 0, k: 2 } });
    expect(arcs(ops).map((o) => o.args[2])).toEqual([20, 24, 2, 6, 20]);
    const outlines = strokes(ops);
    expect(outlines.map((o) => [o.stroke, o.width, o.dash])).toEqual([
      ['SURFACE', 1.5, []],
      ['TEXT', 2, []],
      ['SURFACE', 1.5, []],
      ['TEXT', 2, [4, 3]],
      ['TEXT', 1.5, [2, 2]],
    ]);
  });

  test('faded companies are drawn at their opacity', () => {
    const { ops } = draw({ nodes: [node(0, 100, 100, { opacity: 0.15 })], edges: [] });
    expect(ops.find((o) => o.op === 'fill')?.alpha).toBe(0.15);
  });

  test('a highlight fades the companies and links it does not list, at the fade’s opacity', () => {
    const { ops } = draw({
      nodes: [node(0, 100, 100), node(1, 300, 100)],
      edges: [edge(0, 0, 1, { opacity: 0.85 })],
      fade: { node: 0.15, edge: 0.08, nodes: new Set([1]), edges: new Set() },
    });
    expect(ops.filter((o) => o.op === 'fill' && o.fill === '#ff0000').map((o) => o.alpha)).toEqual([0.15, 1]);
    expect(strokes(ops).find((o) => o.stroke === '#0000ff')?.alpha).toBe(0.08);
  });

  test('over a kept backdrop a highlight draws only what it brings forward, then every label', () => {
    const nodes = [node(0, 100, 100), node(1, 300, 100), node(2, 500, 100)];
    const edges = [edge(0, 0, 1), edge(1, 1, 2)];
    const hovered: Scene = {
      nodes: [nodes[0]!, { ...nodes[1]!, labelRank: 0 }, nodes[2]!],
      edges: [{ ...edges[0]!, emphasised: true }, edges[1]!],
      bounds: { x0: 0, y0: 0, x1: 800, y1: 600 },
      fade: {
        node: 0.15,
        edge: 0.08,
        nodes: new Set([0, 1]),
        edges: new Set([0]),
        rest: { nodes, edges },
      },
    };
    // The backdrop: every link and circle at the fade's opacity, no label.
    const under = recorder();
    const input = { camera: IDENTITY, width: 800, height: 600, colors: COLORS, dpr: 1 };
    fadedBackdrop(under, input, { nodes, edges, bounds: hovered.bounds }, { node: 0.15, edge: 0.08 });
    expect(arcs(under.ops).filter((o) => o.alpha === 0.15)).not.toHaveLength(0);
    expect(arcs(under.ops).every((o) => o.alpha === 0.15)).toBe(true);
    expect(strokes(under.ops).filter((o) => o.stroke === '#0000ff')).not.toHaveLength(0);
    expect(
      strokes(under.ops)
        .filter((o) => o.stroke === '#0000ff')
        .every((o) => o.alpha === 0.08),
    ).toBe(true);
    expect(under.ops.some((o) => o.op === 'fillText')).toBe(false);
    // Over it: the picture, then the one link and two companies brought forward, then the labels.
    const label: PlacedLabel = { id: 'n2', text: 'Faded', x: 515, y: 100, anchor: 'start', faded: true };
    const { ops, stats } = draw(hovered, { labels: [label], backdrop: {} as CanvasImageSource });
    expect(ops.filter((o) => o.op === 'drawImage')).toHaveLength(1);
    expect(stats.detailed).toBe(1);
    expect(stats.nodes).toBe(2);
    expect(arcs(ops).every((o) => o.alpha === 1)).toBe(true);
    expect(ops.some((o) => o.op === 'fillText' && o.args[0] === 'Faded')).toBe(true);
    // While the map moves there is no backdrop: the whole scene is drawn.
    expect(draw(hovered, { backdrop: {} as CanvasImageSource, moving: true }).stats.nodes).toBe(3);
    // Unless a picture of another camera stands in for it: drawn into its place, and only the highlight over it.
    const backdropAt = { x: -40, y: -10, width: 1000, height: 750 };
    for (const moving of [true, false]) {
      const standing = draw(hovered, {
        labels: [label],
        backdrop: {} as CanvasImageSource,
        backdropAt,
        moving,
      });
      expect(standing.ops.filter((o) => o.op === 'drawImage').map((o) => o.args.slice(1))).toEqual([
        [-40, -10, 1000, 750],
      ]);
      expect(standing.stats.nodes).toBe(2);
      expect(standing.stats.detailed).toBe(1);
      expect(standing.ops.some((o) => o.op === 'fillText' && o.args[0] === 'Faded')).toBe(true);
    }
  });

  test('a highlight that lists its own marks is drawn over the backdrop exactly as one found by its indices', () => {
    const nodes = [node(0, 100, 100), node(1, 300, 100), node(2, 500, 100), node(3, 500, 300)];
    const edges = [edge(0, 0, 1), edge(1, 1, 2), edge(2, 2, 3)];
    const brought = [
      { ...nodes[1]!, labelRank: 0 },
      { ...nodes[2]!, labelRank: 1 },
    ];
    const broughtEdge = { ...edges[1]!, emphasised: true };
    const fade = {
      node: 0.15,
      edge: 0.08,
      nodes: new Set([1, 2]),
      edges: new Set([1]),
      rest: { nodes, edges },
    };
    const scene: Scene = {
      nodes: [nodes[0]!, ...brought, nodes[3]!],
      edges: [edges[0]!, broughtEdge, edges[2]!],
      bounds: { x0: 0, y0: 0, x1: 800, y1: 600 },
      fade,
    };
    const listed: Scene = { ...scene, fade: { ...fade, own: { nodes: brought, edges: [broughtEdge] } } };
    const backdrop = {} as CanvasImageSource;
    const found = draw(scene, { backdrop });
    const read = draw(listed, { backdrop });
    expect(read.ops).toEqual(found.ops);
    expect(read.stats).toEqual(found.stats);
    expect(read.stats.nodes).toBe(2);
    expect(read.stats.detailed).toBe(1);
    // Listed, the scene's marks are not searched (a big map's 80,000 of them, on every frame of a highlight).
    const unsearched = <T>(marks: readonly T[]): T[] =>
      Object.assign([...marks], {
        filter: () => {
          throw new Error('searched');
        },
      });
    const big = { ...listed, nodes: unsearched(listed.nodes), edges: unsearched(listed.edges) };
    expect(draw(big, { backdrop }).ops).toEqual(found.ops);
    expect(() => draw({ ...big, fade }, { backdrop })).toThrow('searched');
  });

  test('an aggregate link shows its count in a badge halfway along', () => {
    const { ops } = draw({
      nodes: [node(0, 100, 100), node(1, 300, 100)],
      edges: [edge(0, 0, 1, { aggregate: { count: 4 } })],
    });
    const text = ops.find((o) => o.op === 'fillText');
    expect(text?.args).toEqual(['4', 200, 104]);
    expect(text?.fill).toBe('TEXT');
    expect(
      arcs(ops)
        .find((o) => o.args[2] === 9)
        ?.args.slice(0, 2),
    ).toEqual([200, 100]);
  });
});

describe('labels on canvas', () => {
  const labels: PlacedLabel[] = [
    { id: 'n0', text: 'OpenAI', x: 120, y: 100, anchor: 'start', faded: false },
    { id: 'n1', text: 'Nvidia', x: 380, y: 100, anchor: 'end', faded: true },
    { id: 'n2', text: 'Oracle', x: 250, y: 300, anchor: 'middle', faded: false },
  ];

  test('each label sits on a halo of the background, above links and circles; faded ones are muted', () => {
    const { ops, stats } = draw(
      { nodes: [node(0, 100, 100), node(1, 400, 100)], edges: [edge(0, 0, 1)] },
      { labels },
    );
    expect(stats.labels).toBe(3);
    const texts = ops.filter((o) => o.op === 'strokeText' || o.op === 'fillText');
    expect(texts.map((o) => [o.op, o.args[0], o.op === 'strokeText' ? o.stroke : o.fill, o.align])).toEqual([
      ['strokeText', 'OpenAI', 'BG', 'start'],
      ['fillText', 'OpenAI', 'TEXT', 'start'],
      ['strokeText', 'Nvidia', 'BG', 'end'],
      ['fillText', 'Nvidia', 'MUTED', 'end'],
      ['strokeText', 'Oracle', 'BG', 'center'],
      ['fillText', 'Oracle', 'TEXT', 'center'],
    ]);
    expect(texts[0]?.font).toBe('12px system-ui');
    const lastMark = ops.findLastIndex((o) => o.op === 'fill' || o.op === 'stroke');
    expect(lastMark).toBeLessThan(ops.findIndex((o) => o.op === 'strokeText'));
  });
});

describe('a big map on canvas', () => {
  test('the bulk of the links are 1-device-pixel hairlines, one path per colour', () => {
    const { ops, stats } = draw(bigScene(DETAILED_EDGES), { dpr: 2 });
    expect(ops[0]).toMatchObject({ op: 'setTransform', args: [2, 0, 0, 2, 0, 0] });
    expect(stats).toMatchObject({ detailed: 0, hairlines: DETAILED_EDGES, hairlinePaths: 2 });
    const hairlines = strokes(ops).filter((o) => o.width === 0.5);
    expect(hairlines.map((o) => o.stroke).sort()).toEqual(['#0000ff', '#00aa00']);
    // No arrowheads: every fill is a circle's.
    expect(ops.filter((o) => o.op === 'fill').every((o) => o.fill === '#ff0000')).toBe(true);
  });

  test('links brought forward or selected keep width, dash and arrowhead, drawn over the hairlines', () => {
    const { nodes, edges } = bigScene(DETAILED_EDGES + 10);
    const marked = edges.map((e, i) =>
      i === 5 ? { ...e, emphasised: true, width: 7 } : i === 6 ? { ...e, selected: true, width: 6 } : e,
    );
    const { ops, stats } = draw({ nodes, edges: marked });
    expect(stats).toMatchObject({ detailed: 2, hairlines: DETAILED_EDGES + 8 });
    const wide = strokes(ops).filter((o) => o.width === 7 || o.width === 7.5);
    expect(wide).toHaveLength(2);
    const firstWide = ops.indexOf(wide[0] as Op);
    expect(ops.findIndex((o) => o.op === 'stroke' && o.width === 1)).toBeLessThan(firstWide);
    // Their two arrowheads (the only fills that are not circles).
    expect(ops.filter((o) => o.op === 'fill' && o.fill !== '#ff0000')).toHaveLength(2);
  });

  test('zoomed in on a big map, the few links in view get their width, dash and arrowhead back', () => {
    const { nodes, edges } = bigScene(DETAILED_EDGES * 2);
    const { stats } = draw({ nodes, edges });
    // Zoomed in on a few companies: only the links near them are in view.
    const zoomed = draw({ nodes, edges }, { camera: { x: -200, y: -30, k: 4 } });
    expect(stats.hairlines).toBeGreaterThan(0);
    expect(zoomed.stats.hairlines).toBe(0);
    expect(zoomed.stats.detailed).toBeGreaterThan(0);
    expect(zoomed.stats.detailed).toBeLessThan(DETAILED_EDGES);
  });

  test('while a big map moves it draws only its biggest hairlines, and all of them once it rests', () => {
    const scene = bigScene(MOVING_HAIRLINES * 2);
    const moving = draw(scene, { moving: true }).stats;
    const resting = draw(scene).stats;
    expect(moving.hairlines).toBe(MOVING_HAIRLINES);
    expect(moving.deferred).toBe(resting.hairlines - MOVING_HAIRLINES);
    expect(resting.deferred).toBe(0);
    expect(resting.hairlines).toBeGreaterThan(MOVING_HAIRLINES);
    // Companies and labels are all drawn either way.
    expect(moving.nodes).toBe(resting.nodes);
  });

  test(`from ${BATCHED_NODES} companies circles are filled one path per colour`, () => {
    const nodes = Array.from({ length: BATCHED_NODES }, (_, i) =>
      node(i, (i % 50) * 16, Math.floor(i / 50) * 16, { r: 3, fill: i % 2 ? '#ff0000' : '#00ff00' }),
    );
    const { ops, stats } = draw({ nodes, edges: [] });
    expect(stats.nodes).toBe(BATCHED_NODES);
    // Per colour: the outlines (surface discs 0.75 px wider) in one path, then the circles in another.
    expect(ops.filter((o) => o.op === 'fill').map((o) => o.fill)).toEqual([
      'SURFACE',
      '#00ff00',
      'SURFACE',
      '#ff0000',
    ]);
    expect(arcs(ops)).toHaveLength(2 * BATCHED_NODES);
    expect(new Set(arcs(ops).map((o) => o.args[2]))).toEqual(new Set([3, 3.75]));
    expect(strokes(ops)).toHaveLength(0);
  });

  test('while a big map moves its smallest circles go without their outline disc', () => {
    const nodes = Array.from({ length: BATCHED_NODES }, (_, i) =>
      node(i, (i % 50) * 16, Math.floor(i / 50) * 16, { r: i % 2 ? 1 : 4 }),
    );
    const resting = arcs(draw({ nodes, edges: [] }).ops).length;
    const moving = arcs(draw({ nodes, edges: [] }, { moving: true }).ops).length;
    expect(resting).toBe(2 * BATCHED_NODES);
    // The big circles keep circle and outline; the smallest are squares.
    expect(moving).toBe(BATCHED_NODES);
  });

  test('while a big map moves its smallest circles are squares of the same area, circles again at rest', () => {
    const nodes = Array.from({ length: BATCHED_NODES }, (_, i) =>
      node(i, (i % 50) * 16, Math.floor(i / 50) * 16, { r: i % 2 ? 1 : 4 }),
    );
    const moving = draw({ nodes, edges: [] }, { moving: true }).ops;
    const squares = moving.filter((o) => o.op === 'fillRect');
    expect(squares).toHaveLength(BATCHED_NODES / 2);
    expect(new Set(squares.map((o) => o.fill))).toEqual(new Set([nodes[1]?.fill]));
    // A circle drawn at the minimum 2 px radius: a square of side 2√π, centred on it.
    const side = 2 * Math.sqrt(Math.PI);
    expect(squares[0]?.args[2]).toBeCloseTo(side);
    expect(squares[0]?.args[0]).toBeCloseTo(16 - side / 2);
    expect(squares[0]?.args[1]).toBeCloseTo(-side / 2);
    expect(draw({ nodes, edges: [] }).ops.filter((o) => o.op === 'fillRect' || o.op === 'rect')).toHaveLength(
      0,
    );
  });
});

describe('culling', () => {
  test('circles, links and badges outside the viewport are not drawn', () => {
    const nodes = [node(0, 100, 100), node(1, 300, 100), node(2, 5000, 100), node(3, 5000, 900)];
    const edges = [edge(0, 0, 1), edge(1, 2, 3, { aggregate: { count: 3 } })];
    const { ops, stats } = draw({ nodes, edges });
    expect(stats).toMatchObject({ nodes: 2, detailed: 1 });
    expect(arcs(ops).every((o) => (o.args[0] as number) < 800)).toBe(true);
    expect(ops.some((o) => o.op === 'fillText')).toBe(false);
  });

  test('a long link crossing the view between two companies outside it is still drawn', () => {
    const { stats } = draw({ nodes: [node(0, -500, 300), node(1, 1500, 300)], edges: [edge(0, 0, 1)] });
    expect(stats).toMatchObject({ nodes: 0, detailed: 1 });
  });

  test('panning brings them in', () => {
    const nodes = [node(0, 5000, 100), node(1, 5200, 100)];
    const { stats } = draw({ nodes, edges: [edge(0, 0, 1)] }, { camera: { x: -4900, y: 0, k: 1 } });
    expect(stats).toMatchObject({ nodes: 2, detailed: 1 });
  });
});

describe('dashArray', () => {
  test('reads SVG dash arrays and ignores junk', () => {
    expect(dashArray(undefined)).toEqual([]);
    expect(dashArray('9 3 2 3')).toEqual([9, 3, 2, 3]);
    expect(dashArray('1.5, 3.5')).toEqual([1.5, 3.5]);
    expect(dashArray('4 x -2')).toEqual([4]);
  });
});
