/**
 * What is under a point of the map, whichever renderer draws it: companies from a quadtree of their centres
 * (d3-quadtree), deals from a uniform grid of world cells that each edge's line passes through. Queries look
 * only at the nearby quadtree nodes and grid cells, so a pointer move over a 20,000-company map checks a
 * handful of candidates instead of every circle and line (counted in hit-test.test.ts).
 * The geometry matches the renderers': circles of screen radius max(2, r·k); edges curving by
 * offset·min(k, 1.5) screen px (edges.ts).
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { Camera, Scene, SceneEdge, SceneNode } from './types.ts';

/** How far outside a circle or a line the pointer may be and still hit it, screen px (mouse; touch passes more). */
export const HIT_SLOP = 4;

export interface HitIndex {
  /** The company whose circle is under screen point (sx, sy): the topmost one containing it, else the nearest within `slop`. */
  nodeAt(sx: number, sy: number, camera: Camera, slop?: number): SceneNode | undefined;
  /** The nearest edge within `slop` screen px of (sx, sy); the one drawn last on a tie. */
  edgeAt(sx: number, sy: number, camera: Camera, slop?: number): SceneEdge | undefined;
  /** Candidates examined by queries so far (for counted-work tests). */
  readonly work: { nodes: number; edges: number };
}

interface GridEdge {
  readonly edge: SceneEdge;
  /** Draw order: later is on top. */
  readonly order: number;
}

export function hitIndex(scene: Scene): HitIndex {
  const work = { nodes: 0, edges: 0 };
  const byIndex = new Map<number, SceneNode>();
  let maxR = 0;
  scene.nodes.forEach((n) => {
    byIndex.set(n.index, n);
    maxR = Math.max(maxR, n.r);
  });
  const order = new Map<SceneNode, number>(scene.nodes.map((n, i) => [n, i]));
  const tree: Quadtree<SceneNode> = quadtree<SceneNode>()
    .x((n) => n.x)
    .y((n) => n.y)
    .addAll(scene.nodes as SceneNode[]);
  const grid = edgeGrid(scene, byIndex);

  function nodeAt(sx: number, sy: number, camera: Camera, slop = HIT_SLOP): SceneNode | undefined {
    const k = camera.k;
    const wx = (sx - camera.x) / k;
    const wy = (sy - camera.y) / k;
    const reach = (Math.max(2, maxR * k) + slop) / k;
    let inside: SceneNode | undefined;
    let near: SceneNode | undefined;
    let nearGap = Infinity;
    tree.visit((quad, x0, y0, x1, y1) => {
      if (x0 > wx + reach || x1 < wx - reach || y0 > wy + reach || y1 < wy - reach) return true;
      if (!quad.length) {
        for (let leaf: typeof quad | undefined = quad; leaf; leaf = (leaf as { next?: typeof quad }).next) {
          const node = (leaf as { data: SceneNode }).data;
          work.nodes++;
          const gap = Math.hypot(node.x - wx, node.y - wy) * k - Math.max(2, node.r * k);
          if (gap <= 0) {
            if (!inside || (order.get(node) ?? 0) > (order.get(inside) ?? 0)) inside = node;
          } else if (gap <= slop && gap < nearGap) {
            near = node;
            nearGap = gap;
          }
        }
      }
      return false;
    });
    return inside ?? near;
  }

  function edgeAt(sx: number, sy: number, camera: Camera, slop = HIT_SLOP): SceneEdge | undefined {
    const k = camera.k;
    const wx = (sx - camera.x) / k;
    const wy = (sy - camera.y) / k;
    const reach = slop / k;
    let best: GridEdge | undefined;
    let bestDistance = Infinity;
    const seen = new Set<GridEdge>();
    for (const cell of grid.cells(wx - reach, wy - reach, wx + reach, wy + reach)) {
      for (const item of cell) {
        if (seen.has(item)) continue;
        seen.add(item);
        work.edges++;
        const a = byIndex.get(item.edge.from);
        const b = byIndex.get(item.edge.to);
        if (!a || !b) continue;
        const d = distanceToEdge(sx, sy, a, b, item.edge.offset, camera);
        if (d <= slop && (d < bestDistance || (d === bestDistance && best && item.order > best.order))) {
          best = item;
          bestDistance = d;
        }
      }
    }
    return best?.edge;
  }

  return { nodeAt, edgeAt, work };
}

/** Screen distance from (sx, sy) to the edge a→b as drawn: a straight line, or a quadratic curve sampled. */
function distanceToEdge(
  sx: number,
  sy: number,
  a: SceneNode,
  b: SceneNode,
  offset: number,
  camera: Camera,
): number {
  const ax = a.x * camera.k + camera.x;
  const ay = a.y * camera.k + camera.y;
  const bx = b.x * camera.k + camera.x;
  const by = b.y * camera.k + camera.y;
  if (offset === 0) return segmentDistance(sx, sy, ax, ay, bx, by);
  const bend = offset * Math.min(camera.k, 1.5) * 2;
  const length = Math.hypot(bx - ax, by - ay) || 1;
  const cx = (ax + bx) / 2 + (-(by - ay) / length) * bend;
  const cy = (ay + by) / 2 + ((bx - ax) / length) * bend;
  let best = Infinity;
  let px = ax;
  let py = ay;
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    const qx = u * u * ax + 2 * u * t * cx + t * t * bx;
    const qy = u * u * ay + 2 * u * t * cy + t * t * by;
    best = Math.min(best, segmentDistance(sx, sy, px, py, qx, qy));
    px = qx;
    py = qy;
  }
  return best;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

interface EdgeGrid {
  cells(x0: number, y0: number, x1: number, y1: number): Iterable<readonly GridEdge[]>;
}

/** Most cells per side: the grid stays small however wide the map. */
const MAX_CELLS = 256;

/**
 * A uniform grid over the scene's bounds. Each edge is entered in the cells along its chord, widened by one
 * cell on each side; cells are at least as large as the widest bend of a fanned curve, so the curve at any zoom
 * lies within the cells it is entered in.
 */
function edgeGrid(scene: Scene, byIndex: ReadonlyMap<number, SceneNode>): EdgeGrid {
  const { x0, y0, x1, y1 } = scene.bounds;
  let bend = 0;
  for (const e of scene.edges) bend = Math.max(bend, Math.abs(e.offset) * 2);
  const extent = Math.max(x1 - x0, y1 - y0, 1);
  const size = Math.max(bend, extent / MAX_CELLS, 1);
  const cols = Math.max(1, Math.ceil((x1 - x0) / size) + 1);
  const rows = Math.max(1, Math.ceil((y1 - y0) / size) + 1);
  const cells = new Map<number, GridEdge[]>();
  const col = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor((x - x0) / size)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - y0) / size)));
  const add = (c: number, r: number, item: GridEdge) => {
    if (c < 0 || r < 0 || c >= cols || r >= rows) return;
    const key = r * cols + c;
    const list = cells.get(key);
    if (!list) cells.set(key, [item]);
    else if (list[list.length - 1] !== item) list.push(item);
  };
  scene.edges.forEach((edge, i) => {
    const a = byIndex.get(edge.from);
    const b = byIndex.get(edge.to);
    if (!a || !b) return;
    const item: GridEdge = { edge, order: i };
    // Walk the chord in steps of half a cell, entering each cell and its eight neighbours.
    const steps = Math.max(1, Math.ceil((Math.hypot(b.x - a.x, b.y - a.y) / size) * 2));
    const visited = new Set<number>();
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      const c = col(a.x + (b.x - a.x) * t);
      const r = row(a.y + (b.y - a.y) * t);
      for (let dc = -1; dc <= 1; dc++)
        for (let dr = -1; dr <= 1; dr++) {
          const key = (r + dr) * cols + (c + dc);
          if (visited.has(key)) continue;
          visited.add(key);
          add(c + dc, r + dr, item);
        }
    }
  });
  return {
    *cells(qx0, qy0, qx1, qy1) {
      for (let r = row(qy0); r <= row(qy1); r++)
        for (let c = col(qx0); c <= col(qx1); c++) {
          const list = cells.get(r * cols + c);
          if (list) yield list;
        }
    },
  };
}
