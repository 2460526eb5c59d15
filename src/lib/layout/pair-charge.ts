/**
 * The many-body force of small graphs, exact: every pair of companies within `distanceMax` repels as in d3's
 * many-body force (velocity += Δ × strength × alpha / distance², distances under 1 px softened to their square
 * root), summed over all pairs instead of approximated by a Barnes–Hut tree. Up to a few hundred companies the
 * exact sum costs less than building and walking the tree every tick, and allocates nothing. Deterministic:
 * fixed pair order, no random source (two companies at the very same point do not push each other).
 */
import type { Force } from 'd3-force';
import type { LayoutNode, SpringLink } from './forces.ts';

export function forcePairCharge(
  strength: (node: LayoutNode) => number,
  distanceMax: number,
): Force<LayoutNode, SpringLink> {
  let nodes: LayoutNode[] = [];
  let strengths = new Float64Array(0);
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let vxs = new Float64Array(0);
  let vys = new Float64Array(0);
  const max2 = distanceMax * distanceMax;

  function force(alpha: number): void {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as LayoutNode;
      xs[i] = node.x ?? 0;
      ys[i] = node.y ?? 0;
      vxs[i] = 0;
      vys[i] = 0;
    }
    for (let i = 0; i < n; i++) {
      const xi = xs[i] as number;
      const yi = ys[i] as number;
      const si = (strengths[i] as number) * alpha;
      let vx = 0;
      let vy = 0;
      for (let j = i + 1; j < n; j++) {
        const dx = (xs[j] as number) - xi;
        const dy = (ys[j] as number) - yi;
        let l = dx * dx + dy * dy;
        if (l >= max2 || l === 0) continue;
        if (l < 1) l = Math.sqrt(l);
        const wj = ((strengths[j] as number) * alpha) / l;
        vx += dx * wj;
        vy += dy * wj;
        const wi = si / l;
        vxs[j] = (vxs[j] as number) - dx * wi;
        vys[j] = (vys[j] as number) - dy * wi;
      }
      vxs[i] = (vxs[i] as number) + vx;
      vys[i] = (vys[i] as number) + vy;
    }
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as LayoutNode;
      node.vx = (node.vx ?? 0) + (vxs[i] as number);
      node.vy = (node.vy ?? 0) + (vys[i] as number);
    }
  }

  force.initialize = (initial: LayoutNode[]) => {
    nodes = initial;
    strengths = Float64Array.from(initial, strength);
    xs = new Float64Array(initial.length);
    ys = new Float64Array(initial.length);
    vxs = new Float64Array(initial.length);
    vys = new Float64Array(initial.length);
  };
  return force;
}
