/**
 * The forces of the map layout and their parameters, in one place. The numbers are tuned for the bundled
 * data (about 50–150 companies, circles of 5–30 px) and stay sensible for a few thousand companies: the
 * many-body force is Barnes–Hut with a cut-off distance, collisions sweep and prune, springs are O(links).
 * Collisions use boxes that hold each circle and its label (label-collide.ts) rather than d3's circular
 * forceCollide: the box contains the circle, so circles never overlap either, and one collision pass is
 * half the cost of two.
 */
import {
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
  /** Spring rest length = both radii + base / sqrt(deals between the pair): more deals, closer partners. */
  linkBase: 80,
  /** Repulsion per company: −(base + perRadius × radius); big companies push harder, so hubs stay apart. */
  chargeBase: 120,
  chargePerRadius: 30,
  /** Beyond this distance companies do not repel (keeps far parts of big graphs from drifting apart). */
  chargeDistanceMax: 400,
  /** Barnes–Hut accuracy: coarser than d3's 0.9, which halves the many-body cost with no visible change. */
  theta: 1.2,
  /** Pull towards the centre keeps disconnected parts close; a stronger y pull makes the map about 16:10. */
  gravityX: 0.04,
  gravityY: 0.13,
  velocityDecay: 0.45,
  /** Labels sit under their circles; estimated from the name: average character width and line height. */
  labelCharWidth: 5.5,
  labelLineHeight: 14,
  /** Gap kept between companies' boxes (circle + label), px. */
  labelPadding: 4,
  /** Only the biggest companies get label room in big graphs (the renderer thins the other labels). */
  labelled: 150,
  /** Share of an overlap resolved per tick. */
  labelStrength: 0.8,
  /** Collision-only ticks after the simulation has cooled, so crowded places make room. */
  settleTicks: 50,
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
      'labels',
      forceLabelCollide(boxes, { padding: FORCES.labelPadding, strength: FORCES.labelStrength }),
    )
    .force('x', forceX<LayoutNode>(center.x).strength(FORCES.gravityX))
    .force('y', forceY<LayoutNode>(center.y).strength(FORCES.gravityY));
}

function index(end: LayoutNode | string | number): number {
  return typeof end === 'object' ? end.id : Number(end);
}
