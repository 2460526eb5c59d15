/**
 * styleScene: the one reducer from model + positions + visibility + selection/hover + theme to a Scene.
 * The model is never changed to show a highlight; every visual decision about what is faded, labelled or
 * emphasised is made here, so any renderer draws the same picture.
 */
import type { Dash } from '../data/format.ts';
import type { Visibility } from '../filters/types.ts';
import type { DealRecord, GraphModel } from '../graph/model.ts';
import { visibleNeighbours } from '../graph/neighbours.ts';
import { fanOffsets } from './edges.ts';
import { hasArrow, plainLinks } from './plain-links.ts';
import { radiusScale, sqrtScale } from './size.ts';
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
}

export const DASH_PATTERNS: Record<Dash, string | undefined> = {
  solid: undefined,
  dashed: '7 4',
  dotted: '1.5 3.5',
  dashdot: '9 3 2 3',
  longdash: '14 6',
};

const FADED = 0.15;

export function styleScene(input: StyleInput): Scene {
  const { model, positions, visibility, selection, theme } = input;
  const radius = radiusScale(model.volume);
  const highlight = highlighted(input);
  const width = edgeWidthScale(model);

  const nodes: SceneNode[] = [];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  model.companies.forEach((company, i) => {
    if (!visibility.companies[i]) return;
    const x = positions[2 * i] ?? 0;
    const y = positions[2 * i + 1] ?? 0;
    // The scale is the whole file's, so a company grows as its deals arrive while time moves.
    const r = radius(visibility.volume[i] ?? 0);
    x0 = Math.min(x0, x - r);
    y0 = Math.min(y0, y - r);
    x1 = Math.max(x1, x + r);
    y1 = Math.max(y1, y + r);
    const category = model.categories.get(company.category);
    const selected = selection?.kind === 'company' && selection.index === i;
    const inHighlight = highlight === undefined || highlight.companies.has(i);
    const emphasised = Boolean(visibility.focused[i]) || selected || (highlight !== undefined && inHighlight);
    const count = model.dealCount[i] ?? 0;
    nodes.push({
      index: i,
      id: company.id,
      name: company.name,
      x,
      y,
      r,
      fill: (theme === 'dark' ? category?.colorDark : undefined) ?? category?.color ?? '#888888',
      opacity: inHighlight ? 1 : FADED,
      focused: Boolean(visibility.focused[i]),
      selected,
      pinned: input.pinned.has(i),
      labelPriority: emphasised ? Infinity : (visibility.volume[i] ?? 0) + count,
      description: `${company.name}, ${category?.label ?? company.category}, ${count} ${count === 1 ? 'deal' : 'deals'}`,
    });
  });

  const edges = styleEdges(input, width, highlight);
  const bounds = nodes.length ? { x0, y0, x1, y1 } : { x0: -100, y0: -100, x1: 100, y1: 100 };
  return { nodes, edges, bounds };
}

export interface Highlight {
  readonly companies: ReadonlySet<number>;
  readonly deals: ReadonlySet<number>;
}

/**
 * What hover (or else the selection, or else the emphasis) brings forward: a company with its neighbours, a deal
 * and its two parties, or a circular flow.
 */
function highlighted({ model, visibility, selection, hovered, emphasis }: StyleInput): Highlight | undefined {
  const company = hovered ?? (selection?.kind === 'company' ? selection.index : undefined);
  if (company !== undefined && visibility.companies[company]) {
    const { companies, deals } = visibleNeighbours(model, visibility, company);
    return { companies: companies.add(company), deals };
  }
  if (selection?.kind === 'deal' && visibility.deals[selection.index]) {
    const record = model.deals[selection.index];
    if (record) return { companies: new Set([record.from, record.to]), deals: new Set([record.index]) };
  }
  return emphasis;
}

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
): SceneEdge[] {
  const { model, visibility, selection, theme } = input;
  const links = plainLinks(model);
  // Group the visible deals by unordered pair, in date order, to fan them out.
  const pairs = new Map<string, DealRecord[]>();
  for (const index of visibility.visibleDeals) {
    const record = model.deals[index];
    if (!record) continue;
    const key = record.from < record.to ? `${record.from}:${record.to}` : `${record.to}:${record.from}`;
    const group = pairs.get(key);
    if (group) group.push(record);
    else pairs.set(key, [record]);
  }
  const edges: SceneEdge[] = [];
  for (const group of pairs.values()) {
    const offsets = fanOffsets(group.length);
    group.forEach((record, k) => {
      // Offsets are measured from the lower index to the higher, so the fan is symmetric whatever the direction.
      const offset = (offsets[k] ?? 0) * (record.from < record.to ? 1 : -1);
      const selected = selection?.kind === 'deal' && selection.index === record.index;
      const ended = Boolean(visibility.ended[record.index]);
      const faded = highlight !== undefined && !highlight.deals.has(record.index);
      const base = record.unconfirmed ? 0.55 : 0.85;
      const arrow = hasArrow(record, links);
      edges.push({
        index: record.index,
        id: record.deal.id,
        from: record.from,
        to: record.to,
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
