/**
 * What a renderer draws: a styled scene, computed by one reducer (style.ts) from model + visibility +
 * selection. Renderers (SVG, Canvas) take a Scene and a camera and draw; they hold no logic of
 * their own about what is visible or highlighted.
 */
import type { PlacedLabel } from './labels.ts';

export type ThemeName = 'light' | 'dark';

export interface SceneNode {
  /** Model company index. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly fill: string;
  /** 1 normal, lower when faded by hover/selection. */
  readonly opacity: number;
  readonly focused: boolean;
  readonly selected: boolean;
  readonly pinned: boolean;
  /**
   * Label placement order: 0 is placed first (label-order.ts). Ranked in passes, pass × companies + place
   * (style.ts): pass 0 holds the focused, selected and hovered companies (`labelForced`).
   */
  readonly labelRank: number;
  /** Always labelled: emphasised, or among the biggest companies. */
  readonly labelMust: boolean;
  /** Direction of the company's heaviest edges (unit vector, or 0, 0): its label sits on the other side. */
  readonly heavyX: number;
  readonly heavyY: number;
}

export interface SceneEdge {
  /** Model deal index. */
  readonly index: number;
  readonly id: string;
  /** Company indices at the two ends (from → to). */
  readonly from: number;
  readonly to: number;
  /** Sideways offset of the curve in world units (0 = straight); see edges.ts. */
  readonly offset: number;
  /** Gap before the target circle, in screen pixels (room for the arrowhead). */
  readonly gap: number;
  readonly color: string;
  readonly dash: string | undefined;
  readonly width: number;
  readonly opacity: number;
  /** Reported or low confidence: lighter, hollow arrowhead. */
  readonly unconfirmed: boolean;
  /** Ended as of the current date: drawn faded. */
  readonly ended: boolean;
  readonly selected: boolean;
  /** Brought forward by a hover, selection, focus or circular flow while the rest fade: drawn in full. */
  readonly emphasised: boolean;
  /** Whether money moves along the edge (arrowhead) or not (partnership). */
  readonly arrow: boolean;
  /** Hover text; left out on big maps, where the map asks for it when the pointer is on the edge. */
  readonly title?: string | undefined;
  /** Several deals of one pair drawn as this one line, with a count badge (aggregate-edges.ts). */
  readonly aggregate?: { readonly count: number } | undefined;
}

export interface Scene {
  readonly nodes: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
  /** World-space bounds of the visible nodes (for "fit"). */
  readonly bounds: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
  /**
   * A highlight (hover, selection, circular flow) fades what it does not bring forward. Those companies and deals
   * are the objects drawn at rest, shared with it, and take their opacity from here (`nodeOpacity`,
   * `edgeOpacity`); what is brought forward, pinned or selected are copies with a look of their own, listed.
   * A hover on a 20,000-company map used to copy all 80,000 objects.
   */
  readonly fade?: SceneFade | undefined;
  /**
   * Where every company is, [x0, y0, x1, y1, …] by company index, when all the nodes read their place from it
   * (a placed scene with nothing brought forward): the paint worker is sent a copy of it rather than each node's.
   */
  readonly positions?: Float64Array | undefined;
}

export interface SceneFade {
  /** Opacity of the companies not listed in `nodes`. */
  readonly node: number;
  /** Opacity of the deals not listed in `edges`; absent: every edge has its own (aggregate lines). */
  readonly edge?: number | undefined;
  /** Companies (model indices) drawn with their own look. */
  readonly nodes: ReadonlySet<number>;
  /** Deals (model indices) drawn with their own look. */
  readonly edges: ReadonlySet<number>;
  /**
   * The scene as at rest, whose objects the faded ones are: the same arrays for every highlight at one layout,
   * so a renderer may keep its faded picture (canvas-draw.ts `fadedBackdrop`).
   */
  readonly rest?: { readonly nodes: readonly SceneNode[]; readonly edges: readonly SceneEdge[] } | undefined;
  /**
   * The scene's companies and deals listed in `nodes` and `edges`, in the scene's order, when the style lists
   * them (highlightScene): a highlight drawn over the faded picture reads these, not every mark of a big map to
   * find them.
   */
  readonly own?: { readonly nodes: readonly SceneNode[]; readonly edges: readonly SceneEdge[] } | undefined;
}

/** A focused or selected company's ring stands this far (px) outside its circle; it is 2 px wide. */
export const RING_GAP = 4;

/** How far a company's marks reach from its centre (px), given its circle's radius: its ring's outer edge if any. */
export function markReach(node: Pick<SceneNode, 'focused' | 'selected'>, r: number): number {
  return node.focused || node.selected ? r + RING_GAP + 1 : r;
}

/** Focused, selected or hovered: ranked in the first label pass of a scene of `companies` companies. */
export function labelForced(node: Pick<SceneNode, 'labelRank'>, companies: number): boolean {
  return node.labelRank < companies;
}

/** A company's opacity in a scene: its own, or the fade's. */
export function nodeOpacity(scene: Pick<Scene, 'fade'>, node: SceneNode): number {
  const { fade } = scene;
  return fade && !fade.nodes.has(node.index) ? fade.node : node.opacity;
}

/** A deal's opacity in a scene: its own, or the fade's. */
export function edgeOpacity(scene: Pick<Scene, 'fade'>, edge: SceneEdge): number {
  const { fade } = scene;
  return fade?.edge !== undefined && !fade.edges.has(edge.index) ? fade.edge : edge.opacity;
}

/** The camera: screen = world × k + (x, y). */
export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/**
 * What every renderer (SvgRenderer, CanvasRenderer) receives: plain data, no DOM. It draws the scene through the
 * camera and nothing else: pointer and keyboard input are handled by the map around it, through hit-testing
 * (hit-test.ts) and the accessible layer, so a renderer can be swapped without changing how the map behaves.
 */
export interface RendererProps {
  readonly scene: Scene;
  readonly camera: Camera;
  /** CSS px. */
  readonly width: number;
  readonly height: number;
  /** Screen-space labels (scene-labels.ts). */
  readonly labels: readonly PlacedLabel[];
  readonly theme: ThemeName;
  /** The camera or the layout is moving: a renderer may draw a big map in less detail until it rests. */
  readonly moving?: boolean | undefined;
}
