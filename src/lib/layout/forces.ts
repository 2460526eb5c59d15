/**
 * The forces of the map layout and their parameters, in one place. The numbers are tuned for the bundled
 * data (about 50–150 companies, circles of 5–30 px) and stay sensible for a few thousand companies: the
 * many-body force is Barnes–Hut with a cut-off distance, collisions use a quadtree, springs are O(links).
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { forceLabelCollide, type LabelBox } from './label-collide.ts';
import type { LayoutLink } from './links.ts';

export const FORCES = {
  /** Gap kept around each circle (px): collision radius = circle radius + this. */
  circlePadding: 8,
  /** Labels under the circles, estimated from the name: average character width and line height (px). */
  labelCharWidth: 5.5,
  labelLineHeight: 14,
  labelPadding: 4,
  labelStrength: 0.5,
  collideIterations: 2,
  /** Spring rest length = both radii + base / sqrt(deals between the pair). */
  linkBase: 70,
  /** Repulsion per company: −(base + perRadius × radius); big companies push harder, so hubs stay apart. */
  chargeBase: 120,
  chargePerRadius: 12,
  chargeDistanceMax: 400,
  theta: 0.9,
  /** Pull towards the centre keeps disconnected parts close; a stronger y pull makes the map wider than tall. */
  gravityX: 0.04,
  gravityY: 0.13,
  velocityDecay: 0.45,
} as const;

export interface LayoutNode extends SimulationNodeDatum {
  /** Company index. */
  readonly id: number;
  /** Circle radius (px). */
  readonly r: number;
}

export type SpringLink = SimulationLinkDatum<LayoutNode> & { readonly count: number };

/** Installs the layout's forces on a simulation of `nodes` (in company-index order). */
export function applyForces(
  simulation: Simulation<LayoutNode, SpringLink>,
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  degree: Uint32Array,
  center: { readonly x: number; readonly y: number },
  boxes: readonly LabelBox[],
): void {
  const springs: SpringLink[] = links.map((l) => ({ source: l.source, target: l.target, count: l.count }));
  const radius = (i: number) => nodes[i]?.r ?? 0;
  const endpoints = (l: SpringLink) => [index(l.source), index(l.target)] as const;
  simulation
    .velocityDecay(FORCES.velocityDecay)
    .force(
      'link',
      forceLink<LayoutNode, SpringLink>(springs)
        .id((node) => node.id)
        .distance((l) => {
          const [s, t] = endpoints(l);
          return radius(s) + radius(t) + FORCES.linkBase / Math.sqrt(l.count);
        })
        .strength((l) => {
          const [s, t] = endpoints(l);
          const partners = Math.max(1, Math.min(degree[s] ?? 1, degree[t] ?? 1));
          return Math.min(1, Math.sqrt(l.count) / partners);
        }),
    )
    .force(
      'charge',
      forceManyBody<LayoutNode>()
        .strength((node) => -(FORCES.chargeBase + FORCES.chargePerRadius * node.r))
        .distanceMax(FORCES.chargeDistanceMax)
        .theta(FORCES.theta),
    )
    .force(
      'collide',
      forceCollide<LayoutNode>((node) => node.r + FORCES.circlePadding)
        .strength(1)
        .iterations(FORCES.collideIterations),
    )
    .force(
      'labels',
      forceLabelCollide(boxes, { padding: FORCES.labelPadding, strength: FORCES.labelStrength }),
    )
    .force('x', forceX<LayoutNode>(center.x).strength(FORCES.gravityX))
    .force('y', forceY<LayoutNode>(center.y).strength(FORCES.gravityY));
}

function index(end: LayoutNode | string | number): number {
  return typeof end === 'object' ? end.id : Number(end);
}
