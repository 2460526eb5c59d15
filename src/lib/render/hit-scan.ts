/**
 * Hit-testing by scanning: every company and every edge is checked, which for a map of a few hundred of each
 * costs less than building an index. Large maps use hit-test.ts (a quadtree and a grid, loaded when needed),
 * which gives the same answers (hit-test.test.ts compares them) and shares the geometry here.
 */
import type { Camera, SceneEdge, SceneNode } from './types.ts';

/** How far outside a circle or a line the pointer may be and still hit it, screen px (mouse; touch passes more). */
export const HIT_SLOP = 4;

/** What hit-testing reads of a company and of an edge (a scene's, or the style stages' before highlights). */
export type HitNode = Pick<SceneNode, 'index' | 'x' | 'y' | 'r'>;
export type HitEdge = Pick<SceneEdge, 'index' | 'id' | 'from' | 'to' | 'offset' | 'gap'>;

export interface HitIndex<N extends HitNode = SceneNode, E extends HitEdge = SceneEdge> {
  /** The company whose circle is under screen point (sx, sy): the topmost one containing it, else the nearest within `slop`. */
  nodeAt(sx: number, sy: number, camera: Camera, slop?: number): N | undefined;
  /** The nearest edge within `slop` screen px of (sx, sy); the one drawn last on a tie. */
  edgeAt(sx: number, sy: number, camera: Camera, slop?: number): E | undefined;
  /** Candidates examined by queries so far (for counted-work tests). */
  readonly work: { nodes: number; edges: number };
}

/** A scanning hit index (the same interface as hit-test.ts's). */
export function scanHitIndex<N extends HitNode, E extends HitEdge>(scene: {
  readonly nodes: readonly N[];
  readonly edges: readonly E[];
}): HitIndex<N, E> {
  const work = { nodes: 0, edges: 0 };
  const byIndex = new Map<number, N>(scene.nodes.map((n) => [n.index, n]));
  return {
    work,
    nodeAt(sx, sy, camera, slop = HIT_SLOP) {
      let inside: N | undefined;
      let near: N | undefined;
      let nearGap = Infinity;
      for (const node of scene.nodes) {
        work.nodes++;
        const gap = nodeGap(sx, sy, node, camera);
        // Later nodes are drawn on top: the last one containing the point wins.
        if (gap <= 0) inside = node;
        else if (gap <= slop && gap <= nearGap) {
          near = node;
          nearGap = gap;
        }
      }
      return inside ?? near;
    },
    edgeAt(sx, sy, camera, slop = HIT_SLOP) {
      let best: E | undefined;
      let bestDistance = Infinity;
      for (const edge of scene.edges) {
        work.edges++;
        const a = byIndex.get(edge.from);
        const b = byIndex.get(edge.to);
        if (!a || !b) continue;
        const d = distanceToEdge(sx, sy, a, b, edge, camera);
        if (d <= slop && d <= bestDistance) {
          best = edge;
          bestDistance = d;
        }
      }
      return best;
    },
  };
}

/** Screen distance from (sx, sy) to the edge of a company's circle (negative inside). */
export function nodeGap(sx: number, sy: number, node: HitNode, camera: Camera): number {
  const x = node.x * camera.k + camera.x;
  const y = node.y * camera.k + camera.y;
  return Math.hypot(x - sx, y - sy) - Math.max(2, node.r * camera.k);
}

/** Screen distance from (sx, sy) to the edge a→b as drawn: a straight line, or a quadratic curve sampled. */
export function distanceToEdge(
  sx: number,
  sy: number,
  a: HitNode,
  b: HitNode,
  edge: Pick<HitEdge, 'offset' | 'gap'>,
  camera: Camera,
): number {
  const offset = edge.offset;
  const ax = a.x * camera.k + camera.x;
  const ay = a.y * camera.k + camera.y;
  const bx = b.x * camera.k + camera.x;
  const by = b.y * camera.k + camera.y;
  if (offset === 0) return segmentDistance(sx, sy, ax, ay, bx, by);
  const bend = offset * Math.min(camera.k, 1.5) * 2;
  const length = Math.hypot(bx - ax, by - ay) || 1;
  const cx = (ax + bx) / 2 + (-(by - ay) / length) * bend;
  const cy = (ay + by) / 2 + ((bx - ax) / length) * bend;
  // The renderers draw the curve between its ends trimmed towards the control point (edges.ts's edgePath).
  const [sx0, sy0] = towards(ax, ay, cx, cy, a.r * camera.k);
  const [ex, ey] = towards(bx, by, cx, cy, b.r * camera.k + edge.gap);
  let best = Infinity;
  let px = sx0;
  let py = sy0;
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    const qx = u * u * sx0 + 2 * u * t * cx + t * t * ex;
    const qy = u * u * sy0 + 2 * u * t * cy + t * t * ey;
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

/** The point `distance` from (px, py) towards (qx, qy), or (px, py) itself when q is nearer than that. */
function towards(px: number, py: number, qx: number, qy: number, distance: number): [number, number] {
  const length = Math.hypot(qx - px, qy - py);
  if (length === 0 || distance >= length) return [px, py];
  return [px + ((qx - px) / length) * distance, py + ((qy - py) / length) * distance];
}
