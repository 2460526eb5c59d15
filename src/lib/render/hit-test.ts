/**
 * What is under a point of a large map, whichever renderer draws it: companies from a uniform grid of their
 * centres, deals from a uniform grid of world cells that each edge's line passes through. Queries look only at
 * the nearby cells, so a pointer move over a 20,000-company map checks a handful of candidates instead of every
 * circle and line (counted in hit-test.test.ts).
 * Both grids are typed arrays (cell → a range of positions in one list), not an object or a list per company,
 * cell or edge: the index of a 20,000-company map with 60,000 deals takes about 1.7 MB instead of 4 MB.
 * The geometry matches the renderers': circles of screen radius max(2, r·k); edges curving by
 * offset·min(k, 1.5) screen px (edges.ts).
 */
import { distanceToEdge, HIT_SLOP, type HitEdge, type HitIndex, type HitNode } from './hit-scan.ts';
import type { Camera, Scene } from './types.ts';

export function hitIndex<N extends HitNode, E extends HitEdge>(scene: {
  readonly nodes: readonly N[];
  readonly edges: readonly E[];
  readonly bounds: Scene['bounds'];
}): HitIndex<N, E> {
  const work = { nodes: 0, edges: 0 };
  // Positions in the scene's lists stand for their items (the position is the draw order: later is on top),
  // and companies are found by index in one array: no wrapper object or map entry per company or edge.
  const { nodes, edges } = scene;
  const byIndex: (N | undefined)[] = [];
  let maxR = 0;
  for (const n of nodes) {
    byIndex[n.index] = n;
    maxR = Math.max(maxR, n.r);
  }
  const centres = nodeGrid(scene);
  const grid = edgeGrid(scene, byIndex);

  function nodeAt(sx: number, sy: number, camera: Camera, slop = HIT_SLOP): N | undefined {
    const k = camera.k;
    const wx = (sx - camera.x) / k;
    const wy = (sy - camera.y) / k;
    const reach = (Math.max(2, maxR * k) + slop) / k;
    let inside = -1;
    let near = -1;
    let nearGap = Infinity;
    centres.each(wx - reach, wy - reach, wx + reach, wy + reach, (i) => {
      const node = nodes[i] as N;
      work.nodes++;
      const gap = Math.hypot(node.x - wx, node.y - wy) * k - Math.max(2, node.r * k);
      if (gap <= 0) {
        if (i > inside) inside = i;
      } else if (gap <= slop && (gap < nearGap || (gap === nearGap && near >= 0 && i > near))) {
        near = i;
        nearGap = gap;
      }
    });
    return nodes[inside >= 0 ? inside : near];
  }

  function edgeAt(sx: number, sy: number, camera: Camera, slop = HIT_SLOP): E | undefined {
    const k = camera.k;
    const wx = (sx - camera.x) / k;
    const wy = (sy - camera.y) / k;
    const reach = slop / k;
    let best = -1;
    let bestDistance = Infinity;
    const seen = new Set<number>();
    grid.each(wx - reach, wy - reach, wx + reach, wy + reach, (i) => {
      if (seen.has(i)) return;
      seen.add(i);
      work.edges++;
      const edge = edges[i] as E;
      const a = byIndex[edge.from];
      const b = byIndex[edge.to];
      if (!a || !b) return;
      const d = distanceToEdge(sx, sy, a, b, edge, camera);
      if (d <= slop && (d < bestDistance || (d === bestDistance && best >= 0 && i > best))) {
        best = i;
        bestDistance = d;
      }
    });
    return edges[best];
  }

  return { nodeAt, edgeAt, work };
}

/**
 * Positions of items in square cells over a box, as typed arrays: cell c holds `items[start[c]]` up to
 * `items[start[c + 1]]`, in the order they were entered.
 */
interface Cells {
  /** Calls `visit` with each position entered in the cells that meet the box (a cell's margin included). */
  each(x0: number, y0: number, x1: number, y1: number, visit: (position: number) => void): void;
}

interface CellGeometry {
  readonly x0: number;
  readonly y0: number;
  readonly size: number;
  readonly cols: number;
  readonly rows: number;
}

function cellGeometry(bounds: Scene['bounds'], size: number): CellGeometry {
  const { x0, y0, x1, y1 } = bounds;
  return {
    x0,
    y0,
    size,
    cols: Math.max(1, Math.ceil((x1 - x0) / size) + 1),
    rows: Math.max(1, Math.ceil((y1 - y0) / size) + 1),
  };
}

/** The column of x (points outside the box fall in the border cells). */
function column(g: CellGeometry, x: number): number {
  return Math.min(g.cols - 1, Math.max(0, Math.floor((x - g.x0) / g.size)));
}

function row(g: CellGeometry, y: number): number {
  return Math.min(g.rows - 1, Math.max(0, Math.floor((y - g.y0) / g.size)));
}

/**
 * Fills the cells in two passes over the items (count, then place): `enter(position, add)` calls `add(cell)`
 * for each cell the item at `position` is in; an item entered twice in a row in one cell is kept once.
 */
function fillCells(
  g: CellGeometry,
  count: number,
  enter: (position: number, add: (cell: number) => void) => void,
  margin: number,
): Cells {
  const cellCount = g.cols * g.rows;
  const start = new Uint32Array(cellCount + 1);
  const last = new Int32Array(cellCount).fill(-1);
  let position = 0;
  // A cell that is not a number (an item without a position) enters nothing.
  const counting = (cell: number) => {
    if (!(cell >= 0) || last[cell] === position) return;
    last[cell] = position;
    start[cell + 1] = (start[cell + 1] ?? 0) + 1;
  };
  for (position = 0; position < count; position++) enter(position, counting);
  for (let c = 0; c < cellCount; c++) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
  // Positions fit in 16 bits on all but the biggest maps: half the room.
  const items =
    count <= 0x10000 ? new Uint16Array(start[cellCount] ?? 0) : new Uint32Array(start[cellCount] ?? 0);
  const next = start.slice(0, cellCount);
  last.fill(-1);
  const placing = (cell: number) => {
    if (!(cell >= 0) || last[cell] === position) return;
    last[cell] = position;
    const at = next[cell] ?? 0;
    items[at] = position;
    next[cell] = at + 1;
  };
  for (position = 0; position < count; position++) enter(position, placing);
  return {
    each(qx0, qy0, qx1, qy1, visit) {
      for (let r = row(g, qy0 - margin); r <= row(g, qy1 + margin); r++)
        for (let c = column(g, qx0 - margin); c <= column(g, qx1 + margin); c++) {
          const cell = r * g.cols + c;
          const end = start[cell + 1] ?? 0;
          for (let p = start[cell] ?? 0; p < end; p++) visit(items[p] ?? 0);
        }
    },
  };
}

/** Companies per grid cell, on average, when they are spread evenly. */
const NODES_PER_CELL = 2;

/** Companies by the cell of their centre; a query looks at the cells its box meets. */
function nodeGrid(scene: { readonly nodes: readonly HitNode[]; readonly bounds: Scene['bounds'] }): Cells {
  const { nodes, bounds } = scene;
  const extent = Math.max(bounds.x1 - bounds.x0, bounds.y1 - bounds.y0, 1);
  const side = Math.max(1, Math.min(MAX_NODE_CELLS, Math.ceil(Math.sqrt(nodes.length / NODES_PER_CELL))));
  const g = cellGeometry(bounds, extent / side);
  return fillCells(
    g,
    nodes.length,
    (i, add) => {
      const node = nodes[i] as HitNode;
      add(row(g, node.y) * g.cols + column(g, node.x));
    },
    0,
  );
}

/** Most cells per side of the company grid. */
const MAX_NODE_CELLS = 512;

/** Most cells per side of the edge grid: few enough that a long edge is entered in at most a couple of hundred cells. */
const MAX_CELLS = 64;

/**
 * A uniform grid over the scene's bounds. Each edge is entered in the cells its chord passes through; cells
 * are at least as large as the widest bend of a fanned curve, and a query also looks one cell around the
 * pointer, so the curve at any zoom is found.
 */
function edgeGrid<N extends HitNode, E extends HitEdge>(
  scene: { readonly edges: readonly E[]; readonly bounds: Scene['bounds'] },
  byIndex: readonly (N | undefined)[],
): Cells {
  const { x0, y0, x1, y1 } = scene.bounds;
  let bend = 0;
  for (const e of scene.edges) bend = Math.max(bend, Math.abs(e.offset) * 2);
  const extent = Math.max(x1 - x0, y1 - y0, 1);
  const g = cellGeometry(scene.bounds, Math.max(bend, extent / MAX_CELLS, 1));
  return fillCells(
    g,
    scene.edges.length,
    (i, add) => {
      const edge = scene.edges[i] as E;
      const a = byIndex[edge.from];
      const b = byIndex[edge.to];
      if (!a || !b) return;
      // Walk the chord in steps of half a cell (a corner cell it clips may be skipped: queries look one cell around).
      const steps = Math.max(1, Math.ceil((Math.hypot(b.x - a.x, b.y - a.y) / g.size) * 2));
      for (let s = 0; s <= steps; s++) {
        const t = s / steps;
        add(row(g, a.y + (b.y - a.y) * t) * g.cols + column(g, a.x + (b.x - a.x) * t));
      }
    },
    g.size,
  );
}
