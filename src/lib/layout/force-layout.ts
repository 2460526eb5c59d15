/**
 * computeLayout: the map's positions, computed in one go, headless and deterministic — the stepped layout
 * (step-layout.ts) run to its end. Same model + options → the same positions. Pure: no DOM, never mutates
 * the model.
 */
import type { GraphModel } from '../graph/model.ts';
import { layoutInput, type LayoutOptions } from './layout-input.ts';
import type { GridForces } from './forces.ts';
import type { Positions } from './positions.ts';
import { createLayout } from './step-layout.ts';

export type { LayoutOptions } from './layout-input.ts';
export type { Positions } from './positions.ts';
export { positionsFromMap, positionsToMap } from './positions.ts';
export { tickCount } from './step-layout.ts';

/** `grid`: the big-graph forces (forces.ts's GridForces), for graphs of more than a few hundred companies. */
export function computeLayout(model: GraphModel, options: LayoutOptions, grid?: GridForces): Positions {
  const layout = createLayout(layoutInput(model, options), grid);
  layout.step(Infinity);
  return layout.positions();
}
