/**
 * A collision force for labelled circles. Each company takes a box: as wide as its label (estimated from
 * the name's length) or its circle, from the top of the circle to below the label, which sits under the
 * circle; in big graphs only the biggest companies get label room. Overlapping boxes are pushed apart along the axis that needs the smaller move, bigger companies
 * moving less (as in d3's forceCollide). Neighbours are found by sweep and prune along x, so it scales to
 * thousands without allocating per tick.
 */
import type { Force } from 'd3-force';
import type { LayoutNode, SpringLink } from './forces.ts';

export interface LabelBox {
  /** Half the box width (px). */
  readonly halfWidth: number;
  /** Box height below the circle's centre (circle radius + label height). */
  readonly below: number;
  /** Box height above the circle's centre (circle radius). */
  readonly above: number;
}

export interface LabelCollideOptions {
  /** Gap kept between boxes (px). */
  readonly padding: number;
  /** 0–1: how much of an overlap is resolved per tick. */
  readonly strength: number;
}

export interface LabelRoom {
  /** Average character width and line height of a label (px). */
  readonly labelCharWidth: number;
  readonly labelLineHeight: number;
  /** How many companies, the biggest first, get room for a label (the renderer thins the rest). */
  readonly labelled: number;
}

/**
 * Each company's box: its circle and, centred under it, a one-line label of its name — for the `labelled`
 * biggest companies (ties: canonical order); the others keep only their circle.
 */
export function labelBoxes(names: readonly string[], radii: ArrayLike<number>, room: LabelRoom): LabelBox[] {
  const order = Array.from({ length: radii.length }, (_, i) => i).sort(
    (a, b) => (radii[b] as number) - (radii[a] as number) || a - b,
  );
  const labelled = new Set(order.slice(0, room.labelled));
  return Array.from(radii, (r, i) => {
    if (!labelled.has(i)) return { halfWidth: r, below: r, above: r };
    const width = [...(names[i] ?? '')].length * room.labelCharWidth;
    return { halfWidth: Math.max(r, width / 2), below: r + room.labelLineHeight, above: r };
  });
}

export function forceLabelCollide(
  boxes: readonly LabelBox[],
  options: LabelCollideOptions,
): Force<LayoutNode, SpringLink> {
  let nodes: LayoutNode[] = [];
  let order = new Uint32Array(0);
  let px = new Float64Array(0);
  let maxHalfWidth = 0;

  // Sweep and prune along x: sort by x, then compare each company only with those whose x is close enough
  // for the boxes to meet. No allocation per tick; ties in x break by index, so it stays deterministic.
  function force(): void {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const node = nodes[i] as LayoutNode;
      px[i] = (node.x ?? 0) + (node.vx ?? 0);
    }
    order.sort((a, b) => (px[a] as number) - (px[b] as number) || a - b);
    const pad = options.padding;
    for (let k = 0; k < n; k++) {
      const i = order[k] as number;
      const reach = (boxes[i] as LabelBox).halfWidth + maxHalfWidth + pad;
      const xi = px[i] as number;
      for (let m = k + 1; m < n; m++) {
        const j = order[m] as number;
        if ((px[j] as number) - xi > reach) break;
        separateBoxes(nodes[i] as LayoutNode, nodes[j] as LayoutNode, boxes, pad, options.strength);
      }
    }
  }

  force.initialize = (initial: LayoutNode[]) => {
    nodes = initial;
    order = Uint32Array.from(initial.keys());
    px = new Float64Array(initial.length);
    maxHalfWidth = 0;
    for (const box of boxes) maxHalfWidth = Math.max(maxHalfWidth, box.halfWidth);
  };
  return force;
}

/**
 * Pushes two overlapping boxes apart (where they will be after this tick's velocities), along the axis that
 * needs the smaller move, the bigger company moving less.
 */
export function separateBoxes(
  a: LayoutNode,
  b: LayoutNode,
  boxes: readonly LabelBox[],
  pad: number,
  strength: number,
): void {
  const boxA = boxes[a.id] as LabelBox;
  const boxB = boxes[b.id] as LabelBox;
  const dx = (b.x ?? 0) + (b.vx ?? 0) - (a.x ?? 0) - (a.vx ?? 0);
  const overlapX = boxA.halfWidth + boxB.halfWidth + pad - Math.abs(dx);
  if (overlapX <= 0) return;
  const dy = (b.y ?? 0) + (b.vy ?? 0) - (a.y ?? 0) - (a.vy ?? 0);
  const overlapY = dy >= 0 ? boxA.below + boxB.above + pad - dy : boxB.below + boxA.above + pad + dy;
  if (overlapY <= 0) return;
  const ra = a.r * a.r;
  const rb = b.r * b.r;
  const shareA = rb / (ra + rb);
  if (overlapX < overlapY) {
    const move = overlapX * strength * (dx < 0 ? -1 : 1);
    a.vx = (a.vx ?? 0) - move * shareA;
    b.vx = (b.vx ?? 0) + move * (1 - shareA);
  } else {
    const move = overlapY * strength * (dy < 0 ? -1 : 1);
    a.vy = (a.vy ?? 0) - move * shareA;
    b.vy = (b.vy ?? 0) + move * (1 - shareA);
  }
}
