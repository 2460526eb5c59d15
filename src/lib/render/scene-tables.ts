/**
 * A plain scene (nothing highlighted) as typed arrays and two string lists, to send to the paint worker
 * (paint-side.ts) once per style: structured-cloning 80,000 link and company objects would take the page longer
 * than drawing them. The worker reads them as scene objects again (`sceneFromTables`), placed anew for every
 * picture. Only what drawing reads travels: not ids, names or titles.
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
    // Four stores, not a four-number list per link: 60,000 short-lived lists at every new style otherwise.
    edge.numbers[4 * i] = e.offset;
    edge.numbers[4 * i + 1] = e.gap;
    edge.numbers[4 * i + 2] = e.width;
    edge.numbers[4 * i + 3] = e.opacity;
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

/**
 * The scene's companies and links again, read from the tables (in the worker, for each picture). They are small
 * objects over the tables rather than copies: copies of a 20,000-company map's 80,000 marks held ~10 MB of the
 * worker's heap (measured). `place` puts every company where a request's positions say, at once.
 */
export function sceneFromTables(tables: SceneTables): {
  nodes: SceneNode[];
  edges: SceneEdge[];
  place(positions: TablePositions): void;
} {
  const placement: { current: TablePositions } = {
    current: { positions: new Float64Array(0), byIndex: false },
  };
  const nodes: SceneNode[] = [];
  for (let i = 0; i < tables.node.index.length; i++) nodes.push(new TableNode(tables, i, placement));
  const edges: SceneEdge[] = [];
  for (let i = 0; i < tables.edge.index.length; i++) edges.push(new TableEdge(tables, i));
  return { nodes, edges, place: (positions) => (placement.current = positions) };
}

class TableNode implements SceneNode {
  constructor(
    private readonly tables: SceneTables,
    private readonly row: number,
    private readonly placement: { readonly current: TablePositions },
  ) {}
  get index(): number {
    return this.tables.node.index[this.row] ?? 0;
  }
  get x(): number {
    const { positions, byIndex } = this.placement.current;
    return positions[2 * (byIndex ? this.index : this.row)] ?? 0;
  }
  get y(): number {
    const { positions, byIndex } = this.placement.current;
    return positions[2 * (byIndex ? this.index : this.row) + 1] ?? 0;
  }
  get r(): number {
    return this.tables.node.r[this.row] ?? 0;
  }
  get fill(): string {
    return this.tables.strings[this.tables.node.fill[this.row] ?? 0] ?? '';
  }
  get opacity(): number {
    return this.tables.node.opacity[this.row] ?? 1;
  }
  get labelRank(): number {
    return this.row;
  }
  readonly id = '';
  readonly name = '';
  readonly focused = false;
  readonly selected = false;
  readonly pinned = false;
  readonly labelMust = false;
  readonly heavyX = 0;
  readonly heavyY = 0;
}

class TableEdge implements SceneEdge {
  constructor(
    private readonly tables: SceneTables,
    private readonly row: number,
  ) {}
  get index(): number {
    return this.tables.edge.index[this.row] ?? 0;
  }
  get from(): number {
    return this.tables.edge.from[this.row] ?? 0;
  }
  get to(): number {
    return this.tables.edge.to[this.row] ?? 0;
  }
  get offset(): number {
    return this.tables.edge.numbers[4 * this.row] ?? 0;
  }
  get gap(): number {
    return this.tables.edge.numbers[4 * this.row + 1] ?? 0;
  }
  get width(): number {
    return this.tables.edge.numbers[4 * this.row + 2] ?? 0;
  }
  get opacity(): number {
    return this.tables.edge.numbers[4 * this.row + 3] ?? 1;
  }
  get color(): string {
    return this.tables.strings[this.tables.edge.color[this.row] ?? 0] ?? '';
  }
  get dash(): string | undefined {
    const dash = this.tables.edge.dash[this.row] ?? 0;
    return dash === 0 ? undefined : this.tables.strings[dash - 1];
  }
  get unconfirmed(): boolean {
    return ((this.tables.edge.flags[this.row] ?? 0) & UNCONFIRMED) !== 0;
  }
  get ended(): boolean {
    return ((this.tables.edge.flags[this.row] ?? 0) & ENDED) !== 0;
  }
  get arrow(): boolean {
    return ((this.tables.edge.flags[this.row] ?? 0) & ARROW) !== 0;
  }
  readonly id = '';
  readonly selected = false;
  readonly emphasised = false;
}
