/**
 * The map drawn on a 2D canvas: the same picture as the SVG renderer from the same styled scene, in screen space
 * through the camera (circles grow with zoom, at least 2 px; strokes, arrowheads and labels keep their size).
 *
 * Big scenes are drawn in batches: the bulk of the links as one path per colour and opacity of 1-device-pixel
 * hairlines (wide strokes cost tens of milliseconds a frame in software raster), circles as one path per fill.
 * Width, dash and arrowhead are kept for the links brought forward (emphasised by a hover, selection, focus or
 * circular flow, or selected), and for every link when fewer than DETAILED_EDGES are in view (a small map, or a
 * big one zoomed in), which then looks exactly as on SVG. Marks outside the viewport are skipped. Pure: it draws into any object with the 2D context's methods, so tests pass
 * a recording fake.
 */
import { edgeCurveInto, type EdgeCurve, type Point2 } from './edges.ts';
import { DETAILED_EDGES } from './renderer-choice.ts';
import { linkTable } from './link-table.ts';
import { LABEL_FONT_PX, type PlacedLabel } from './labels.ts';
import type { StandInRect } from './faded-pictures.ts';
import {
  edgeOpacity,
  nodeOpacity,
  RING_GAP,
  type Camera,
  type Scene,
  type SceneEdge,
  type SceneNode,
} from './types.ts';

/** The part of CanvasRenderingContext2D the map is drawn with. */
export interface Canvas2D {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  closePath(): void;
  fill(): void;
  stroke(): void;
  setLineDash(segments: number[]): void;
  fillText(text: string, x: number, y: number): void;
  strokeText(text: string, x: number, y: number): void;
  measureText(text: string): {
    readonly fontBoundingBoxAscent: number;
    readonly fontBoundingBoxDescent: number;
  };
  drawImage(image: CanvasImageSource, dx: number, dy: number): void;
  drawImage(image: CanvasImageSource, dx: number, dy: number, dw: number, dh: number): void;
}

/** The theme's colours (the app's CSS custom properties, resolved) and the page's font family. */
export interface CanvasColors {
  readonly bg: string;
  readonly surface: string;
  readonly text: string;
  readonly textSoft: string;
  readonly muted: string;
  readonly accent: string;
  readonly fontFamily: string;
}

export interface CanvasDrawInput {
  readonly scene: Scene;
  readonly camera: Camera;
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly labels: readonly PlacedLabel[];
  readonly colors: CanvasColors;
  /** Device pixels per CSS pixel. */
  readonly dpr: number;
  /** The camera or the layout is moving: a big map draws only its biggest hairlines until it rests. */
  readonly moving?: boolean | undefined;
  /**
   * A highlighted scene's rest scene already drawn faded at this camera, size and ratio (`fadedBackdrop`): the
   * scene is drawn as this picture with what it brings forward over it, not link by link again.
   */
  readonly backdrop?: CanvasImageSource | undefined;
  /**
   * Where the backdrop lands, in device pixels, when it was drawn for another camera or stage
   * (faded-pictures.ts `standIn`): it stands in, scaled and shifted, until its own picture comes, also while the
   * map moves.
   */
  readonly backdropAt?: StandInRect | undefined;
  /** Leave what the canvas shows and draw over it (a backdrop is already there). */
  readonly over?: boolean | undefined;
}

/** What one draw drew (tests and the benchmark read it). */
export interface CanvasDrawStats {
  /** Links drawn with their width, dash and arrowhead. */
  detailed: number;
  /** Links drawn as hairlines. */
  hairlines: number;
  /** Hairline paths stroked (one per colour and opacity). */
  hairlinePaths: number;
  /** Hairlines left out while the map moves. */
  deferred: number;
  nodes: number;
  labels: number;
}

/** Below this many links in view every link is drawn in full, as on SVG (in renderer-choice.ts, for the legend). */
export { DETAILED_EDGES };
/**
 * While a big map moves (zoom, pan, a layout settling), only this many hairlines are drawn — the biggest deals,
 * which come first in the scene — and the rest once it rests: software rasterising of tens of thousands of lines
 * is what makes a frame slow (sigma.js hides edges while moving for the same reason).
 */
export const MOVING_HAIRLINES = 2500;
/** From this many companies circles are filled in batches, one path per colour. */
export const BATCHED_NODES = 500;
/**
 * While a big map moves, circles up to this radius (px) are filled as squares of the same area: at 4–5 px
 * across the difference hardly shows, and an anti-aliased arc costs the software rasteriser several times a
 * square. At rest they are circles again.
 */
export const SQUARES_UP_TO = 2.5;

/** A link brought forward by a hover, selection, focus or circular flow (`emphasised` lands in types.ts). */
type DrawnEdge = SceneEdge & { readonly emphasised?: boolean | undefined };

/**
 * The picture a highlight fades everything under: the rest scene's links and circles at the fade's opacities,
 * without labels. The same for every hover at one camera, so the renderer keeps it and draws a hover as this
 * picture plus what the hover brings forward (a full redraw of a 1,000-company map took 9–14 ms, traced).
 */
export function fadedBackdrop(
  ctx: Canvas2D,
  input: Omit<CanvasDrawInput, 'scene' | 'labels' | 'backdrop' | 'over'>,
  rest: Pick<Scene, 'nodes' | 'edges' | 'bounds'>,
  fade: { readonly node: number; readonly edge: number },
): CanvasDrawStats {
  const scene: Scene = {
    ...rest,
    fade: { node: fade.node, edge: fade.edge, nodes: NOTHING, edges: NOTHING },
  };
  return drawScene(ctx, { ...input, scene, labels: [] });
}

const NOTHING: ReadonlySet<number> = new Set();

export function drawScene(ctx: Canvas2D, input: CanvasDrawInput): CanvasDrawStats {
  const { fade } = input.scene;
  if (input.backdrop && fade?.edge !== undefined && (!input.moving || input.backdropAt))
    return overBackdrop(ctx, input, input.backdrop);
  const { scene, camera, width, height, dpr } = input;
  const stats: CanvasDrawStats = {
    detailed: 0,
    hairlines: 0,
    hairlinePaths: 0,
    deferred: 0,
    nodes: 0,
    labels: 0,
  };
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  if (!input.over) ctx.clearRect(0, 0, width, height);
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);

  const nodeAt: (SceneNode | undefined)[] = [];
  for (const node of scene.nodes) nodeAt[node.index] = node;
  // The camera as plain numbers: read once per link, tens of thousands of times a frame.
  const { k, x: cx, y: cy } = camera;
  const bend = Math.min(k, 1.5);
  // Links that may be in view: their chord's box, widened by the most a fanned curve can bend, meets the view.
  // Read from typed arrays (the links' ends and reach, kept per scene; the companies' screen positions, per
  // frame): a loop over 60,000 link objects a frame cost a big map most of its drawing time.
  const links = linkTable(scene.edges);
  const spots = screenSpots(scene.nodes, camera);
  const candidates: number[] = [];
  for (let i = 0; i < links.from.length; i++) {
    const a = links.from[i] ?? 0;
    const b = links.to[i] ?? 0;
    if (!spots.present[a] || !spots.present[b]) continue;
    const ax = spots.x[a] ?? 0;
    const ay = spots.y[a] ?? 0;
    const bx = spots.x[b] ?? 0;
    const by = spots.y[b] ?? 0;
    const m = (links.bend[i] ?? 0) * bend + (links.pad[i] ?? 0);
    if ((ax > bx ? ax : bx) < -m || (ax < bx ? ax : bx) > width + m) continue;
    if ((ay > by ? ay : by) < -m || (ay < by ? ay : by) > height + m) continue;
    candidates.push(i);
  }
  // Every link's curve in screen space, six numbers each (start, control, end), computed without allocating.
  const geometry = scratch(scene.edges.length * 6);
  /** Computes link i's curve; true when it is in view. */
  const place = (i: number): boolean => {
    const edge = scene.edges[i];
    const a = edge && nodeAt[edge.from];
    const b = edge && nodeAt[edge.to];
    if (!edge || !a || !b) return false;
    const at = i * 6;
    edgeCurveInto(
      geometry,
      at,
      a.x * k + cx,
      a.y * k + cy,
      b.x * k + cx,
      b.y * k + cy,
      a.r * k,
      b.r * k + edge.gap,
      edge.offset * bend,
      0,
    );
    return inView(geometry, at, edge.width + 12, width, height);
  };
  // A big map on the move works out only the curves it draws (the biggest, and those brought forward).
  const lazy = Boolean(input.moving) && candidates.length >= DETAILED_EDGES;
  const shown = lazy ? candidates : candidates.filter(place);
  // Few links in view (a small map, or a big one zoomed in): every one in full.
  const all = !lazy && shown.length < DETAILED_EDGES;
  /** Hairline batches: colour → opacity → positions in scene.edges. */
  const hairlines = new Map<string, Map<number, number[]>>();
  const detailed: { edge: DrawnEdge; curve: EdgeCurve }[] = [];
  let room = input.moving ? MOVING_HAIRLINES : Infinity;
  for (const i of shown) {
    // Past the moving budget a plain link is counted without reading its object (tens of thousands a frame).
    if (room <= 0 && !all && !links.forward[i]) {
      stats.deferred++;
      continue;
    }
    const edge: DrawnEdge | undefined = scene.edges[i];
    if (!edge) continue;
    if (all || links.forward[i]) {
      if (lazy && !place(i)) continue;
      detailed.push({ edge, curve: curveAt(geometry, i * 6, edge.offset !== 0) });
      continue;
    }
    if (room <= 0) {
      stats.deferred++;
      continue;
    }
    if (lazy && !place(i)) continue;
    room--;
    let byOpacity = hairlines.get(edge.color);
    if (!byOpacity) hairlines.set(edge.color, (byOpacity = new Map()));
    const opacity = edgeOpacity(scene, edge);
    const batch = byOpacity.get(opacity);
    if (batch) batch.push(i);
    else byOpacity.set(opacity, [i]);
  }

  ctx.lineWidth = 1 / dpr;
  ctx.lineCap = 'butt';
  // Faded links first; then the commonest colours, so the rarer ones stay visible on top.
  const batches = [...hairlines].flatMap(([color, byOpacity]) =>
    [...byOpacity].map(([opacity, edges]) => ({ color, opacity, edges })),
  );
  batches.sort((p, q) => p.opacity - q.opacity || q.edges.length - p.edges.length);
  for (const { color, opacity, edges } of batches) {
    ctx.strokeStyle = color;
    ctx.globalAlpha = opacity;
    ctx.beginPath();
    for (const i of edges) {
      const at = i * 6;
      ctx.moveTo(geometry[at] ?? 0, geometry[at + 1] ?? 0);
      if (scene.edges[i]?.offset === 0) ctx.lineTo(geometry[at + 4] ?? 0, geometry[at + 5] ?? 0);
      else
        ctx.quadraticCurveTo(
          geometry[at + 2] ?? 0,
          geometry[at + 3] ?? 0,
          geometry[at + 4] ?? 0,
          geometry[at + 5] ?? 0,
        );
    }
    ctx.stroke();
    stats.hairlines += edges.length;
    stats.hairlinePaths++;
  }
  for (const { edge, curve } of detailed) drawEdge(ctx, edge, edgeOpacity(scene, edge), curve, input.colors);
  stats.detailed = detailed.length;
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);

  for (const i of links.aggregates) {
    const edge = scene.edges[i];
    if (edge) drawBadge(ctx, edge, nodeAt, input);
  }

  stats.nodes = drawNodes(ctx, input, spots);
  stats.labels = drawLabels(ctx, input);
  ctx.globalAlpha = 1;
  return stats;
}

/** A highlighted scene as its faded backdrop, then what it brings forward (and the labels) drawn over it. */
function overBackdrop(ctx: Canvas2D, input: CanvasDrawInput, backdrop: CanvasImageSource): CanvasDrawStats {
  const { scene } = input;
  const fade = scene.fade;
  const own = fade?.own;
  const edges = own ? own.edges : fade ? scene.edges.filter((e) => fade.edges.has(e.index)) : [];
  // The companies it brings forward, and the ends of its links (always among them when the scene comes from
  // highlightScene; otherwise drawn at the fade's opacity, as in the backdrop).
  const shown = new Set(fade?.nodes);
  let ends = true;
  for (const e of edges) {
    if (!shown.has(e.from) || !shown.has(e.to)) ends = false;
    shown.add(e.from).add(e.to);
  }
  const nodes = own && ends ? own.nodes : scene.nodes.filter((n) => shown.has(n.index));
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.clearRect(0, 0, Math.round(input.width * input.dpr), Math.round(input.height * input.dpr));
  const at = input.backdropAt;
  if (at) ctx.drawImage(backdrop, at.x, at.y, at.width, at.height);
  else ctx.drawImage(backdrop, 0, 0);
  return drawScene(ctx, {
    ...input,
    scene: { ...scene, nodes, edges },
    backdrop: undefined,
    backdropAt: undefined,
    over: true,
  });
}

/** Companies' screen circles (centre, radius at least 2 px) by company index, in buffers reused from frame to frame. */
interface Spots {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly r: Float64Array;
  readonly present: Uint8Array;
}

let spotBuffers: Spots = {
  x: new Float64Array(0),
  y: new Float64Array(0),
  r: new Float64Array(0),
  present: new Uint8Array(0),
};

function screenSpots(nodes: readonly SceneNode[], camera: Camera): Spots {
  let size = 0;
  for (const node of nodes) if (node.index >= size) size = node.index + 1;
  if (spotBuffers.x.length < size) {
    const length = Math.max(size, spotBuffers.x.length * 2);
    spotBuffers = {
      x: new Float64Array(length),
      y: new Float64Array(length),
      r: new Float64Array(length),
      present: new Uint8Array(length),
    };
  }
  const { x, y, r, present } = spotBuffers;
  present.fill(0);
  for (const node of nodes) {
    x[node.index] = node.x * camera.k + camera.x;
    y[node.index] = node.y * camera.k + camera.y;
    r[node.index] = Math.max(2, node.r * camera.k);
    present[node.index] = 1;
  }
  return spotBuffers;
}

function screen(camera: Camera, p: Point2): Point2 {
  return { x: p.x * camera.k + camera.x, y: p.y * camera.k + camera.y };
}

let buffer = new Float64Array(0);

/** A reused buffer of at least `size` numbers (a frame of a big map needs hundreds of thousands). */
function scratch(size: number): Float64Array {
  if (buffer.length < size) buffer = new Float64Array(Math.max(size, buffer.length * 2));
  return buffer;
}

/** The curve stored at `at`. */
function curveAt(geometry: Float64Array, at: number, curved: boolean): EdgeCurve {
  const v = (k: number) => geometry[at + k] ?? 0;
  return {
    start: { x: v(0), y: v(1) },
    control: curved ? { x: v(2), y: v(3) } : undefined,
    end: { x: v(4), y: v(5) },
  };
}

/** Whether the curve stored at `at` (its hull, widened by `margin` px) meets the viewport. */
function inView(geometry: Float64Array, at: number, margin: number, width: number, height: number): boolean {
  const sx = geometry[at] ?? 0;
  const sy = geometry[at + 1] ?? 0;
  const cx = geometry[at + 2] ?? 0;
  const cy = geometry[at + 3] ?? 0;
  const ex = geometry[at + 4] ?? 0;
  const ey = geometry[at + 5] ?? 0;
  return (
    Math.max(sx, cx, ex) >= -margin &&
    Math.min(sx, cx, ex) <= width + margin &&
    Math.max(sy, cy, ey) >= -margin &&
    Math.min(sy, cy, ey) <= height + margin
  );
}

function trace(ctx: Canvas2D, { start, control, end }: EdgeCurve): void {
  ctx.moveTo(start.x, start.y);
  if (control) ctx.quadraticCurveTo(control.x, control.y, end.x, end.y);
  else ctx.lineTo(end.x, end.y);
}

const dashes = new Map<string, number[]>();

/** An SVG dash array ("7 4") as the numbers setLineDash takes. */
export function dashArray(dash: string | undefined): number[] {
  if (!dash) return [];
  let parsed = dashes.get(dash);
  if (!parsed) {
    parsed = dash
      .split(/[\s,]+/)
      .map(Number)
      .filter((n) => Number.isFinite(n) && n >= 0);
    dashes.set(dash, parsed);
  }
  return parsed;
}

/** A link as SVG draws it: the selection's halo, the line with its width and dash, the arrowhead. */
function drawEdge(
  ctx: Canvas2D,
  edge: DrawnEdge,
  opacity: number,
  curve: EdgeCurve,
  colors: CanvasColors,
): void {
  if (edge.selected) {
    ctx.globalAlpha = 0.35;
    ctx.strokeStyle = colors.accent;
    ctx.lineWidth = edge.width + 8;
    ctx.lineCap = 'round';
    ctx.setLineDash([]);
    ctx.beginPath();
    trace(ctx, curve);
    ctx.stroke();
  }
  ctx.globalAlpha = opacity;
  ctx.strokeStyle = edge.color;
  ctx.lineWidth = edge.selected ? edge.width + 1.5 : edge.width;
  ctx.lineCap = edge.ended ? 'butt' : 'round';
  ctx.setLineDash(dashArray(edge.dash));
  ctx.beginPath();
  trace(ctx, curve);
  ctx.stroke();
  if (edge.arrow) drawArrowhead(ctx, curve, edge.color, edge.unconfirmed ? colors.surface : edge.color);
}

/**
 * The SVG marker's arrowhead (a 10-unit box drawn 9 px wide, tip at the line's end, along the line's last
 * direction): a triangle 7.2 px long and 6.3 px wide, outlined 1.17 px; hollow ones are filled with the surface.
 */
function drawArrowhead(
  ctx: Canvas2D,
  { start, control, end }: EdgeCurve,
  stroke: string,
  fill: string,
): void {
  const from = control ?? start;
  const length = Math.hypot(end.x - from.x, end.y - from.y);
  if (length === 0) return;
  const ux = (end.x - from.x) / length;
  const uy = (end.y - from.y) / length;
  const back = 7.2;
  const half = 3.15;
  ctx.setLineDash([]);
  ctx.lineWidth = 1.17;
  ctx.lineJoin = 'miter';
  ctx.beginPath();
  ctx.moveTo(end.x - ux * back - uy * half, end.y - uy * back + ux * half);
  ctx.lineTo(end.x, end.y);
  ctx.lineTo(end.x - ux * back + uy * half, end.y - uy * back - ux * half);
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.strokeStyle = stroke;
  ctx.stroke();
}

/** An aggregate link's count, in a small disc halfway along it. */
function drawBadge(
  ctx: Canvas2D,
  edge: SceneEdge,
  nodeAt: readonly (SceneNode | undefined)[],
  { scene, camera, width, height, colors }: CanvasDrawInput,
): void {
  const a = nodeAt[edge.from];
  const b = nodeAt[edge.to];
  if (!a || !b || !edge.aggregate) return;
  const { x, y } = screen(camera, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  if (x < -10 || x > width + 10 || y < -10 || y > height + 10) return;
  ctx.globalAlpha = edgeOpacity(scene, edge) > 0.5 ? 1 : 0.3;
  ctx.beginPath();
  ctx.arc(x, y, 9, 0, 2 * Math.PI);
  ctx.fillStyle = colors.surface;
  ctx.fill();
  ctx.lineWidth = 1.2;
  ctx.strokeStyle = colors.textSoft;
  ctx.stroke();
  ctx.font = `650 10px ${colors.fontFamily}`;
  ctx.textAlign = 'center';
  ctx.fillStyle = colors.text;
  ctx.fillText(String(edge.aggregate.count), x, y + centralShift(ctx));
}

/**
 * Circles with their surface-coloured outline, the selection's or focus's ring (dashed for focus), a dashed
 * outline for pinned companies. A big scene fills plain circles in one path per colour and opacity first.
 */
function drawNodes(
  ctx: Canvas2D,
  { scene, width, height, colors, moving }: CanvasDrawInput,
  spots: Spots,
): number {
  let drawn = 0;
  // Companies in view, read from the screen circles worked out for the links (no object per circle).
  const visible: SceneNode[] = [];
  for (const node of scene.nodes) {
    const x = spots.x[node.index] ?? 0;
    const y = spots.y[node.index] ?? 0;
    const reach = (spots.r[node.index] ?? 0) + 6;
    if (x + reach < 0 || x - reach > width || y + reach < 0 || y - reach > height) continue;
    visible.push(node);
  }
  ctx.setLineDash([]);
  ctx.lineWidth = 1.5;
  const special = (n: SceneNode) => n.selected || n.focused || n.pinned;
  const one = visible.length < BATCHED_NODES ? visible : visible.filter(special);
  if (one !== visible) {
    // One batch per colour and opacity (found through nested maps: no key string per circle).
    const byFill = new Map<string, Map<number, number[]>>();
    for (const node of visible) {
      if (special(node)) continue;
      let byOpacity = byFill.get(node.fill);
      if (!byOpacity) byFill.set(node.fill, (byOpacity = new Map()));
      const opacity = nodeOpacity(scene, node);
      const batch = byOpacity.get(opacity);
      if (batch) batch.push(node.index);
      else byOpacity.set(opacity, [node.index]);
    }
    const batches = [...byFill].flatMap(([fill, byOpacity]) =>
      [...byOpacity].map(([opacity, indices]) => ({ fill, opacity, indices })),
    );
    // Faded circles first, so the ones brought forward sit on top.
    batches.sort((p, q) => (p.opacity < 1 ? 0 : 1) - (q.opacity < 1 ? 0 : 1));
    for (const { fill, opacity, indices } of batches) {
      ctx.globalAlpha = opacity;
      // The outline is a surface-coloured disc 0.75 px wider underneath: filling is much cheaper than stroking.
      // While the map moves, the smallest circles (2 px) go without it: half the discs to rasterise.
      const outlined = moving ? indices.filter((i) => (spots.r[i] ?? 0) > 2) : indices;
      discs(ctx, spots, outlined, 0.75, colors.surface, Boolean(moving));
      discs(ctx, spots, indices, 0, fill, Boolean(moving));
      drawn += indices.length;
    }
  }
  for (const node of one) {
    const x = spots.x[node.index] ?? 0;
    const y = spots.y[node.index] ?? 0;
    const r = spots.r[node.index] ?? 0;
    ctx.globalAlpha = nodeOpacity(scene, node);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = node.fill;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = node.pinned ? colors.text : colors.surface;
    ctx.setLineDash(node.pinned ? [2, 2] : []);
    ctx.stroke();
    if (node.focused || node.selected) {
      ctx.beginPath();
      ctx.arc(x, y, r + RING_GAP, 0, 2 * Math.PI);
      ctx.lineWidth = 2;
      ctx.strokeStyle = colors.text;
      ctx.setLineDash(node.focused ? [4, 3] : []);
      ctx.stroke();
    }
    drawn++;
  }
  ctx.setLineDash([]);
  return drawn;
}

/** Half the side of a square with the area of a circle of radius 1: √π / 2. */
const HALF_SQUARE = Math.sqrt(Math.PI) / 2;

/**
 * The listed circles as discs, filled in one path; with `squares`, the smallest as squares of the same area,
 * each filled on its own. A rectangle is the rasteriser's cheapest shape, while one path of 20,000 small
 * shapes is filled scanline by scanline across the whole map: traced on a settling 20,000-company map, the
 * canvas's raster at each frame's commit fell from a median of 62 ms to 27 ms.
 */
function discs(
  ctx: Canvas2D,
  circles: Spots,
  batch: readonly number[],
  grow: number,
  fill: string,
  squares: boolean,
): void {
  ctx.fillStyle = fill;
  ctx.beginPath();
  for (const i of batch) {
    const x = circles.x[i] ?? 0;
    const y = circles.y[i] ?? 0;
    const radius = (circles.r[i] ?? 0) + grow;
    if (squares && radius <= SQUARES_UP_TO) {
      const half = radius * HALF_SQUARE;
      ctx.fillRect(x - half, y - half, 2 * half, 2 * half);
      continue;
    }
    ctx.moveTo(x + radius, y);
    ctx.arc(x, y, radius, 0, 2 * Math.PI);
  }
  ctx.fill();
}

/** Labels on a halo of the background colour, above links and circles; faded companies' labels muted. */
function drawLabels(ctx: Canvas2D, { labels, colors }: CanvasDrawInput): number {
  ctx.globalAlpha = 1;
  ctx.font = `${LABEL_FONT_PX}px ${colors.fontFamily}`;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = colors.bg;
  const shift = centralShift(ctx);
  for (const label of labels) {
    ctx.textAlign = label.anchor === 'middle' ? 'center' : label.anchor;
    ctx.strokeText(label.text, label.x, label.y + shift);
    ctx.fillStyle = label.faded ? colors.muted : colors.text;
    ctx.fillText(label.text, label.x, label.y + shift);
  }
  return labels.length;
}

/**
 * How far below a point the alphabetic baseline sits when text is centred on it as SVG's
 * `dominant-baseline="central"` does: halfway between the font's ascent and descent. Sets the alphabetic
 * baseline.
 */
function centralShift(ctx: Canvas2D): number {
  ctx.textBaseline = 'alphabetic';
  const m = ctx.measureText('M');
  return (m.fontBoundingBoxAscent - m.fontBoundingBoxDescent) / 2;
}
