/**
 * The links of a scene as typed arrays (ends, reach, brought forward, aggregates), read by the Canvas renderer
 * at every frame instead of 60,000 link objects. Made once per list of links: a layout's frames share theirs.
 * A big map's table is made in time slices while its layout starts (with its base style), not in the task
 * that draws its first frame.
 */
import { runInSlices, runToEnd, type SliceOptions } from '../data/slices.ts';
import type { SceneEdge } from './types.ts';

export interface LinkTable {
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Twice the fan offset: times the camera's bend, how far the curve may leave its chord. */
  readonly bend: Float64Array;
  /** The stroke's width and a margin for the arrowhead. */
  readonly pad: Float64Array;
  /** 1 for a link brought forward (selected or emphasised): drawn in full, never left out. */
  readonly forward: Uint8Array;
  /** Positions of the aggregate links (they carry a count badge). */
  readonly aggregates: readonly number[];
}

type TableEdge = SceneEdge & { readonly emphasised?: boolean | undefined };

const tables = new WeakMap<readonly SceneEdge[], LinkTable>();

/** The table of these links, made now unless it was made before. */
export function linkTable(edges: readonly SceneEdge[]): LinkTable {
  return tables.get(edges) ?? runToEnd(tableSteps(edges));
}

/** The same table, made in time slices (slices.ts) unless it was made before. */
export function linkTableInSlices(edges: readonly SceneEdge[], slices?: SliceOptions): Promise<LinkTable> {
  return Promise.resolve(tables.get(edges) ?? runInSlices(tableSteps(edges), slices));
}

/** Links filled in between two pauses of a sliced table. */
const PER_STEP = 4096;

function* tableSteps(edges: readonly SceneEdge[]): Generator<void, LinkTable> {
  const n = edges.length;
  const aggregates: number[] = [];
  const table: LinkTable = {
    from: new Int32Array(n),
    to: new Int32Array(n),
    bend: new Float64Array(n),
    pad: new Float64Array(n),
    forward: new Uint8Array(n),
    aggregates,
  };
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % PER_STEP === 0) yield;
    const edge: TableEdge | undefined = edges[i];
    if (!edge) continue;
    table.from[i] = edge.from;
    table.to[i] = edge.to;
    table.bend[i] = Math.abs(edge.offset) * 2;
    table.pad[i] = edge.width + 12;
    table.forward[i] = edge.selected || edge.emphasised === true ? 1 : 0;
    if (edge.aggregate) aggregates.push(i);
  }
  // A table made in slices meanwhile by another caller is the same; the first one kept wins.
  const kept = tables.get(edges);
  if (kept) return kept;
  tables.set(edges, table);
  return table;
}
