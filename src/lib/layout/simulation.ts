/**
 * The layout's simulation loop: d3-force's tick, without d3-force's `forceSimulation`, which also brings a
 * timer and an event dispatcher (d3-timer, d3-dispatch: about 2 KiB gzip that every data file without
 * frozen positions downloaded before its first frame) for running itself in animation frames — which the
 * layout never does: it is stepped (step-layout.ts). The arithmetic is d3's, in d3's order, so positions are
 * bit-identical to what `forceSimulation().stop().tick(n)` gives (simulation.test.ts compares them).
 *
 * Per tick: alpha moves towards 0 by `alphaDecay`; every force runs with alpha, in the order added; then each
 * company's velocity is damped by the velocity decay and added to its position, or it is held at fx/fy.
 */
import type { Force, SimulationNodeDatum } from 'd3-force';

export interface LayoutSimulation<N extends SimulationNodeDatum> {
  readonly nodes: readonly N[];
  alpha: number;
  /** Share of alpha lost per tick. */
  alphaDecay: number;
  /** Share of velocity lost per tick (d3's `velocityDecay`). */
  velocityDecay: number;
  /** Adds (or, with null, removes) a force; a new force is initialised with the nodes and the random source. */
  force(name: string, force: Force<N, never> | null): this;
  tick(ticks?: number): void;
}

/** A simulation of `nodes` (each with a finite x, y) with seeded randomness. */
export function layoutSimulation<N extends SimulationNodeDatum>(
  nodes: N[],
  random: () => number,
  alpha: number,
): LayoutSimulation<N> {
  const forces = new Map<string, Force<N, never>>();
  nodes.forEach((node, i) => {
    node.index = i;
    if (node.fx != null) node.x = node.fx;
    if (node.fy != null) node.y = node.fy;
    if (!Number.isFinite(node.vx) || !Number.isFinite(node.vy)) node.vx = node.vy = 0;
  });
  const simulation: LayoutSimulation<N> = {
    nodes,
    alpha,
    alphaDecay: 0.0228,
    velocityDecay: 0.4,
    force(name, force) {
      if (force === null) forces.delete(name);
      else {
        force.initialize?.(nodes, random);
        forces.set(name, force);
      }
      return this;
    },
    tick(ticks = 1) {
      const keep = 1 - simulation.velocityDecay;
      for (let k = 0; k < ticks; k++) {
        simulation.alpha += (0 - simulation.alpha) * simulation.alphaDecay;
        for (const force of forces.values()) force(simulation.alpha);
        for (const node of nodes) {
          if (node.fx == null) node.x = (node.x ?? 0) + (node.vx = (node.vx ?? 0) * keep);
          else {
            node.x = node.fx;
            node.vx = 0;
          }
          if (node.fy == null) node.y = (node.y ?? 0) + (node.vy = (node.vy ?? 0) * keep);
          else {
            node.y = node.fy;
            node.vy = 0;
          }
        }
      }
    },
  };
  return simulation;
}
