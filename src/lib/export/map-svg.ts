/**
 * The current view as a standalone SVG document: title, the map drawn exactly as the app draws it in the light
 * theme (styleScene + fitCamera + placeLabels + edgePath: category colours, type colours and dashes, widths,
 * arrowheads, hollow for unconfirmed deals), a legend and a source line. Attributes only: no <style>, no
 * script, no external reference (the arrowheads are the document's own markers); every text from the data is
 * escaped (xml.ts). Drawn in a 1280 × 800 user space and shown at 1600 × 1000, so labels read at 15 px.
 */
import type { Visibility } from '../filters/types.ts';
import { formatDate } from '../format/date.ts';
import { formatAmount } from '../format/money.ts';
import type { DealRecord, GraphModel } from '../graph/model.ts';
import { fitCamera } from '../render/camera.ts';
import { edgePath } from '../render/edges.ts';
import { LABEL_FONT_PX } from '../render/labels.ts';
import { sceneLabels } from '../render/scene-labels.ts';
import { companyDescriber } from '../render/company-description.ts';
import { DASH_PATTERNS, EDGE_OPACITY, styleScene } from '../render/style.ts';
import { edgeOpacity, RING_GAP } from '../render/types.ts';
import { linkKeys, plainLinks } from '../render/plain-links.ts';
import type { SceneEdge } from '../render/types.ts';
import { aggregateLine, unitGroups } from '../render/merged-view.ts';
import type { Units } from '../state/view-params.ts';
import { filterParts, filterSummary, type FilterParams } from './view-summary.ts';
import { num, xmlAttr, xmlText } from './xml.ts';
import { EXPORT_COLORS, EXPORT_FONT } from './export-style.ts';

/** The document's size in pixels (its PNG is twice that). */
export const MAP_SVG_WIDTH = 1600;
export const MAP_SVG_HEIGHT = 1000;
const W = 1280;
const H = 800;
const PAD = 24;
const MAP_TOP = 70;

const FONT = EXPORT_FONT;
const COLORS = EXPORT_COLORS;

export function mapSvg(
  model: GraphModel,
  visibility: Visibility,
  positions: Float64Array,
  params: FilterParams & { readonly units?: Units | undefined },
  /** What the circles' sizes show, for the legend (`size=valuation` passes sizes by valuation in `visibility`). */
  sizeLabel = 'Size: deal volume',
): string {
  const { meta } = model.map;
  const shown = visibility.visibleDeals.length;
  const companies = visibility.visibleCompanyCount;
  const groups = unitGroups(model, params.units === 'merge');
  const describe = companyDescriber(model, groups);
  const scene = styleScene({
    model,
    positions,
    visibility,
    selection: undefined,
    hovered: undefined,
    theme: 'light',
    pinned: new Set(),
    edgeTitle: (record) => edgeTitle(model, record),
    groups,
    aggregate: params.units === 'merge' ? aggregateLine : undefined,
  });
  const legend = legendRows(model, visibility, scene.edges, sizeLabel);
  const legendTop = H - 30 - legend.height;
  const mapHeight = legendTop - 10 - MAP_TOP;
  const camera = fitCamera(scene.bounds, W, mapHeight);
  const at = (x: number, y: number) => ({ x: x * camera.k + camera.x, y: y * camera.k + camera.y });
  const byIndex = new Map(scene.nodes.map((n) => [n.index, n]));

  const markers = [...new Set(scene.edges.filter((e) => e.arrow).map((e) => markerKey(e)))].map((key, i) => ({
    key,
    id: `arrow-${i}`,
    color: key.slice(0, -2),
    hollow: key.endsWith('|h'),
  }));
  const markerId = new Map(markers.map((m) => [m.key, m.id]));

  const edges = scene.edges.flatMap((edge) => {
    const a = byIndex.get(edge.from);
    const b = byIndex.get(edge.to);
    if (!a || !b) return [];
    const d = edgePath(
      at(a.x, a.y),
      at(b.x, b.y),
      a.r * camera.k,
      b.r * camera.k + edge.gap,
      edge.offset * Math.min(camera.k, 1.5),
      0,
    );
    const marker = edge.arrow ? markerId.get(markerKey(edge)) : undefined;
    const mid = at((a.x + b.x) / 2, (a.y + b.y) / 2);
    const badge = edge.aggregate
      ? `<g transform="translate(${num(mid.x)},${num(mid.y)})"><circle r="9" fill="${COLORS.background}" stroke="${COLORS.soft}" stroke-width="1.2"/>` +
        `<text text-anchor="middle" dominant-baseline="central" font-size="10" font-weight="700" fill="${COLORS.text}" stroke="none">${edge.aggregate.count}</text></g>`
      : '';
    return [
      `<path d="${d}" stroke="${xmlAttr(edge.color)}" stroke-width="${num(edge.width)}"` +
        (edge.dash ? ` stroke-dasharray="${edge.dash}"` : '') +
        ` opacity="${num(edgeOpacity(scene, edge))}"` +
        (edge.ended ? ' stroke-linecap="butt"' : '') +
        (marker ? ` marker-end="url(#${marker})"` : '') +
        `><title>${xmlText(edge.title ?? titleOf(model, edge.index))}</title></path>` +
        badge,
    ];
  });

  const nodes = scene.nodes.map((node) => {
    const p = at(node.x, node.y);
    const r = Math.max(2, node.r * camera.k);
    const ring = node.focused
      ? `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(r + RING_GAP)}" fill="none" stroke="${COLORS.text}" stroke-width="2" stroke-dasharray="4 3"/>`
      : '';
    return (
      `<g><title>${xmlText(describe(node.index))}</title>` +
      `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(r)}" fill="${xmlAttr(node.fill)}"/>${ring}</g>`
    );
  });

  const labels = sceneLabels(scene.nodes, camera, { width: W, height: mapHeight }, [], scene.fade).map(
    (l) =>
      `<text x="${num(l.x)}" y="${num(l.y)}" text-anchor="${l.anchor}" dominant-baseline="central">` +
      `${xmlText(l.text)}</text>`,
  );

  const title = fitText(meta.title, W - 2 * PAD, 22);
  const filters = filterParts(model, params).join(' · ');
  const subtitle = fitText(
    (filters ? `${filters} — ` : '') +
      (shown === 0
        ? 'no deals match.'
        : `${shown} ${shown === 1 ? 'deal' : 'deals'} among ${companies} ${companies === 1 ? 'company' : 'companies'}.${arrowsSentence(model)}`),
    W - 2 * PAD,
    13,
  );
  const source = fitText(
    [
      'Source: AI Deal Map',
      meta.updated === undefined ? '' : `data updated ${formatDate(meta.updated)}`,
      `${shown} of ${model.deals.length} deals shown`,
      filterSummary(model, params),
    ]
      .filter(Boolean)
      .join(' · '),
    W - 2 * PAD,
    11,
  );

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${MAP_SVG_WIDTH}" height="${MAP_SVG_HEIGHT}" ` +
      `viewBox="0 0 ${W} ${H}" font-family="${xmlAttr(FONT)}" role="img" aria-labelledby="title desc">`,
    `<title id="title">${xmlText(meta.title)}</title>`,
    `<desc id="desc">${xmlText(`${subtitle} ${source}`)}</desc>`,
    '<defs>',
    ...markers.map(
      (m) =>
        `<marker id="${m.id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" ` +
        `markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M1,1.5 L9,5 L1,8.5 z" ` +
        `fill="${xmlAttr(m.hollow ? COLORS.background : m.color)}" stroke="${xmlAttr(m.color)}" stroke-width="1.3"/></marker>`,
    ),
    '</defs>',
    `<rect width="${W}" height="${H}" fill="${COLORS.background}"/>`,
    `<text x="${PAD}" y="34" font-size="22" font-weight="700" fill="${COLORS.text}">${xmlText(title)}</text>`,
    `<text x="${PAD}" y="56" font-size="13" fill="${COLORS.muted}">${xmlText(subtitle)}</text>`,
    `<g transform="translate(0,${MAP_TOP})">`,
    `<g fill="none" stroke-linecap="round">${edges.join('')}</g>`,
    `<g stroke="${COLORS.background}" stroke-width="1.5">${nodes.join('')}</g>`,
    // Labels sit on a white halo: a stroked copy underneath (editors without paint-order draw it right too).
    `<g font-size="${LABEL_FONT_PX}" aria-hidden="true" fill="${COLORS.background}" stroke="${COLORS.background}" ` +
      `stroke-width="3" stroke-linejoin="round">${labels.join('')}</g>`,
    `<g font-size="${LABEL_FONT_PX}" fill="${COLORS.text}">${labels.join('')}</g>`,
    '</g>',
    `<line x1="${PAD}" y1="${legendTop - 6}" x2="${W - PAD}" y2="${legendTop - 6}" stroke="${COLORS.border}"/>`,
    `<g transform="translate(0,${legendTop})" font-size="12" fill="${COLORS.soft}">${legend.svg}</g>`,
    `<text x="${PAD}" y="${H - 12}" font-size="11" fill="${COLORS.muted}">${xmlText(source)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}

function markerKey(edge: SceneEdge): string {
  return `${edge.color}|${edge.unconfirmed ? 'h' : 's'}`;
}

/** A deal's hover text, for edges that carry none (big maps). */
function titleOf(model: GraphModel, index: number): string {
  const record = model.deals[index];
  return record ? edgeTitle(model, record) : '';
}

function edgeTitle(model: GraphModel, record: DealRecord): string {
  const d = record.deal;
  const name = (i: number) => model.companies[i]?.name ?? '';
  return `${name(record.from)} → ${name(record.to)} · ${record.type.label} · ${formatAmount(d)} · ${formatDate(d.date)} · ${d.status}`;
}

/** Approximate text width at a font size (no DOM to measure with), as labels.ts does for 12 px. */
/** What the arrows mean, for the subtitle (empty when a plain network has no arrows). */
function arrowsSentence(model: GraphModel): string {
  const links = plainLinks(model);
  if (!links.plain) return ' Arrows point the way money flows.';
  return links.direction === 'undirected' ? '' : ' Arrows point the way each link goes.';
}

function textWidth(text: string, size: number): number {
  return text.length * 0.58 * size;
}

/** The text, cut with "…" to fit a width. */
function fitText(text: string, width: number, size: number): string {
  const max = Math.floor(width / (0.58 * size));
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

interface LegendItem {
  /** Width of the swatch in front of the label. */
  readonly swatchWidth: number;
  /** The swatch, drawn with its left edge at x = 0 and its middle at y = 0. */
  readonly swatch: string;
  readonly label: string;
}

const ROW = 20;
const GAP = 18;

/** The legend as rows of items (categories, deal types, keys), wrapped to the width. */
function legendRows(
  model: GraphModel,
  visibility: Visibility,
  edges: readonly SceneEdge[],
  sizeLabel: string,
): { svg: string; height: number } {
  const categoryIds = new Set<string>();
  model.companies.forEach((c, i) => visibility.companies[i] && categoryIds.add(c.category));
  const typeIds = new Set(edges.map((e) => model.deals[e.index]?.deal.type));
  const muted = COLORS.muted;
  const links = plainLinks(model);
  const keys = linkKeys(links);
  const groups: LegendItem[][] = [
    model.map.categories
      .filter((c) => categoryIds.has(c.id))
      .map((c) => ({
        swatchWidth: 12,
        swatch: `<circle cx="6" cy="0" r="6" fill="${xmlAttr(c.color)}"/>`,
        label: c.label,
      })),
    model.map.dealTypes
      .filter((t) => typeIds.has(t.id))
      .map((t) => {
        const dash = DASH_PATTERNS[t.dash ?? 'solid'];
        return {
          swatchWidth: 28,
          swatch:
            `<line x1="1" y1="0" x2="27" y2="0" stroke="${xmlAttr(t.color)}" stroke-width="2.5"` +
            (dash ? ` stroke-dasharray="${dash}"/>` : '/>'),
          label: t.flow === 'none' ? `${t.label} (no money)` : t.label,
        };
      }),
    [
      {
        swatchWidth: 30,
        swatch: `<g fill="none" stroke="${muted}"><circle cx="5" cy="2" r="3"/><circle cx="20" cy="0" r="7"/></g>`,
        label: sizeLabel,
      },
      {
        swatchWidth: 28,
        swatch: `<g stroke="${muted}"><line x1="1" y1="-3" x2="27" y2="-3" stroke-width="1.2"/><line x1="1" y1="3" x2="27" y2="3" stroke-width="4"/></g>`,
        label: keys.width,
      },
      {
        swatchWidth: 28,
        swatch: keys.arrowhead
          ? `<line x1="1" y1="0" x2="20" y2="0" stroke="${muted}" stroke-width="1.8"/><path d="M19,-3.5 L27,0 L19,3.5 z" fill="${muted}"/>`
          : `<line x1="1" y1="0" x2="27" y2="0" stroke="${muted}" stroke-width="1.8"/>`,
        label: keys.arrow,
      },
      ...(links.reportedKey
        ? [
            {
              swatchWidth: 28,
              swatch: `<line x1="1" y1="0" x2="20" y2="0" stroke="${muted}" stroke-width="1.8" opacity="${EDGE_OPACITY.unconfirmed}"/><path d="M19,-3.5 L27,0 L19,3.5 z" fill="${COLORS.background}" stroke="${muted}" stroke-width="1.2"/>`,
              label: 'Reported / low confidence',
            },
          ]
        : []),
      ...(visibility.focused.some(Boolean)
        ? [
            {
              swatchWidth: 16,
              swatch: `<circle cx="8" cy="0" r="7" fill="none" stroke="${COLORS.text}" stroke-width="2" stroke-dasharray="4 3"/>`,
              label: 'Focused company',
            },
          ]
        : []),
      ...(edges.some((e) => e.ended)
        ? [
            {
              swatchWidth: 28,
              swatch: `<line x1="1" y1="0" x2="27" y2="0" stroke="${muted}" stroke-width="1.8" opacity="0.3"/>`,
              label: 'Ended (faded)',
            },
          ]
        : []),
    ],
  ];
  const parts: string[] = [];
  let y = ROW / 2;
  for (const group of groups) {
    if (group.length === 0) continue;
    let x = PAD;
    for (const item of group) {
      const width = item.swatchWidth + 6 + textWidth(item.label, 12);
      if (x > PAD && x + width > W - PAD) {
        x = PAD;
        y += ROW;
      }
      parts.push(
        `<g transform="translate(${num(x)},${num(y)})">${item.swatch}` +
          `<text x="${item.swatchWidth + 6}" y="0" dominant-baseline="central">${xmlText(item.label)}</text></g>`,
      );
      x += width + GAP;
    }
    y += ROW;
  }
  return { svg: parts.join(''), height: y - ROW / 2 };
}
