/**
 * Positions for a model, computed once per data file. A file with frozen positions for every company needs
 * no simulation: those are returned at once (synchronously), and the force-layout code is not even loaded.
 * Otherwise the deterministic force layout is loaded on demand and run headless before the first paint.
 */
import type { GraphModel } from '../graph/model.ts';
import { isComplete, positionsFromMap, type Positions } from './positions.ts';

export function layoutFor(model: GraphModel): Positions | Promise<Positions> {
  const frozen = positionsFromMap(model, model.map.layout);
  if (isComplete(frozen)) return frozen;
  return import('./force-layout.ts').then(({ computeLayout }) =>
    computeLayout(model, { frozen: model.map.layout }),
  );
}
