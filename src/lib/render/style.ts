/**
 * styleScene: the one reducer from model + positions + visibility + selection/hover + theme to a Scene.
 * The model is never changed to show a highlight; every visual decision about what is faded, labelled or
 * emphasised is made here, so any renderer draws the same picture.
 */
import type { Dash } from '../data/format.ts';
import type { Visibility } from '../filters/types.ts';
import type { DealRecord, GraphModel } from '../graph/model.ts';
import { visibleNeighbours } from '../graph/neighbours.ts';
import type { aggregateLine } from './aggregate-edges.ts';
import { fanOffsets } from './edges.ts';
import { heavyDirections, labelOrder, type LabelOrderEntry } from './label-order.ts';
import { hasArrow, plainLinks } from './plain-links.ts';
import { radiusScale, sqrtScale } from './size.ts';
import { BaseEdges, EdgeLooks, restyledEdge, type BaseEdge, type EdgeLook } from './base-edge.ts';
import { RestingNodes, type RestingNode } from './base-node.ts';
import { PlacedNode, restyledNode } from './placed-node.ts';
import { runInSlices, runToEnd, type SliceOptions } from '../data/slices.ts';
import { splitGroups, type UnitGroups } from './units.ts';
import type { Scene, SceneEdge, SceneNode, ThemeName } from './types.ts';

export type Selection = { readonly kind: 'company' | 'deal'; readonly index: number } | undefined;

export interface StyleInput {
  readonly model: GraphModel;
  /** [x0, y0, x1, y1, …] by company index. */
  readonly positions: Float64Array;
  readonly visibility: Visibility;
  readonly selection: Selection;
  /** Company index under the pointer or keyboard focus. */
  readonly hovered: number | undefined;
  readonly theme: ThemeName;
  readonly pinned: ReadonlySet<number>;
  readonly edgeTitle: (record: DealRecord) => string;
  /** Companies and deals to emphasise when nothing is hovered or selected (a circular flow), the rest faded. */
  readonly emphasis?: Highlight | undefined;
  /** Business units drawn inside their parent (`units=merge`); default: every company drawn as itself. */
  readonly groups?: UnitGroups | undefined;
  /**
   * Draw several deals between a pair as one aggregate edge until the pair is brought forward: aggregate-edges.ts's
   * `aggregateLine`, passed in so that its code loads only for maps that use it (`units=merge`).
   */
  readonly aggregate?: typeof aggregateLine | undefined;
  /** The aggregate edge under the pointer (its id): it fans out. */
  readonly hoveredPair?: string | undefined;
}

export const DASH_PATTERNS: Record<Dash, string | undefined> = {
  solid: undefined,
  dashed: '7 4',
  dotted: '1.5 3.5',
  dashdot: '9 3 2 3',
  longdash: '14 6',
};

export const FADED = 0.15;
/** Up to this many companies, labels take the side away from a company's heaviest edges. */
export const HEAVY_SIDES_UP_TO = 3000;
/** Up to this many visible deals, each edge carries its hover text. */
export const TITLED_DEALS = 2000;
/** Edge opacity of confirmed and of unconfirmed (reported, low-confidence) deals. */
export const EDGE_OPACITY = { confirmed: 0.85, unconfirmed: 0.65 } as const;

/**
 * The whole styling in one call (exports, tests). The map calls the three stages separately, so a hover
 * redoes only the last one and a layout update only the last two: `baseStyle` (what is drawn and how, from the
 * data, the filters and the theme), `placeScene` (where), `highlightScene` (hover, selection, pins, emphasis).
 */
export function styleScene(input: StyleInput): Scene {
  return highlightScene(placeScene(baseStyle(input), input.positions), input);
}

/** What is drawn and how, before positions and highlights: recomputed only when data, filters or theme change. */
export interface BaseStyle {
  readonly model: GraphModel;
  readonly groups: UnitGroups;
  /** The companies drawn, in order, and their look (as columns: no object per company). */
  readonly nodes: RestingNodes;
  /** The always-labelled biggest companies (label-order.ts). */
  readonly biggest: ReadonlySet<number>;
  /** Every visible deal drawn as itself, biggest first. */
  readonly edges: readonly SceneEdge[];
  /** The table `edges` read their columns from. */
  readonly edgeTable: BaseEdges;
  /**
   * Visible deals by pair, for aggregate lines (`units=merge`): worked out when first asked, so that maps
   * without them do not hold an entry per deal.
   */
  readonly pairs: () => readonly PairGroup[];
  /** Edge width by headline USD (the file's scale). */
  readonly width: (usd: number | undefined) => number;
}

type PairGroup = readonly { readonly record: DealRecord; readonly from: number; readonly to: number }[];

export type BaseInput = Pick<StyleInput, 'model' | 'visibility' | 'theme' | 'edgeTitle' | 'groups'>;

export function baseStyle(input: BaseInput): BaseStyle {
  return runToEnd(baseStyleSteps(input));
}

/**
 * The same base style, worked out in time slices (slices.ts): a big map's (20,000 companies, 60,000 deals) is
 * prepared while its layout starts, instead of in the task that draws its first frame.
 */
export function baseStyleInSlices(input: BaseInput, slices?: SliceOptions): Promise<BaseStyle> {
  return runInSlices(baseStyleSteps(input), slices);
}

/**
 * `base` in another theme: what the theme decides is only colour (each company's fill, each kind of link's
 * colour), so the companies' radii, ranks and label rules, the links' widths, fans and order are kept (shared,
 * not copied) and only the colours are worked out again. The same as `baseStyle` with that theme, in about a
 * tenth of its time (one pass over the companies and one over the links, no ranking: 6-19 ms against 120-180 ms
 * at 20,000 companies in Node).
 */
export function rethemed(base: BaseStyle, theme: ThemeName): BaseStyle {
  const { model } = base;
  const nodes = base.nodes.refilled((i) => companyFill(model, i, theme));
  const edges = base.edgeTable.relooked(base.edges, (look, record) => ({
    ...look,
    color: edgeColor(record, theme),
  }));
  return { ...base, nodes, edges };
}

/** A company's fill: its category's colour in the theme. */
function companyFill(model: GraphModel, index: number, theme: ThemeName): string {
  const category = model.categories.get((model.companies[index] as GraphModel['companies'][number]).category);
  return (theme === 'dark' ? category?.colorDark : undefined) ?? category?.color ?? '#888888';
}

/** A link's colour: its deal type's in the theme. */
function edgeColor(record: DealRecord, theme: ThemeName): string {
  return (theme === 'dark' ? record.type.colorDark : undefined) ?? record.type.color;
}

/** Edge opacities of confirmed and unconfirmed deals, and of those that have ended. */
const OPACITIES = {
  confirmed: EDGE_OPACITY.confirmed,
  unconfirmed: EDGE_OPACITY.unconfirmed,
  confirmedEnded: EDGE_OPACITY.confirmed * 0.4,
  unconfirmedEnded: EDGE_OPACITY.unconfirmed * 0.4,
};

/** Companies, or pairs of companies' deals, styled between two pauses of a sliced base style. */
const STYLED_PER_STEP = 512;

function* baseStyleSteps(input: BaseInput): Generator<void, BaseStyle> {
  const { model, visibility, theme } = input;
  const groups = input.groups ?? splitGroups(model);
  const merged = (values: ArrayLike<number>, i: number) =>
    groups.members(i).reduce((sum, j) => sum + (values[j] ?? 0), 0);
  const radius = radiusScale(
    model.companies.map((_, i) => (groups.head[i] === i ? merged(model.volume, i) : 0)),
  );
  // Built in their final shape, then ranked: one object per company (a spread copy of 20,000 drafts cost more
  // than the rest of the companies' styling).
  const nodes: RestingNode[] = [];
  const resting = new RestingNodes(model.companies);
  const entries: LabelOrderEntry[] = [];
  for (const [i, company] of model.companies.entries()) {
    if (i % STYLED_PER_STEP === STYLED_PER_STEP - 1) yield;
    const members = groups.members(i);
    if (groups.head[i] !== i || !members.some((j) => visibility.companies[j])) continue;
    const volume = merged(visibility.volume, i);
    const count = merged(model.dealCount, i);
    nodes.push(
      resting.add(
        i,
        // The scale is the whole file's, so a company grows as its deals arrive while time moves.
        radius(volume),
        companyFill(model, i, theme),
        members.some((j) => visibility.focused[j]),
      ),
    );
    entries.push({
      index: nodes.length - 1,
      id: company.id,
      volume,
      degree: count,
      emphasised: false,
      forced: false,
    });
  }
  yield;
  const ranks = labelOrder(entries);
  // labelOrder lists the companies in rank order.
  const order = [...ranks.keys()];
  const biggest = new Set(
    entries.filter((e) => ranks.get(e.index)?.must).map((e) => nodes[e.index]?.index ?? -1),
  );
  // As drawn with nothing highlighted: focused companies labelled first, then the biggest. The rank is
  // pass × n + place in the order: a highlight ranks what it brings forward in pass 1 and leaves the rest (pass 2)
  // as they are, so it does not copy them (highlightScene).
  const n = nodes.length;
  for (const [at, k] of order.entries()) {
    const node = nodes[k];
    if (node) node.labelRank = (node.focused ? 0 : 2) * n + at;
  }
  for (const node of nodes) node.labelMust = node.focused || biggest.has(node.index);
  resting.done();
  yield;
  const pairs = visiblePairs(model, visibility, groups);
  yield;
  const width = edgeWidthScale(model);
  const links = plainLinks(model);
  const edges: BaseEdge[] = [];
  const table = new BaseEdges(model.deals);
  const looks = new EdgeLooks();
  // Hover texts cost a formatted amount and date each: a big map has them written when hovered instead.
  const titled = visibility.visibleDeals.length <= TITLED_DEALS;
  // Most pairs have one deal: their fan is worked out once.
  const fans = new Map<number, readonly number[]>();
  for (const [p, group] of pairs.entries()) {
    if (p % STYLED_PER_STEP === STYLED_PER_STEP - 1) yield;
    let offsets = fans.get(group.length);
    if (!offsets) fans.set(group.length, (offsets = fanOffsets(group.length)));
    for (const [k, { record, from, to }] of group.entries()) {
      // Offsets are measured from the lower index to the higher, so the fan is symmetric whatever the direction.
      const offset = (offsets[k] ?? 0) * (from < to ? 1 : -1);
      const ended = Boolean(visibility.ended[record.index]);
      const arrow = hasArrow(record, links);
      const look =
        looks.get(record.type, arrow, record.unconfirmed, ended) ??
        looks.add(record.type, edgeLook(record, theme, arrow, ended));
      const edge = table.add(
        record,
        from,
        to,
        offset,
        links.width?.(record) ?? width(record.headline.usd),
        look,
      );
      // Only where it is written: a big map's edges have no room for it.
      if (titled) edge.title = input.edgeTitle(record);
      edges.push(edge);
    }
  }
  table.done();
  yield;
  return {
    model,
    groups,
    nodes: resting,
    biggest,
    // Big edges first so thin ones stay on top and clickable. A sorted copy is stored at its exact size (a list
    // grown by push keeps spare room).
    edges: edges.toSorted((p, q) => q.width - p.width || p.index - q.index),
    edgeTable: table,
    pairs: pairsWhenAsked(model, visibility, groups),
    width,
  };
}

/** A base style at positions: x, y, the bounds and each company's heaviest direction. */
export interface PlacedStyle extends BaseStyle {
  readonly positions: Float64Array;
  readonly placedNodes: readonly SceneNode[];
  readonly bounds: Scene['bounds'];
}

export function placeScene(base: BaseStyle, positions: Float64Array): PlacedStyle {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  // Which side of a circle its label takes: worked out for maps of ordinary size. A very large map labels
  // few of its companies, and this pass over every deal on every layout frame cost more than its labels.
  const heavy =
    base.nodes.indices.length <= HEAVY_SIDES_UP_TO
      ? heavyDirections(base.edges, positions)
      : new Float64Array(0);
  const placement = { positions, heavy, nodes: base.nodes };
  const { indices } = base.nodes;
  const placedNodes = Array.from({ length: indices.length }, (_, k) => {
    const index = indices[k] as number;
    const x = positions[2 * index] ?? 0;
    const y = positions[2 * index + 1] ?? 0;
    const r = base.nodes.r(index);
    x0 = Math.min(x0, x - r);
    y0 = Math.min(y0, y - r);
    x1 = Math.max(x1, x + r);
    y1 = Math.max(y1, y + r);
    return new PlacedNode(placement, index);
  });
  const bounds = placedNodes.length ? { x0, y0, x1, y1 } : { x0: -100, y0: -100, x1: 100, y1: 100 };
  return { ...base, positions, placedNodes, bounds };
}

export type HighlightInput = Pick<
  StyleInput,
  'visibility' | 'selection' | 'hovered' | 'theme' | 'pinned' | 'emphasis' | 'aggregate' | 'hoveredPair'
>;

/** The placed style with the hover, selection, pins and emphasis applied: O(companies + deals), no sorting. */
export function highlightScene(placed: PlacedStyle, input: HighlightInput): Scene {
  const { model, groups } = placed;
  const { selection } = input;
  const head = (i: number) => groups.head[i] ?? i;
  const highlight = highlighted({ ...input, model }, groups);
  const hoveredHead = input.hovered === undefined ? undefined : head(input.hovered);
  const selectedHead = selection?.kind === 'company' ? head(selection.index) : undefined;
  // Nothing brought forward (the usual state while a big layout settles): the placed scene as it is.
  if (
    highlight === undefined &&
    hoveredHead === undefined &&
    selectedHead === undefined &&
    input.pinned.size === 0 &&
    !input.aggregate
  )
    return {
      nodes: placed.placedNodes,
      edges: placed.edges,
      bounds: placed.bounds,
      positions: placed.positions,
    };
  const forced = (n: { index: number; focused: boolean }) =>
    n.focused || n.index === selectedHead || n.index === hoveredHead;
  const emphasised = (n: { index: number; focused: boolean }) =>
    n.focused || n.index === selectedHead || (highlight !== undefined && highlight.companies.has(n.index));
  // Forced, then emphasised companies come first in the label order (passes 0 and 1 of the base's ranks); the
  // rest keep their object, rank and look (faded through the scene's fade when something is highlighted).
  const n = placed.placedNodes.length;
  const ownNodes = new Set<number>();
  const ownNodeList: SceneNode[] = [];
  const nodes: SceneNode[] = placed.placedNodes.map((node) => {
    const f = forced(node);
    const e = emphasised(node);
    const pinned = input.pinned.has(node.index);
    if (!f && !e && !pinned) return node;
    ownNodes.add(node.index);
    const own = restyledNode(node, {
      opacity: highlight === undefined || highlight.companies.has(node.index) ? 1 : FADED,
      selected: node.index === selectedHead,
      pinned,
      labelRank: (f ? 0 : e ? 1 : 2) * n + (node.labelRank % n),
      labelMust: f || placed.biggest.has(node.index),
    });
    ownNodeList.push(own);
    return own;
  });
  const ownEdges = new Set<number>();
  const ownEdgeList: SceneEdge[] = [];
  const edges = input.aggregate
    ? aggregatedEdges(placed, input, highlight)
    : highlightEdges(placed.edges, selection, highlight, ownEdges, ownEdgeList, model.deals.length);
  const fade =
    highlight === undefined
      ? undefined
      : {
          node: FADED,
          edge: input.aggregate ? undefined : FADED_EDGE,
          nodes: ownNodes,
          edges: ownEdges,
          rest: { nodes: placed.placedNodes, edges: placed.edges },
          own: input.aggregate ? undefined : { nodes: ownNodeList, edges: ownEdgeList },
        };
  return { nodes, edges, bounds: placed.bounds, fade };
}

/** The opacity of a link faded by a highlight elsewhere. */
export const FADED_EDGE = 0.08;

/**
 * The links with a highlight: those it brings forward and the selected one are copies, listed in `own` (by deal
 * index) and `ownList` (in the order returned); the rest keep their place and object. Found through where each
 * deal is drawn (`edgePlaces`), so a hover on a map of 60,000 deals touches the few it brings forward, not all.
 */
function highlightEdges(
  edges: readonly SceneEdge[],
  selection: Selection,
  highlight: Highlight | undefined,
  own: Set<number>,
  ownList: SceneEdge[],
  deals: number,
): SceneEdge[] {
  const at = edgePlaces(edges, deals);
  const chosen = selection?.kind === 'deal' ? selection.index : -1;
  const places: number[] = [];
  const bring = (deal: number) => {
    const place = at[deal] ?? -1;
    if (place < 0 || own.has(deal)) return;
    own.add(deal);
    places.push(place);
  };
  if (highlight) for (const deal of highlight.deals) bring(deal);
  if (chosen >= 0) bring(chosen);
  if (places.length === 0) return edges.slice();
  places.sort((a, b) => a - b);
  const out = edges.slice();
  let selectedAt = -1;
  for (const place of places) {
    const edge = edges[place] as SceneEdge;
    const selected = edge.index === chosen;
    const inHighlight = highlight !== undefined && highlight.deals.has(edge.index);
    const styled = restyledEdge(
      edge,
      highlight !== undefined && !inHighlight ? FADED_EDGE : edge.opacity,
      selected,
      inHighlight,
    );
    out[place] = styled;
    if (selected) selectedAt = place;
    else ownList.push(styled);
  }
  // The selected deal is drawn last, over the others.
  if (selectedAt >= 0) {
    const [selected] = out.splice(selectedAt, 1) as [SceneEdge];
    out.push(selected);
    ownList.push(selected);
  }
  return out;
}

/** Where each deal is in a base style's list of links (deal index → place, −1: not drawn), once per list. */
const placesByList = new WeakMap<readonly SceneEdge[], Int32Array>();

function edgePlaces(edges: readonly SceneEdge[], deals: number): Int32Array {
  let at = placesByList.get(edges);
  if (at && at.length >= deals) return at;
  at = new Int32Array(deals).fill(-1);
  for (let place = 0; place < edges.length; place++) {
    const deal = (edges[place] as SceneEdge).index;
    if (deal >= 0 && deal < deals) at[deal] = place;
  }
  placesByList.set(edges, at);
  return at;
}

function pairsWhenAsked(
  model: GraphModel,
  visibility: Visibility,
  groups: UnitGroups,
): () => readonly PairGroup[] {
  let pairs: readonly PairGroup[] | undefined;
  return () => (pairs ??= visiblePairs(model, visibility, groups));
}

function visiblePairs(model: GraphModel, visibility: Visibility, groups: UnitGroups): PairGroup[] {
  // Group the visible deals by unordered pair (of the companies they are drawn between), in date order, to fan
  // them out.
  const pairs = new Map<number, { record: DealRecord; from: number; to: number }[]>();
  const n = model.companies.length;
  for (const index of visibility.visibleDeals) {
    const record = model.deals[index];
    if (!record) continue;
    const from = groups.head[record.from] ?? record.from;
    const to = groups.head[record.to] ?? record.to;
    // A deal inside a merged group (Amazon ↔ AWS) is not drawn.
    if (from === to) continue;
    const key = from < to ? from * n + to : to * n + from;
    const group = pairs.get(key);
    if (group) group.push({ record, from, to });
    else pairs.set(key, [{ record, from, to }]);
  }
  return [...pairs.values()];
}

export interface Highlight {
  readonly companies: ReadonlySet<number>;
  readonly deals: ReadonlySet<number>;
}

/**
 * What hover (or else the selection, or else the emphasis) brings forward: a company with its neighbours, a deal
 * and its two parties, or a circular flow.
 */
function highlighted(
  {
    model,
    visibility,
    selection,
    hovered,
    emphasis,
  }: Pick<StyleInput, 'model' | 'visibility' | 'selection' | 'hovered' | 'emphasis'>,
  groups: UnitGroups,
): Highlight | undefined {
  const head = (i: number) => groups.head[i] ?? i;
  const picked = hovered ?? (selection?.kind === 'company' ? selection.index : undefined);
  const members = picked === undefined ? [] : groups.members(head(picked));
  if (members.some((j) => visibility.companies[j])) {
    const companies = new Set<number>();
    const deals = new Set<number>();
    for (const j of members) {
      const around = visibleNeighbours(model, visibility, j);
      for (const c of around.companies) companies.add(head(c));
      for (const d of around.deals) deals.add(d);
      companies.add(head(j));
    }
    return { companies, deals };
  }
  if (selection?.kind === 'deal' && visibility.deals[selection.index]) {
    const record = model.deals[selection.index];
    if (record)
      return { companies: new Set([head(record.from), head(record.to)]), deals: new Set([record.index]) };
  }
  if (!emphasis) return undefined;
  return { companies: new Set([...emphasis.companies].map(head)), deals: emphasis.deals };
}

/** How a deal's edge looks at rest (EdgeLooks keeps one per deal type and state). */
function edgeLook(
  record: DealRecord,
  theme: ThemeName,
  arrow: boolean,
  ended: boolean,
): EdgeLook & { readonly unconfirmed: boolean } {
  const { type, unconfirmed } = record;
  return {
    color: edgeColor(record, theme),
    dash: DASH_PATTERNS[type.dash ?? 'solid'],
    gap: arrow ? 3 : 1,
    arrow,
    ended,
    unconfirmed,
    opacity: unconfirmed
      ? ended
        ? OPACITIES.unconfirmedEnded
        : OPACITIES.unconfirmed
      : ended
        ? OPACITIES.confirmedEnded
        : OPACITIES.confirmed,
  };
}

/** Edge width: a square-root scale from 0 (1.2 px) to the file's largest headline amount (9 px), clamped. */
function edgeWidthScale(model: GraphModel): (usd: number | undefined) => number {
  let max = 0;
  for (const d of model.deals) max = Math.max(max, d.headline.usd ?? 0);
  const scale = sqrtScale(max || 1, 1.2, 9);
  return (usd) => (usd === undefined ? 1.2 : scale(usd));
}

/** `units=merge`: pairs of several deals drawn as one line until the pair is brought forward. */
function aggregatedEdges(
  placed: PlacedStyle,
  input: HighlightInput,
  highlight: Highlight | undefined,
): SceneEdge[] {
  const { model, groups, width } = placed;
  const { visibility, selection, theme } = input;
  const byIndex = new Map(placed.edges.map((e) => [e.index, e]));
  const edges: SceneEdge[] = [];
  const head = (i: number) => groups.head[i] ?? i;
  const forward = new Set<number>();
  if (input.hovered !== undefined) forward.add(head(input.hovered));
  if (selection?.kind === 'company') forward.add(head(selection.index));
  visibility.focused.forEach((f, i) => f && forward.add(head(i)));
  for (const group of placed.pairs()) {
    const line = input.aggregate?.(group, visibility.counted, theme);
    const id = line && `pair:${model.companies[line.from]?.id}:${model.companies[line.to]?.id}`;
    const expanded =
      !line ||
      id === input.hoveredPair ||
      forward.has(line.from) ||
      forward.has(line.to) ||
      group.some(({ record }) => selection?.kind === 'deal' && selection.index === record.index);
    if (line && !expanded) {
      const inHighlight =
        highlight !== undefined && group.some(({ record }) => highlight.deals.has(record.index));
      const names = [line.from, line.to].map((i) => model.companies[i]?.name ?? '');
      edges.push({
        index: line.latest.index,
        id: id ?? '',
        from: line.from,
        to: line.to,
        offset: 0,
        gap: line.arrow ? 3 : 1,
        color: line.color,
        dash: undefined,
        width: width(line.usd || undefined),
        opacity: highlight !== undefined && !inHighlight ? FADED_EDGE : EDGE_OPACITY.confirmed,
        unconfirmed: group.every(({ record }) => record.unconfirmed),
        ended: group.every(({ record }) => visibility.ended[record.index]),
        selected: false,
        emphasised: inHighlight,
        arrow: line.arrow,
        title: `${names[0]} ${line.arrow ? '→' : '↔'} ${names[1]}: ${group.length} deals (select to see each)`,
        aggregate: { count: group.length },
      });
      continue;
    }
    for (const { record } of group) {
      const edge = byIndex.get(record.index);
      if (!edge) continue;
      const inHighlight = highlight !== undefined && highlight.deals.has(edge.index);
      edges.push(
        restyledEdge(
          edge,
          highlight !== undefined && !inHighlight ? FADED_EDGE : edge.opacity,
          selection?.kind === 'deal' && selection.index === edge.index,
          inHighlight,
        ),
      );
    }
  }
  // Draw big edges first so thin ones stay on top and clickable; selected last.
  return edges.sort(
    (p, q) => Number(p.selected) - Number(q.selected) || q.width - p.width || p.index - q.index,
  );
}
