/**
 * What is under a point of a large map, whichever renderer draws it: companies from a quadtree of their centres
 * (d3-quadtree), deals from a uniform grid of world cells that each edge's line passes through. Queries look
 * only at the nearby quadtree nodes and grid cells, so a pointer move over a 20,000-company map checks a
 * handful of candidates instead of every circle and line (counted in hit-test.test.ts).
 * The geometry matches the renderers': circles of screen radius max(2, r·k); edges curving by
 * offset·min(k, 1.5) screen px (edges.ts).
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import { distanceToEdge, HIT_SLOP, type HitEdge, type HitIndex, type HitNode } from './hit-scan.ts';
import type { Camera, Scene } from './types.ts';

export function hitIndex<N extends HitNode, E extends HitEdge>(scene: {
  readonly nodes: readonly N[];
  readonly edges: readonly E[];
  readonly bounds: Scene['bounds'];
}): HitIndex<N, E> {
  const work = { nodes: 0, edges: 0 };
  // Positions in the scene's lists stand for their items (the position is the draw order: later is on top),
  // and companies are found by index in one array: no wrapper object or map entry per company or edge.
  const { nodes, edges } = scene;
  const byIndex: (N | undefined)[] = [];
  let maxR = 0;
  for (const n of nodes) {
    byIndex[n.index] = n;
    maxR = Math.max(maxR, n.r);
  }
  const tree: Quadtree<number> = quadtree<number>()
    .x((i) => (nodes[i] as N).x)
    .y((i) => (nodes[i] as N).y)
    .addAll(Array.from(nodes, (_, i) => i));
  const grid = edgeGrid(scene, byIndex);

  function nodeAt(sx: number, sy: number, camera: Camera, slop = HIT_SLOP): N | undefined {
    const k = camera.k;
    const wx = (sx - camera.x) / k;
    const wy = (sy - camera.y) / k;
    const reach = (Math.max(2, maxR * k) + slop) / k;
    let inside = -1;
    let near = -1;
    let nearGap = Infinity;
    tree.visit((quad, x0, y0, x1, y1) => {
      if (x0 > wx + reach || x1 < wx - reach || y0 > wy + reach || y1 < wy - reach) return true;
      if (!quad.length) {
        for (let leaf: typeof quad | undefined = quad; leaf; leaf = (leaf as { next?: typeof quad }).next) {
          const i = (leaf as { data: number }).data;
          const node = nodes[i] as N;
          work.nodes++;
          const gap = Math.hypot(node.x - wx, node.y - wy) * k - Math.max(2, node.r * k);
          if (gap <= 0) {
            if (i > inside) inside = i;
          } else if (gap <= slop && (gap < nearGap || (gap === nearGap && near >= 0 && i > near))) {
            near = i;
            nearGap = gap;
          }
        }
      }
      return false;
    });
    return nodes[inside >= 0 ? inside : near];
  }

  function edgeAt(sx: number, sy: number, camera: Camera, slop = HIT_SLOP): E | undefined {
    const k = camera.k;
    const wx = (sx - camera.x) / k;
    const wy = (sy - camera.y) / k;
    const reach = slop / k;
    let best = -1;
    let bestDistance = Infinity;
    const seen = new Set<number>();
    for (const cell of grid.cells(wx - reach, wy - reach, wx + reach, wy + reach)) {
      for (const i of cell) {
        if (seen.has(i)) continue;
        seen.add(i);
        work.edges++;
        const edge = edges[i] as E;
        const a = byIndex[edge.from];
        const b = byIndex[edge.to];
        if (!a || !b) continue;
        const d = distanceToEdge(sx, sy, a, b, edge, camera);
        if (d <= slop && (d < bestDistance || (d === bestDistance && best >= 0 && i > best))) {
          best = i;
          bestDistance = d;
        }
      }
    }
    return edges[best];
  }

  return { nodeAt, edgeAt, work };
}

interface EdgeGrid {
  /** The cells around a box: each a list of edge positions in the scene's list. */
  cells(x0: number, y0: number, x1: number, y1: number): Iterable<readonly number[]>;
}

/** Most cells per side: few enough that a long edge is entered in at most a couple of hundred cells. */
const MAX_CELLS = 64;

/**
 * A uniform grid over the scene's bounds. Each edge is entered in the cells its chord passes through; cells
 * are at least as large as the widest bend of a fanned curve, and a query also looks one cell around the
 * pointer, so the curve at any zoom is found.
 */
function edgeGrid<N extends HitNode, E extends HitEdge>(
  scene: { readonly edges: readonly E[]; readonly bounds: Scene['bounds'] },
  byIndex: readonly (N | undefined)[],
): EdgeGrid {
  const { x0, y0, x1, y1 } = scene.bounds;
  let bend = 0;
  for (const e of scene.edges) bend = Math.max(bend, Math.abs(e.offset) * 2);
  const extent = Math.max(x1 - x0, y1 - y0, 1);
  const size = Math.max(bend, extent / MAX_CELLS, 1);
  const cols = Math.max(1, Math.ceil((x1 - x0) / size) + 1);
  const rows = Math.max(1, Math.ceil((y1 - y0) / size) + 1);
  const cells = new Map<number, number[]>();
  const col = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor((x - x0) / size)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - y0) / size)));
  scene.edges.forEach((edge, i) => {
    const a = byIndex[edge.from];
    const b = byIndex[edge.to];
    if (!a || !b) return;
    // Walk the chord in steps of half a cell (a corner cell it clips may be skipped: queries look one cell around).
    const steps = Math.max(1, Math.ceil((Math.hypot(b.x - a.x, b.y - a.y) / size) * 2));
    let last = -1;
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      const key = row(a.y + (b.y - a.y) * t) * cols + col(a.x + (b.x - a.x) * t);
      if (key === last) continue;
      last = key;
      const list = cells.get(key);
      if (!list) cells.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  // Exact-size lists: one grown by `push` keeps room for 16 more.
  for (const [key, list] of cells) cells.set(key, list.slice());
  return {
    *cells(qx0, qy0, qx1, qy1) {
      for (let r = row(qy0 - size); r <= row(qy1 + size); r++)
        for (let c = col(qx0 - size); c <= col(qx1 + size); c++) {
          const list = cells.get(r * cols + c);
          if (list) yield list;
        }
    },
  };
}
