/**
 * What the layout needs, as plain structured-cloneable data: the same input runs the layout in the page or
 * in a worker. Sizes reach the layout as data (each company's circle radius, computed by whoever draws the
 * circles), never as a scale imported from the renderer.
 */
import type { Point } from '../data/format.ts';
import type { GraphModel } from '../graph/model.ts';
import type { LayoutParams } from './layout-params.ts';
import { companyTies, type Ties } from './links.ts';
import { positionsFromMap } from './positions.ts';
import { DEFAULT_SEED } from './random.ts';

export interface LayoutInput {
  /** Circle radius by company index (px); its length is the company count. */
  readonly radii: Float64Array;
  /** Company names by index: the label room under each circle is estimated from them. */
  readonly names: readonly string[];
  /** Deals' companies and units' parents (links.ts): the layout makes one spring per tied pair. */
  readonly ties: Ties;
  /** Pinned positions [x0, y0, …]; NaN for companies free to move. Pinned companies never move. */
  readonly frozen: Float64Array;
  /** Starting positions for free companies, NaN where there is none. */
  readonly initial?: Float64Array | undefined;
  readonly seed: number;
  /** Starting temperature (1 builds a layout; lower refines one). */
  readonly alpha: number;
  /** Number of ticks (default: as many as it takes to cool from `alpha`). */
  readonly ticks?: number | undefined;
  /** Parameters (default: chosen by graph size, layout-params.ts). */
  readonly params?: LayoutParams | undefined;
}

export interface LayoutOptions {
  /** Circle radius by company index (px), as the map draws them. */
  readonly radii: Float64Array;
  /** Pinned positions by company id: these companies do not move and the result is not re-centred. */
  readonly frozen?: ReadonlyMap<string, Point>;
  /** Starting positions by company id for companies that are free to move (`--relax`). */
  readonly initial?: ReadonlyMap<string, Point>;
  /** Seed of the random source (default 1). */
  readonly seed?: number;
  /** Number of ticks (default: as many as d3 needs to cool from `alpha` to alphaMin). */
  readonly ticks?: number;
  /** Starting temperature (default 1; lower it to refine a layout rather than rebuild it). */
  readonly alpha?: number;
}

/** The layout input for a model; never mutates it. */
export function layoutInput(model: GraphModel, options: LayoutOptions): LayoutInput {
  if (options.radii.length !== model.companies.length) {
    throw new Error(`layout: ${options.radii.length} radii for ${model.companies.length} companies`);
  }
  return {
    radii: options.radii,
    names: model.companies.map((c) => c.name),
    ties: companyTies(model),
    frozen: positionsFromMap(model, options.frozen ?? new Map()),
    initial: options.initial && positionsFromMap(model, options.initial),
    seed: options.seed ?? DEFAULT_SEED,
    alpha: options.alpha ?? 1,
    ticks: options.ticks,
  };
}
