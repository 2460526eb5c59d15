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

const FADED = 0.15;
/** Edge opacity of confirmed and of unconfirmed (reported, low-confidence) deals. */
export const EDGE_OPACITY = { confirmed: 0.85, unconfirmed: 0.55 } as const;

export function styleScene(input: StyleInput): Scene {
  const { model, positions, visibility, selection, theme } = input;
  const groups = input.groups ?? splitGroups(model);
  const merged = (values: ArrayLike<number>, i: number) =>
    (groups.members[i] ?? []).reduce((sum, j) => sum + (values[j] ?? 0), 0);
  const radius = radiusScale(
    model.companies.map((_, i) => (groups.head[i] === i ? merged(model.volume, i) : 0)),
  );
  const highlight = highlighted(input, groups);
  const width = edgeWidthScale(model);

  const nodes: Omit<SceneNode, 'labelRank' | 'labelMust' | 'heavyX' | 'heavyY'>[] = [];
  const order: LabelOrderEntry[] = [];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  model.companies.forEach((company, i) => {
    const members = groups.members[i] ?? [];
    if (groups.head[i] !== i || !members.some((j) => visibility.companies[j])) return;
    const x = positions[2 * i] ?? 0;
    const y = positions[2 * i + 1] ?? 0;
    const volume = merged(visibility.volume, i);
    // The scale is the whole file's, so a company grows as its deals arrive while time moves.
    const r = radius(volume);
    x0 = Math.min(x0, x - r);
    y0 = Math.min(y0, y - r);
    x1 = Math.max(x1, x + r);
    y1 = Math.max(y1, y + r);
    const category = model.categories.get(company.category);
    const selected = selection?.kind === 'company' && groups.head[selection.index] === i;
    const inHighlight = highlight === undefined || highlight.companies.has(i);
    const focused = members.some((j) => visibility.focused[j]);
    const emphasised = focused || selected || (highlight !== undefined && inHighlight);
    const count = merged(model.dealCount, i);
    const units = members.filter((j) => j !== i).map((j) => model.companies[j]?.name ?? '');
    const name = units.length > 0 ? `${company.name} (with ${units.join(', ')})` : company.name;
    nodes.push({
      index: i,
      id: company.id,
      name: company.name,
      x,
      y,
      r,
      fill: (theme === 'dark' ? category?.colorDark : undefined) ?? category?.color ?? '#888888',
      opacity: inHighlight ? 1 : FADED,
      focused,
      selected,
      pinned: input.pinned.has(i),
      description: `${name}, ${category?.label ?? company.category}, ${count} ${count === 1 ? 'deal' : 'deals'}`,
    });
    order.push({
      index: i,
      id: company.id,
      volume,
      degree: count,
      emphasised,
      forced: focused || selected || (input.hovered !== undefined && groups.head[input.hovered] === i),
    });
  });

  const edges = styleEdges(input, width, highlight, groups);
  const ranks = labelOrder(order);
  const heavy = heavyDirections(edges, (i) => ({ x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 }));
  const bounds = nodes.length ? { x0, y0, x1, y1 } : { x0: -100, y0: -100, x1: 100, y1: 100 };
  return {
    nodes: nodes.map((node) => {
      const rank = ranks.get(node.index);
      const direction = heavy.get(node.index);
      return {
        ...node,
        labelRank: rank?.rank ?? 0,
        labelMust: rank?.must ?? false,
        heavyX: direction?.x ?? 0,
        heavyY: direction?.y ?? 0,
      };
    }),
    edges,
    bounds,
  };
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
  { model, visibility, selection, hovered, emphasis }: StyleInput,
  groups: UnitGroups,
): Highlight | undefined {
  const head = (i: number) => groups.head[i] ?? i;
  const picked = hovered ?? (selection?.kind === 'company' ? selection.index : undefined);
  const members = picked === undefined ? [] : (groups.members[head(picked)] ?? []);
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

/** Edge width: a square-root scale from 0 (1.2 px) to the file's largest headline amount (9 px), clamped. */
function edgeWidthScale(model: GraphModel): (usd: number | undefined) => number {
  let max = 0;
  for (const d of model.deals) max = Math.max(max, d.headline.usd ?? 0);
  const scale = sqrtScale(max || 1, 1.2, 9);
  return (usd) => (usd === undefined ? 1.2 : scale(usd));
}

function styleEdges(
  input: StyleInput,
  width: (usd: number | undefined) => number,
  highlight: Highlight | undefined,
  groups: UnitGroups,
): SceneEdge[] {
  const { model, visibility, selection, theme } = input;
  const links = plainLinks(model);
  // Group the visible deals by unordered pair (of the companies they are drawn between), in date order, to fan
  // them out.
  const pairs = new Map<string, { record: DealRecord; from: number; to: number }[]>();
  for (const index of visibility.visibleDeals) {
    const record = model.deals[index];
    if (!record) continue;
    const from = groups.head[record.from] ?? record.from;
    const to = groups.head[record.to] ?? record.to;
    // A deal inside a merged group (Amazon ↔ AWS) is not drawn.
    if (from === to) continue;
    const key = from < to ? `${from}:${to}` : `${to}:${from}`;
    const group = pairs.get(key);
    if (group) group.push({ record, from, to });
    else pairs.set(key, [{ record, from, to }]);
  }
  const edges: SceneEdge[] = [];
  const head = (i: number) => groups.head[i] ?? i;
  const forward = new Set<number>();
  if (input.hovered !== undefined) forward.add(head(input.hovered));
  if (selection?.kind === 'company') forward.add(head(selection.index));
  visibility.focused.forEach((f, i) => f && forward.add(head(i)));
  for (const group of pairs.values()) {
    const line = input.aggregate?.(group, visibility.counted, theme);
    const id = line && `pair:${model.companies[line.from]?.id}:${model.companies[line.to]?.id}`;
    const expanded =
      !line ||
      id === input.hoveredPair ||
      forward.has(line.from) ||
      forward.has(line.to) ||
      group.some(({ record }) => selection?.kind === 'deal' && selection.index === record.index);
    if (line && !expanded) {
      const faded = highlight !== undefined && !group.some(({ record }) => highlight.deals.has(record.index));
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
        opacity: faded ? 0.08 : EDGE_OPACITY.confirmed,
        unconfirmed: group.every(({ record }) => record.unconfirmed),
        ended: group.every(({ record }) => visibility.ended[record.index]),
        selected: false,
        arrow: line.arrow,
        title: `${names[0]} ${line.arrow ? '→' : '↔'} ${names[1]}: ${group.length} deals (select to see each)`,
        aggregate: { count: group.length },
      });
      continue;
    }
    const offsets = fanOffsets(group.length);
    group.forEach(({ record, from, to }, k) => {
      // Offsets are measured from the lower index to the higher, so the fan is symmetric whatever the direction.
      const offset = (offsets[k] ?? 0) * (from < to ? 1 : -1);
      const selected = selection?.kind === 'deal' && selection.index === record.index;
      const ended = Boolean(visibility.ended[record.index]);
      const faded = highlight !== undefined && !highlight.deals.has(record.index);
      const base = record.unconfirmed ? EDGE_OPACITY.unconfirmed : EDGE_OPACITY.confirmed;
      const arrow = hasArrow(record, links);
      edges.push({
        index: record.index,
        id: record.deal.id,
        from,
        to,
        offset,
        gap: arrow ? 3 : 1,
        color: (theme === 'dark' ? record.type.colorDark : undefined) ?? record.type.color,
        dash: DASH_PATTERNS[record.type.dash ?? 'solid'],
        width: links.width?.(record) ?? width(record.headline.usd),
        opacity: faded ? 0.08 : ended ? base * 0.4 : base,
        unconfirmed: record.unconfirmed,
        ended,
        selected,
        arrow,
        title: input.edgeTitle(record),
      });
    });
  }
  // Draw big edges first so thin ones stay on top and clickable; selected last.
  return edges.sort(
    (p, q) => Number(p.selected) - Number(q.selected) || q.width - p.width || p.index - q.index,
  );
}
