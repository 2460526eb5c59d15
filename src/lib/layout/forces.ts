/**
 * The forces of the map layout (their parameters, by graph size, are in layout-params.ts): springs are
 * O(links); in small graphs the many-body force is summed exactly over every pair within a cut-off distance
 * (pair-charge.ts) and collisions sweep and prune; big graphs use grid versions of both (grid-forces.ts),
 * linear in the company count.
 * Collisions use boxes that hold each circle and its label (label-collide.ts) rather than d3's circular
 * forceCollide: the box contains the circle, so circles never overlap either, and one collision pass is
 * half the cost of two.
 */
import { forceLink, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { forceGridCharge, forceGridCollide } from './grid-forces.ts';
import { forceLabelCollide, type LabelBox } from './label-collide.ts';
import { forcePairCharge } from './pair-charge.ts';
import type { LayoutParams } from './layout-params.ts';
import type { LayoutSimulation } from './simulation.ts';
import type { LayoutLink } from './links.ts';

export interface LayoutNode extends SimulationNodeDatum {
  /** Company index. */
  readonly id: number;
  /** Circle radius (px). */
  readonly r: number;
}

/**
 * The grid forces of big graphs (grid-forces.ts), passed in by whoever lays big graphs out (the worker), so
 * that the page's own layout of small graphs does not download them. Without them a big graph is laid out
 * with the small-graph forces: the same picture, slower.
 */
export interface GridForces {
  readonly forceGridCharge: typeof forceGridCharge;
  readonly forceGridCollide: typeof forceGridCollide;
}

export type SpringLink = SimulationLinkDatum<LayoutNode> & { readonly count: number };

/** Installs the layout's forces on a simulation of `nodes` (in company-index order). */
export function applyForces(
  simulation: LayoutSimulation<LayoutNode>,
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  degree: Uint32Array,
  center: { readonly x: number; readonly y: number },
  boxes: readonly LabelBox[],
  params: LayoutParams,
  grid?: GridForces,
): void {
  const springs: SpringLink[] = links.map((l) => ({ source: l.source, target: l.target, count: l.count }));
  const radius = (i: number) => nodes[i]?.r ?? 0;
  const endpoints = (l: SpringLink) => [index(l.source), index(l.target)] as const;
  const charge = (node: LayoutNode) => -(params.chargeBase + params.chargePerRadius * node.r);
  const collide = { padding: params.labelPadding, strength: params.labelStrength };
  simulation.velocityDecay = params.velocityDecay;
  simulation
    .force(
      'link',
      forceLink<LayoutNode, SpringLink>(springs)
        .id((node) => node.id)
        .distance((l) => {
          const [s, t] = endpoints(l);
          return radius(s) + radius(t) + params.linkBase / Math.sqrt(l.count);
        })
        .strength((l) => {
          const [s, t] = endpoints(l);
          const partners = Math.max(1, Math.min(degree[s] ?? 1, degree[t] ?? 1));
          return Math.min(1, Math.sqrt(l.count) / partners);
        }),
    )
    .force(
      'charge',
      params.grid && grid
        ? grid.forceGridCharge(charge, params.chargeDistanceMax)
        : forcePairCharge(charge, params.chargeDistanceMax),
    )
    .force('labels', (params.grid && grid ? grid.forceGridCollide : forceLabelCollide)(boxes, collide))
    .force('x', forceX<LayoutNode>(center.x).strength(params.gravityX))
    .force('y', forceY<LayoutNode>(center.y).strength(params.gravityY));
}

function index(end: LayoutNode | string | number): number {
  return typeof end === 'object' ? end.id : Number(end);
}
