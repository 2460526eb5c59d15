/**
 * A plain scene (nothing highlighted) as typed arrays and two string lists, to send to the paint worker
 * (paint-side.ts) once per style: structured-cloning 80,000 link and company objects would take the page longer
 * than drawing them. The worker turns the tables back into scene objects (`sceneFromTables`) whose positions it
 * sets for every picture (`placeTables`). Only what drawing reads travels: not ids, names or titles.
 */
import { linkTable } from './link-table.ts';
import type { Scene, SceneEdge, SceneNode } from './types.ts';

export interface SceneTables {
  /** Fill colours, dash patterns and link colours, indexed by the tables below. */
  readonly strings: readonly string[];
  readonly node: {
    readonly index: Int32Array;
    readonly r: Float64Array;
    readonly opacity: Float64Array;
    readonly fill: Uint32Array;
  };
  readonly edge: {
    readonly index: Int32Array;
    readonly from: Int32Array;
    readonly to: Int32Array;
    /** offset, gap, width, opacity: four numbers per link. */
    readonly numbers: Float64Array;
    readonly color: Uint32Array;
    /** The dash pattern's string + 1 (0: none). */
    readonly dash: Uint32Array;
    /** Bits: 1 unconfirmed, 2 ended, 4 arrow. */
    readonly flags: Uint8Array;
  };
}

const UNCONFIRMED = 1;
const ENDED = 2;
const ARROW = 4;

/**
 * Whether a scene can be drawn from its tables: nothing faded, selected, focused, pinned, brought forward or
 * aggregated (the usual state of a big map while its layout settles). Those looks stay with the page.
 */
export function plainScene(scene: Scene): boolean {
  if (scene.fade) return false;
  for (const n of scene.nodes) if (n.selected || n.focused || n.pinned) return false;
  // The links' table is kept per list of links (the drawing reads it too): no pass over 60,000 objects a frame.
  const links = linkTable(scene.edges);
  return links.aggregates.length === 0 && !links.forward.includes(1);
}

/** The scene's look as tables (its positions travel with each picture, `scenePositions`). */
export function sceneTables(scene: Pick<Scene, 'nodes' | 'edges'>): SceneTables {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string): number => {
    let i = ids.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      ids.set(s, i);
    }
    return i;
  };
  const { nodes, edges } = scene;
  const node = {
    index: new Int32Array(nodes.length),
    r: new Float64Array(nodes.length),
    opacity: new Float64Array(nodes.length),
    fill: new Uint32Array(nodes.length),
  };
  nodes.forEach((n, i) => {
    node.index[i] = n.index;
    node.r[i] = n.r;
    node.opacity[i] = n.opacity;
    node.fill[i] = id(n.fill);
  });
  const edge = {
    index: new Int32Array(edges.length),
    from: new Int32Array(edges.length),
    to: new Int32Array(edges.length),
    numbers: new Float64Array(edges.length * 4),
    color: new Uint32Array(edges.length),
    dash: new Uint32Array(edges.length),
    flags: new Uint8Array(edges.length),
  };
  edges.forEach((e, i) => {
    edge.index[i] = e.index;
    edge.from[i] = e.from;
    edge.to[i] = e.to;
    edge.numbers.set([e.offset, e.gap, e.width, e.opacity], 4 * i);
    edge.color[i] = id(e.color);
    edge.dash[i] = e.dash === undefined ? 0 : id(e.dash) + 1;
    edge.flags[i] = (e.unconfirmed ? UNCONFIRMED : 0) | (e.ended ? ENDED : 0) | (e.arrow ? ARROW : 0);
  });
  return { strings, node, edge };
}

/** The buffers to transfer with the tables. */
export function tableBuffers(tables: SceneTables): ArrayBuffer[] {
  const views = [...Object.values(tables.node), ...Object.values(tables.edge)];
  return views
    .map((v: ArrayBufferView) => v.buffer)
    .filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/** Where the companies are, as positions to send with a picture request (a new array, to transfer). */
export interface TablePositions {
  /** [x0, y0, x1, y1, …] by company index, or (`byIndex` false) in the tables' order. */
  readonly positions: Float64Array;
  readonly byIndex: boolean;
}

/** The scene's positions: a copy of the array its nodes read from, or each node's place in the tables' order. */
export function scenePositions(scene: Pick<Scene, 'nodes' | 'positions'>): TablePositions {
  if (scene.positions) return { positions: scene.positions.slice(), byIndex: true };
  const { nodes } = scene;
  const out = new Float64Array(nodes.length * 2);
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (!n) continue;
    out[2 * i] = n.x;
    out[2 * i + 1] = n.y;
  }
  return { positions: out, byIndex: false };
}

/** A company made from the tables: its place is set for each picture. */
export interface TableNode extends SceneNode {
  x: number;
  y: number;
}

/** The scene's companies and links again, as plain objects (in the worker, once per style). */
export function sceneFromTables(tables: SceneTables): { nodes: TableNode[]; edges: SceneEdge[] } {
  const { strings, node, edge } = tables;
  const text = (i: number | undefined) => strings[i ?? 0] ?? '';
  const nodes: TableNode[] = [];
  for (let i = 0; i < node.index.length; i++) {
    nodes.push({
      index: node.index[i] ?? 0,
      id: '',
      name: '',
      x: 0,
      y: 0,
      r: node.r[i] ?? 0,
      fill: text(node.fill[i]),
      opacity: node.opacity[i] ?? 1,
      focused: false,
      selected: false,
      pinned: false,
      labelRank: i,
      labelMust: false,
      heavyX: 0,
      heavyY: 0,
    });
  }
  const edges: SceneEdge[] = [];
  for (let i = 0; i < edge.index.length; i++) {
    const flags = edge.flags[i] ?? 0;
    const dash = edge.dash[i] ?? 0;
    const at = 4 * i;
    edges.push({
      index: edge.index[i] ?? 0,
      id: '',
      from: edge.from[i] ?? 0,
      to: edge.to[i] ?? 0,
      offset: edge.numbers[at] ?? 0,
      gap: edge.numbers[at + 1] ?? 0,
      width: edge.numbers[at + 2] ?? 0,
      opacity: edge.numbers[at + 3] ?? 1,
      color: text(edge.color[i]),
      dash: dash === 0 ? undefined : text(dash - 1),
      unconfirmed: (flags & UNCONFIRMED) !== 0,
      ended: (flags & ENDED) !== 0,
      arrow: (flags & ARROW) !== 0,
      selected: false,
      emphasised: false,
    });
  }
  return { nodes, edges };
}

/** Puts the companies where `scenePositions` said. */
export function placeTables(nodes: readonly TableNode[], { positions, byIndex }: TablePositions): void {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (!n) continue;
    const at = byIndex ? n.index : i;
    n.x = positions[2 * at] ?? 0;
    n.y = positions[2 * at + 1] ?? 0;
  }
}
