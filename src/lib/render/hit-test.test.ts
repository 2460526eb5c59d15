import { describe, expect, test } from 'vitest';
import { seededRandom } from '../layout/random.ts';
import { HIT_SLOP, scanHitIndex, type HitEdge, type HitNode } from './hit-scan.ts';
import { hitIndex } from './hit-test.ts';
import type { Camera } from './types.ts';

/** A random scene: n circles of radius 3–20 scattered over a square, m edges, some fanned. */
function randomScene(n: number, m: number, seed: number, extent = 2000) {
  const random = seededRandom(seed);
  const nodes: HitNode[] = Array.from({ length: n }, (_, i) => ({
    index: i,
    x: (random() - 0.5) * extent,
    y: (random() - 0.5) * extent,
    r: 3 + random() * 17,
  }));
  const edges: HitEdge[] = Array.from({ length: m }, (_, i) => {
    const from = Math.floor(random() * n);
    const to = (from + 1 + Math.floor(random() * (n - 1))) % n;
    return {
      index: i,
      id: `d${i}`,
      from,
      to,
      offset: random() < 0.3 ? (random() < 0.5 ? -14 : 14) : 0,
      gap: 3,
    };
  });
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const node of nodes) {
    x0 = Math.min(x0, node.x - node.r);
    y0 = Math.min(y0, node.y - node.r);
    x1 = Math.max(x1, node.x + node.r);
    y1 = Math.max(y1, node.y + node.r);
  }
  return { nodes, edges, bounds: { x0, y0, x1, y1 } };
}

const CAMERAS: Camera[] = [
  { x: 640, y: 400, k: 0.3 },
  { x: 640, y: 400, k: 1 },
  { x: 200, y: -100, k: 3.2 },
];

describe('hit-testing', () => {
  test('the grid index answers exactly as a scan of every company and edge', () => {
    const scene = randomScene(600, 1500, 7);
    const indexed = hitIndex(scene);
    const scanned = scanHitIndex(scene);
    const random = seededRandom(3);
    let nodeHits = 0;
    let edgeHits = 0;
    for (const camera of CAMERAS) {
      for (let q = 0; q < 400; q++) {
        const sx = random() * 1280;
        const sy = random() * 800;
        const slop = q % 2 ? HIT_SLOP : 12;
        const node = indexed.nodeAt(sx, sy, camera, slop);
        expect(node?.index).toBe(scanned.nodeAt(sx, sy, camera, slop)?.index);
        const edge = indexed.edgeAt(sx, sy, camera, slop);
        expect(edge?.id).toBe(scanned.edgeAt(sx, sy, camera, slop)?.id);
        if (node) nodeHits++;
        if (edge) edgeHits++;
      }
    }
    // The comparison means something only if many queries hit something.
    expect(nodeHits).toBeGreaterThan(50);
    expect(edgeHits).toBeGreaterThan(50);
  });

  test('a map with more deals than 16-bit positions can number answers as a scan', () => {
    const scene = randomScene(3000, 70_000, 5);
    const indexed = hitIndex(scene);
    const scanned = scanHitIndex(scene);
    const random = seededRandom(9);
    const camera = { x: 640, y: 400, k: 1 };
    let edgeHits = 0;
    for (let q = 0; q < 60; q++) {
      const sx = random() * 1280;
      const sy = random() * 800;
      const edge = indexed.edgeAt(sx, sy, camera);
      expect(edge?.id).toBe(scanned.edgeAt(sx, sy, camera)?.id);
      if (edge && edge.index > 0xffff) edgeHits++;
    }
    // Deals past the 65,536th are found too.
    expect(edgeHits).toBeGreaterThan(0);
  });

  test('finds the circle under the pointer, the topmost where circles overlap, and misses empty space', () => {
    const nodes: HitNode[] = [
      { index: 0, x: 0, y: 0, r: 10 },
      { index: 1, x: 5, y: 0, r: 10 },
      { index: 2, x: 100, y: 0, r: 5 },
    ];
    const scene = { nodes, edges: [], bounds: { x0: -10, y0: -10, x1: 105, y1: 10 } };
    const camera = { x: 0, y: 0, k: 1 };
    for (const index of [hitIndex(scene), scanHitIndex(scene)]) {
      expect(index.nodeAt(2, 0, camera)?.index).toBe(1);
      expect(index.nodeAt(-8, 0, camera)?.index).toBe(0);
      expect(index.nodeAt(100, 7, camera)?.index).toBe(2);
      expect(index.nodeAt(50, 0, camera)).toBeUndefined();
    }
  });

  test('a query on a 20,000-company map looks at a small share of the companies and edges', () => {
    // Laid out like a real map: partners near each other, plus some long edges to a few hubs.
    const random = seededRandom(11);
    const side = 142;
    const nodes: HitNode[] = Array.from({ length: 20_000 }, (_, i) => ({
      index: i,
      x: (i % side) * 60 + random() * 20,
      y: Math.floor(i / side) * 60 + random() * 20,
      r: 3 + random() * 10,
    }));
    const edges: HitEdge[] = Array.from({ length: 60_000 }, (_, i) => {
      const from = Math.floor(random() * nodes.length);
      const near = from + Math.round((random() - 0.5) * 6) + side * Math.round((random() - 0.5) * 6);
      const to = random() < 0.05 ? Math.floor(random() * 20) : Math.min(nodes.length - 1, Math.max(0, near));
      return { index: i, id: `d${i}`, from, to, offset: 0, gap: 3 };
    });
    const scene = { nodes, edges, bounds: { x0: 0, y0: 0, x1: side * 60 + 30, y1: side * 60 + 30 } };
    const index = hitIndex(scene);
    const camera = { x: -2000, y: -2000, k: 0.8 };
    const queries = 200;
    for (let q = 0; q < queries; q++) {
      index.nodeAt(random() * 1280, random() * 800, camera);
      index.edgeAt(random() * 1280, random() * 800, camera);
    }
    expect(index.work.nodes / queries).toBeLessThan(40);
    expect(index.work.edges / queries).toBeLessThan(nodes.length / 10);
    const scan = scanHitIndex(scene);
    scan.nodeAt(0, 0, camera);
    scan.edgeAt(0, 0, camera);
    expect(scan.work).toEqual({ nodes: 20_000, edges: 60_000 });
  });
});
