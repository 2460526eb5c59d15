/**
 * A collision force for labelled circles. Each company takes a box: as wide as its label (estimated from
 * the name's length) or its circle, from the top of the circle to below the label, which sits under the
 * circle. Overlapping boxes are pushed apart along the axis that needs the smaller move, bigger companies
 * moving less (as in d3's forceCollide). Neighbours are found with a quadtree, so it scales to thousands.
 */
import { quadtree } from 'd3-quadtree';
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

/** A company's box: its circle and, centred under it, a one-line label of `name`. */
export function labelBox(name: string, radius: number, charWidth: number, lineHeight: number): LabelBox {
  return {
    halfWidth: Math.max(radius, ([...name].length * charWidth) / 2),
    below: radius + lineHeight,
    above: radius,
  };
}

export function forceLabelCollide(
  boxes: readonly LabelBox[],
  options: LabelCollideOptions,
): Force<LayoutNode, SpringLink> {
  let nodes: LayoutNode[] = [];
  let maxHalfWidth = 0;
  let maxReach = 0;
  const x = (node: LayoutNode) => (node.x ?? 0) + (node.vx ?? 0);
  const y = (node: LayoutNode) => (node.y ?? 0) + (node.vy ?? 0);

  function force(): void {
    const tree = quadtree(nodes, x, y);
    const pad = options.padding;
    for (const a of nodes) {
      const boxA = boxes[a.id] as LabelBox;
      const ax = x(a);
      const ay = y(a);
      const reachX = boxA.halfWidth + maxHalfWidth + pad;
      const reachY = Math.max(boxA.below, boxA.above) + maxReach + pad;
      tree.visit((quad, x0, y0, x1, y1) => {
        if (!quad.length) {
          for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
            if (leaf.data.id > a.id) separate(a, boxA, ax, ay, leaf.data, pad);
          }
        }
        return x0 > ax + reachX || x1 < ax - reachX || y0 > ay + reachY || y1 < ay - reachY;
      });
    }
  }

  function separate(a: LayoutNode, boxA: LabelBox, ax: number, ay: number, b: LayoutNode, pad: number): void {
    const boxB = boxes[b.id] as LabelBox;
    const dx = x(b) - ax;
    const dy = y(b) - ay;
    const overlapX = boxA.halfWidth + boxB.halfWidth + pad - Math.abs(dx);
    if (overlapX <= 0) return;
    const overlapY = dy >= 0 ? boxA.below + boxB.above + pad - dy : boxB.below + boxA.above + pad + dy;
    if (overlapY <= 0) return;
    const ra = a.r * a.r;
    const rb = b.r * b.r;
    const shareA = rb / (ra + rb);
    if (overlapX < overlapY) {
      const move = overlapX * options.strength * (dx < 0 ? -1 : 1);
      a.vx = (a.vx ?? 0) - move * shareA;
      b.vx = (b.vx ?? 0) + move * (1 - shareA);
    } else {
      const move = overlapY * options.strength * (dy < 0 ? -1 : 1);
      a.vy = (a.vy ?? 0) - move * shareA;
      b.vy = (b.vy ?? 0) + move * (1 - shareA);
    }
  }

  force.initialize = (initial: LayoutNode[]) => {
    nodes = initial;
    maxHalfWidth = 0;
    maxReach = 0;
    for (const box of boxes) {
      maxHalfWidth = Math.max(maxHalfWidth, box.halfWidth);
      maxReach = Math.max(maxReach, box.below, box.above);
    }
  };
  return force;
}
