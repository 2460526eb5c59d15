/**
 * The force layout as a step function: `createLayout(input)` sets up the simulation, `step(n)` runs up to n
 * ticks, `positions()` reads where the companies are now. Running it to the end in one go or in chunks of
 * any size gives the same positions, bit for bit: d3's `tick(n)` is n single ticks, and every random choice
 * comes from the seeded source, in the same order.
 *
 * Determinism: companies enter d3-force in index (canonical id) order, springs are aggregated per company
 * pair and sorted, and the simulation runs a fixed number of ticks (never animated by d3's timer): first all
 * forces while alpha cools, then collisions only, so crowded places make room. Pinned companies stay exactly
 * where they are, so adding a company to a frozen map moves no other company.
 */
import { applyForces, type GridForces, type LayoutNode } from './forces.ts';
import { labelBoxes } from './label-collide.ts';
import type { LayoutInput } from './layout-input.ts';
import { ALPHA_MIN, alphaDecay, layoutParams, type LayoutParams } from './layout-params.ts';
import { aggregateTies, partnerCounts } from './links.ts';
import { startPositions } from './placement.ts';
import { centerPositions, type Positions } from './positions.ts';
import { seededRandom } from './random.ts';
import { layoutSimulation } from './simulation.ts';

export interface SteppedLayout {
  /** Runs up to `ticks` more ticks; true once the layout is done (then further steps do nothing). */
  step(ticks: number): boolean;
  /** The current positions [x0, y0, …], a new array on every call (centred unless companies are pinned). */
  positions(): Positions;
  /** Share of the ticks run so far, 0–1. */
  readonly progress: number;
  readonly done: boolean;
}

/** The tick count d3 runs to cool from `alpha`: ceil(log(alphaMin / alpha) / log(1 − decay)). */
export function tickCount(alpha = 1, params: LayoutParams = layoutParams(0)): number {
  const decay = alphaDecay(params.coolingTicks);
  // The epsilon keeps floating-point noise (150.00000000000017) from adding a tick.
  return Math.max(0, Math.ceil(Math.log(ALPHA_MIN / alpha) / Math.log(1 - decay) - 1e-9));
}

export function createLayout(input: LayoutInput, grid?: GridForces): SteppedLayout {
  const n = input.radii.length;
  const params = input.params ?? layoutParams(n);
  const frozen = input.frozen;
  const pinned = Array.from({ length: n }, (_, i) => Number.isFinite(frozen[2 * i]));
  if (n === 0 || pinned.every(Boolean)) return finished(Float64Array.from(frozen));

  const random = seededRandom(input.seed);
  const links = aggregateTies(n, input.ties);
  const known = Float64Array.from(frozen);
  const initial = input.initial;
  if (initial) {
    for (let i = 0; i < n; i++) {
      if (pinned[i] || !Number.isFinite(initial[2 * i])) continue;
      known[2 * i] = initial[2 * i] as number;
      known[2 * i + 1] = initial[2 * i + 1] as number;
    }
  }
  const start = startPositions(known, links, random, params.linkBase);

  const nodes: LayoutNode[] = Array.from({ length: n }, (_, i) => {
    const x = start[2 * i] as number;
    const y = start[2 * i + 1] as number;
    const node: LayoutNode = { id: i, r: input.radii[i] ?? 0, x, y, vx: 0, vy: 0 };
    if (pinned[i]) {
      node.fx = x;
      node.fy = y;
    }
    return node;
  });
  const anyPinned = pinned.includes(true);
  const center = anyPinned ? centroid(frozen, pinned) : { x: 0, y: 0 };
  const simulation = layoutSimulation(nodes, random, input.alpha);
  simulation.alphaDecay = alphaDecay(params.coolingTicks);
  const boxes = labelBoxes(input.names, input.radii, params);
  applyForces(simulation, nodes, links, partnerCounts(n, links), center, boxes, params, grid);

  const cooling = input.ticks ?? tickCount(input.alpha, params);
  // Then only collisions (the other forces have cooled off anyway); none when no tick was asked for.
  const settling = cooling > 0 ? params.settleTicks : 0;
  const total = cooling + settling;
  let ran = 0;

  function step(ticks: number): boolean {
    let left = Math.max(0, Math.min(Math.floor(ticks), total - ran));
    while (left > 0) {
      const chunk = ran < cooling ? Math.min(left, cooling - ran) : left;
      simulation.tick(chunk);
      ran += chunk;
      left -= chunk;
      if (ran === cooling) for (const name of ['link', 'charge', 'x', 'y']) simulation.force(name, null);
    }
    return ran >= total;
  }

  function positions(): Positions {
    const out = new Float64Array(2 * n);
    nodes.forEach((node, i) => {
      out[2 * i] = pinned[i] ? (frozen[2 * i] as number) : finite(node.x, start[2 * i]);
      out[2 * i + 1] = pinned[i] ? (frozen[2 * i + 1] as number) : finite(node.y, start[2 * i + 1]);
    });
    return anyPinned ? out : centerPositions(out);
  }

  return {
    step,
    positions,
    get progress() {
      return total === 0 ? 1 : ran / total;
    },
    get done() {
      return ran >= total;
    },
  };
}

/** A layout with nothing to do: every company is pinned (or there is none). */
function finished(positions: Positions): SteppedLayout {
  return { step: () => true, positions: () => positions.slice(), progress: 1, done: true };
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
