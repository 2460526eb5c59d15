import { describe, expect, test } from 'vitest';
import { drawScene } from './canvas-draw.ts';
import { plainScene, scenePositions, sceneFromTables, sceneTables, tableBuffers } from './scene-tables.ts';
import { recorder, TEST_COLORS } from './test-canvas.ts';
import { sceneEdge, sceneNode } from './test-scene.ts';
import type { Camera, Scene, SceneEdge, SceneNode } from './types.ts';

const COLORS = TEST_COLORS;
const CAMERA: Camera = { x: 40, y: -20, k: 0.8 };
const FILLS = ['#d55e00', '#0072b2', '#009e73', '#cc79a7'];
const LINKS = ['#111', '#222', '#333'];

/** A big map's plain scene: companies not in index order, links of every look. */
function bigScene(companies: number, deals: number): Scene {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const nodes: SceneNode[] = [];
  for (let i = 0; i < companies; i++) {
    const index = companies - 1 - i;
    nodes.push(
      sceneNode(index, random() * 1000, random() * 700, {
        r: 1 + random() * 12,
        fill: FILLS[i % FILLS.length],
        opacity: i % 9 === 0 ? 0.5 : 1,
      }),
    );
  }
  const edges: SceneEdge[] = [];
  for (let i = 0; i < deals; i++) {
    const from = Math.floor(random() * companies);
    const to = (from + 1 + Math.floor(random() * (companies - 1))) % companies;
    edges.push(
      sceneEdge(i, from, to, {
        color: LINKS[i % LINKS.length],
        offset: i % 5 === 0 ? 12 : 0,
        gap: 2 + (i % 3),
        width: 1 + (i % 4),
        opacity: i % 7 === 0 ? 0.4 : 0.85,
        dash: i % 6 === 0 ? '7 4' : undefined,
        unconfirmed: i % 4 === 0,
        ended: i % 10 === 0,
        arrow: i % 2 === 0,
      }),
    );
  }
  return { nodes, edges, bounds: { x0: 0, y0: 0, x1: 1000, y1: 700 } };
}

/** The calls drawing the scene makes, and those drawing it again from its tables. */
function bothWays(scene: Scene, moving: boolean) {
  const input = { camera: CAMERA, width: 900, height: 600, dpr: 2, colors: COLORS, moving, labels: [] };
  const direct = recorder();
  drawScene(direct, { ...input, scene });
  const tables = sceneTables(scene);
  const copy = sceneFromTables(tables);
  copy.place(scenePositions(scene));
  const again = recorder();
  drawScene(again, { ...input, scene: { nodes: copy.nodes, edges: copy.edges, bounds: scene.bounds } });
  return { direct: direct.ops, again: again.ops };
}

describe('a scene drawn from its tables', () => {
  test.each([
    ['at rest, every link detailed', 120, 300, false],
    ['at rest, a big map in batches', 900, 3000, false],
    ['moving, a big map with its budget of hairlines', 900, 3000, true],
  ])('draws exactly as the scene itself: %s', (_, companies, deals, moving) => {
    const { direct, again } = bothWays(bigScene(companies, deals), moving);
    expect(direct.length).toBeGreaterThan(companies);
    expect(again).toEqual(direct);
  });

  test('positions sent by company index place the same companies as positions in table order', () => {
    const scene = bigScene(50, 80);
    const byIndex = new Float64Array(100);
    for (const n of scene.nodes) byIndex.set([n.x, n.y], 2 * n.index);
    const sent = scenePositions({ ...scene, positions: byIndex });
    expect(sent.byIndex).toBe(true);
    expect(sent.positions).not.toBe(byIndex);
    const copy = sceneFromTables(sceneTables(scene));
    copy.place(sent);
    expect(copy.nodes.map((n) => [n.index, n.x, n.y])).toEqual(scene.nodes.map((n) => [n.index, n.x, n.y]));
  });

  test('every table travels as a transferable buffer, and strings are listed once', () => {
    const scene = bigScene(30, 60);
    const tables = sceneTables(scene);
    expect(tables.strings).toHaveLength(new Set([...FILLS, ...LINKS, '7 4']).size);
    expect(tableBuffers(tables)).toHaveLength(11);
  });
});

describe('plainScene: what the paint worker may draw', () => {
  const scene = bigScene(20, 30);
  const withNode = (extra: Partial<SceneNode>): Scene => ({
    ...scene,
    nodes: scene.nodes.map((n, i) => (i === 3 ? { ...n, ...extra } : n)),
  });
  const withEdge = (extra: Partial<SceneEdge>): Scene => ({
    ...scene,
    edges: scene.edges.map((e, i) => (i === 3 ? { ...e, ...extra } : e)),
  });

  test('a map with nothing highlighted', () => {
    expect(plainScene(scene)).toBe(true);
  });

  test.each([
    ['a fade', { ...scene, fade: { node: 0.2, nodes: new Set<number>(), edges: new Set<number>() } }],
    ['a selected company', withNode({ selected: true })],
    ['a focused company', withNode({ focused: true })],
    ['a pinned company', withNode({ pinned: true })],
    ['a selected deal', withEdge({ selected: true })],
    ['an emphasised deal', withEdge({ emphasised: true })],
    ['an aggregate line', withEdge({ aggregate: { count: 3 } })],
  ])('not a map with %s', (_, changed) => {
    expect(plainScene(changed)).toBe(false);
  });
});
