/**
 * Forces for big graphs (thousands of companies), on a uniform grid (grid.ts) instead of a tree or a sweep:
 * both only act within a short range, so each company looks at a few cells around it and a tick costs about
 * linear time. Same physics as their small-graph counterparts (d3's many-body force with a cut-off distance;
 * the circle-and-label boxes of label-collide.ts), slightly coarser. Deterministic: fixed iteration orders,
 * no random source.
 */
import type { Force } from 'd3-force';
import type { LayoutNode, SpringLink } from './forces.ts';
import { Grid } from './grid.ts';
import { separateBoxes, type LabelBox } from './label-collide.ts';

/** Cells per cut-off distance: the many-body force is exact within a cell's neighbours, approximated beyond. */
const CHARGE_CELLS = 4;

/**
 * Repulsion −strength(i) × strength(j)-weighted as in d3's many-body force (velocity += Δ × strength × alpha /
 * distance²), cut off at `distanceMax`. Companies in the same or a neighbouring cell (a quarter of the cut-off
 * wide) repel each other exactly; farther cells within reach act as one body at their centre of strength.
 */
export function forceGridCharge(
  strength: (node: LayoutNode) => number,
  distanceMax: number,
): Force<LayoutNode, SpringLink> {
  let nodes: LayoutNode[] = [];
  let strengths = new Float64Array(0);
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let cellStrength = new Float64Array(0);
  let cellX = new Float64Array(0);
  let cellY = new Float64Array(0);
  const grid = new Grid();
  const max2 = distanceMax * distanceMax;

  function force(alpha: number): void {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as LayoutNode;
      xs[i] = node.x ?? 0;
      ys[i] = node.y ?? 0;
    }
    grid.build(xs, ys, distanceMax / CHARGE_CELLS);
    const { cols, rows, start, items } = grid;
    const cells = cols * rows;
    if (cellStrength.length < cells) {
      cellStrength = new Float64Array(cells);
      cellX = new Float64Array(cells);
      cellY = new Float64Array(cells);
    }
    for (let c = 0; c < cells; c++) {
      let s = 0;
      let sx = 0;
      let sy = 0;
      for (let k = start[c] as number; k < (start[c + 1] as number); k++) {
        const j = items[k] as number;
        const w = strengths[j] as number;
        s += w;
        sx += w * (xs[j] as number);
        sy += w * (ys[j] as number);
      }
      cellStrength[c] = s;
      cellX[c] = s === 0 ? 0 : sx / s;
      cellY[c] = s === 0 ? 0 : sy / s;
    }
    const reach = Math.ceil(distanceMax / grid.size);
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as LayoutNode;
      const xi = xs[i] as number;
      const yi = ys[i] as number;
      const col = grid.column(xi);
      const row = grid.row(yi);
      let vx = 0;
      let vy = 0;
      for (let r = Math.max(0, row - reach); r <= Math.min(rows - 1, row + reach); r++) {
        for (let q = Math.max(0, col - reach); q <= Math.min(cols - 1, col + reach); q++) {
          const c = r * cols + q;
          if (Math.abs(r - row) <= 1 && Math.abs(q - col) <= 1) {
            for (let k = start[c] as number; k < (start[c + 1] as number); k++) {
              const j = items[k] as number;
              if (j === i) continue;
              const dx = (xs[j] as number) - xi;
              const dy = (ys[j] as number) - yi;
              let l = dx * dx + dy * dy;
              if (l >= max2 || l === 0) continue;
              if (l < 1) l = Math.sqrt(l);
              const w = ((strengths[j] as number) * alpha) / l;
              vx += dx * w;
              vy += dy * w;
            }
          } else {
            const s = cellStrength[c] as number;
            if (s === 0) continue;
            const dx = (cellX[c] as number) - xi;
            const dy = (cellY[c] as number) - yi;
            const l = dx * dx + dy * dy;
            if (l >= max2 || l < 1) continue;
            const w = (s * alpha) / l;
            vx += dx * w;
            vy += dy * w;
          }
        }
      }
      node.vx = (node.vx ?? 0) + vx;
      node.vy = (node.vy ?? 0) + vy;
    }
  }

  force.initialize = (initial: LayoutNode[]) => {
    nodes = initial;
    strengths = Float64Array.from(initial, strength);
    xs = new Float64Array(initial.length);
    ys = new Float64Array(initial.length);
  };
  return force;
}

/**
 * The circle-and-label boxes of label-collide.ts kept apart, neighbours found on a grid. Plain circles look
 * for other plain circles nearby; the few companies with label room (wider, taller boxes) look farther, for
 * every box. Each pair whose boxes may meet is separated once per tick, in a fixed order.
 */
export function forceGridCollide(
  boxes: readonly LabelBox[],
  options: { readonly padding: number; readonly strength: number },
): Force<LayoutNode, SpringLink> {
  let nodes: LayoutNode[] = [];
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  /** How far from its centre each box reaches, on either axis. */
  let reach = new Float64Array(0);
  let labelled = new Uint8Array(0);
  /** The largest reach of a plain circle, and of any box. */
  let plainMax = 0;
  let largest = 0;
  const grid = new Grid();

  function force(): void {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as LayoutNode;
      xs[i] = (node.x ?? 0) + (node.vx ?? 0);
      ys[i] = (node.y ?? 0) + (node.vy ?? 0);
    }
    grid.build(xs, ys, plainMax + options.padding);
    const { cols, start, items } = grid;
    const pad = options.padding;
    for (let i = 0; i < n; i++) {
      const wide = labelled[i] === 1;
      const xi = xs[i] as number;
      const yi = ys[i] as number;
      const r = (reach[i] as number) + (wide ? largest : plainMax) + pad;
      const c0 = grid.column(xi - r);
      const c1 = grid.column(xi + r);
      const r0 = grid.row(yi - r);
      const r1 = grid.row(yi + r);
      for (let row = r0; row <= r1; row++) {
        for (let col = c0; col <= c1; col++) {
          const c = row * cols + col;
          for (let k = start[c] as number; k < (start[c + 1] as number); k++) {
            const j = items[k] as number;
            // Plain–plain and labelled–labelled pairs from the lower index, plain–labelled from the labelled.
            if (labelled[j] === 1 ? !wide || j <= i : !wide && j <= i) continue;
            separateBoxes(nodes[i] as LayoutNode, nodes[j] as LayoutNode, boxes, pad, options.strength);
          }
        }
      }
    }
  }

  force.initialize = (initial: LayoutNode[]) => {
    nodes = initial;
    const n = initial.length;
    xs = new Float64Array(n);
    ys = new Float64Array(n);
    reach = Float64Array.from(boxes, (b) => Math.max(b.halfWidth, b.below, b.above));
    labelled = Uint8Array.from(boxes, (b) => (b.below > b.above ? 1 : 0));
    plainMax = 1;
    largest = 1;
    reach.forEach((r, i) => {
      largest = Math.max(largest, r);
      if (labelled[i] === 0) plainMax = Math.max(plainMax, r);
    });
  };
  return force;
}
