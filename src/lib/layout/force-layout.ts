/**
 * computeLayout: the map's positions, computed once per data file, headless and deterministic.
 *
 * Same model + options → the same positions: companies enter d3-force in canonical (id) order, springs are
 * aggregated per company pair and sorted, every random choice comes from a seeded generator, and the
 * simulation runs a fixed number of ticks with `.stop()` + `.tick(n)` (never animated). Companies in
 * `frozen` are pinned where they are, so adding a company to a frozen map moves no other company.
 * Pure: no DOM, never mutates the model (d3 gets fresh node and link objects).
 */
import { forceSimulation } from 'd3-force';
import type { Point } from '../data/format.ts';
import type { GraphModel } from '../graph/model.ts';
import { radiusScale } from '../render/size.ts';
import { applyForces, FORCES, type LayoutNode, type SpringLink } from './forces.ts';
import { labelBoxes } from './label-collide.ts';
import { aggregateLinks, partnerCounts } from './links.ts';
import { startPositions } from './placement.ts';
import { centerPositions, positionsFromMap, type Positions } from './positions.ts';
import { DEFAULT_SEED, seededRandom } from './random.ts';

export type { Positions } from './positions.ts';
export { positionsFromMap, positionsToMap } from './positions.ts';

export interface LayoutOptions {
  /** Pinned positions by company id: these companies do not move and the result is not re-centred. */
  readonly frozen?: ReadonlyMap<string, Point>;
  /** Starting positions by company id for companies that are free to move (`--relax`). */
  readonly initial?: ReadonlyMap<string, Point>;
  /** Seed of the random source (default 1). */
  readonly seed?: number;
  /** Number of ticks (default: as many as d3 needs to cool from `alpha` to alphaMin, 150 from 1). */
  readonly ticks?: number;
  /** Starting temperature (default 1; lower it to refine a layout rather than rebuild it). */
  readonly alpha?: number;
}

const ALPHA_MIN = 0.001;
/** d3's schedule cooled twice as fast: 150 ticks instead of 300 give the same picture at half the cost. */
const ALPHA_DECAY = 1 - Math.pow(ALPHA_MIN, 1 / 150);

/** The tick count d3 runs for a simulation that starts at `alpha`: ceil(log(alphaMin / alpha) / log(1 − decay)). */
export function tickCount(alpha = 1): number {
  // The epsilon keeps floating-point noise (150.00000000000017) from adding a tick.
  return Math.max(0, Math.ceil(Math.log(ALPHA_MIN / alpha) / Math.log(1 - ALPHA_DECAY) - 1e-9));
}

export function computeLayout(model: GraphModel, options: LayoutOptions = {}): Positions {
  const n = model.companies.length;
  const frozen = positionsFromMap(model, options.frozen ?? new Map());
  const pinned = Array.from({ length: n }, (_, i) => Number.isFinite(frozen[2 * i]));
  if (n === 0) return new Float64Array(0);
  if (pinned.every(Boolean)) return frozen;

  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const links = aggregateLinks(model);
  const radius = radiusScale(model.volume);
  const known = Float64Array.from(frozen);
  if (options.initial) {
    const initial = positionsFromMap(model, options.initial);
    for (let i = 0; i < n; i++) {
      if (pinned[i] || !Number.isFinite(initial[2 * i])) continue;
      known[2 * i] = initial[2 * i] as number;
      known[2 * i + 1] = initial[2 * i + 1] as number;
    }
  }
  const start = startPositions(known, links, random, FORCES.linkBase);

  const nodes: LayoutNode[] = model.companies.map((_, i) => {
    const x = start[2 * i] as number;
    const y = start[2 * i + 1] as number;
    const node: LayoutNode = { id: i, r: radius(model.volume[i] ?? 0), x, y, vx: 0, vy: 0 };
    if (pinned[i]) {
      node.fx = x;
      node.fy = y;
    }
    return node;
  });
  const anyPinned = pinned.includes(true);
  const center = anyPinned ? centroid(frozen, pinned) : { x: 0, y: 0 };
  const alpha = options.alpha ?? 1;
  const simulation = forceSimulation<LayoutNode, SpringLink>().stop().randomSource(random).alpha(alpha);
  simulation.nodes(nodes);
  simulation.alphaMin(ALPHA_MIN).alphaDecay(ALPHA_DECAY);
  const boxes = labelBoxes(
    model.companies.map((c) => c.name),
    nodes.map((node) => node.r),
    FORCES,
  );
  applyForces(simulation, nodes, links, partnerCounts(n, links), center, boxes);
  const ticks = options.ticks ?? tickCount(alpha);
  simulation.tick(ticks);
  if (ticks > 0) {
    // Then only collisions, so crowded places make room (the other forces have cooled off anyway).
    for (const name of ['link', 'charge', 'x', 'y']) simulation.force(name, null);
    simulation.tick(FORCES.settleTicks);
  }

  const out = new Float64Array(2 * n);
  nodes.forEach((node, i) => {
    out[2 * i] = pinned[i] ? (frozen[2 * i] as number) : finite(node.x, start[2 * i]);
    out[2 * i + 1] = pinned[i] ? (frozen[2 * i + 1] as number) : finite(node.y, start[2 * i + 1]);
  });
  return anyPinned ? out : centerPositions(out);
}

function centroid(positions: Positions, pinned: readonly boolean[]): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let count = 0;
  pinned.forEach((isPinned, i) => {
    if (!isPinned) return;
    x += positions[2 * i] as number;
    y += positions[2 * i + 1] as number;
    count++;
  });
  return count === 0 ? { x: 0, y: 0 } : { x: x / count, y: y / count };
}

/** Guards against NaN: a simulation that blew up falls back to the starting position, then to 0. */
function finite(value: number | undefined, fallback: number | undefined): number {
  if (value !== undefined && Number.isFinite(value)) return value;
  return fallback !== undefined && Number.isFinite(fallback) ? fallback : 0;
}
