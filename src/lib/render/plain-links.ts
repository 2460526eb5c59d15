/**
 * How the links of a plain network (plain-network.ts: a file with no money) are drawn, and what the legend says
 * about them: width by the `weight` attribute (when the weights differ), an arrow for a directed link and none
 * for an undirected one (`undirected: true`). On a map of money an arrow is the money's direction and width
 * the amount, as before. Computed once per model.
 */
import type { DealRecord, GraphModel } from '../graph/model.ts';
import { isPlainNetwork } from '../graph/plain-network.ts';
import { sqrtScale } from './size.ts';

export interface PlainLinks {
  readonly plain: boolean;
  /** Width by weight, in a plain network whose links have different numeric weights. */
  readonly width: ((record: DealRecord) => number) | undefined;
  /** Which links have a direction (a plain network): all, none or some. */
  readonly direction: 'directed' | 'undirected' | 'mixed';
  /** Whether the legend explains unconfirmed links: always on a map of money, in a plain network only if any. */
  readonly reportedKey: boolean;
}

const cache = new WeakMap<GraphModel, PlainLinks>();

export function plainLinks(model: GraphModel): PlainLinks {
  let out = cache.get(model);
  if (!out) {
    out = compute(model);
    cache.set(model, out);
  }
  return out;
}

/** A link's weight: its `weight` attribute when that is a number of 0 or more. */
export function weightOf(record: DealRecord): number | undefined {
  const attributes = record.deal.attributes;
  const weight = attributes && Object.hasOwn(attributes, 'weight') ? attributes['weight'] : undefined;
  return typeof weight === 'number' && Number.isFinite(weight) && weight >= 0 ? weight : undefined;
}

/** A plain network's link in a list: its weight ("weight 31"), or nothing. */
export function weightLabel(record: DealRecord): string {
  const weight = weightOf(record);
  return weight === undefined ? '' : `weight ${weight.toLocaleString('en-US', { maximumFractionDigits: 6 })}`;
}

/** Whether a link is drawn with an arrow: money always; a plain network's link unless it is undirected. */
export function hasArrow(record: DealRecord, links: PlainLinks): boolean {
  return record.type.flow === 'money' || (links.plain && record.deal.undirected !== true);
}

function compute(model: GraphModel): PlainLinks {
  const plain = isPlainNetwork(model.map);
  if (!plain) return { plain, width: undefined, direction: 'directed', reportedKey: true };
  let min = Infinity;
  let max = 0;
  let undirected = 0;
  let reportedKey = false;
  for (const record of model.deals) {
    if (record.unconfirmed) reportedKey = true;
    const weight = weightOf(record);
    if (weight !== undefined) {
      min = Math.min(min, weight);
      max = Math.max(max, weight);
    }
    if (record.deal.undirected === true) undirected++;
  }
  const direction =
    undirected === 0 ? 'directed' : undirected === model.deals.length ? 'undirected' : 'mixed';
  if (!(max > min)) return { plain, width: undefined, direction, reportedKey };
  const scale = sqrtScale(max, 1.2, 9);
  return {
    plain,
    width: (record) => {
      const weight = weightOf(record);
      return weight === undefined ? 1.2 : scale(weight);
    },
    direction,
    reportedKey,
  };
}

/** The legend's words for line width and arrows, and whether its arrow key shows an arrowhead. */
export function linkKeys(links: PlainLinks): { width: string; arrow: string; arrowhead: boolean } {
  if (!links.plain) return { width: 'Width: amount', arrow: 'Arrow: money flows to', arrowhead: true };
  const width = links.width ? 'Width: weight' : 'Width: same for every link';
  if (links.direction === 'undirected')
    return { width, arrow: 'No arrows: links have no direction', arrowhead: false };
  const arrow =
    links.direction === 'mixed' ? 'Arrow: link direction (none: undirected)' : 'Arrow: link direction';
  return { width, arrow, arrowhead: true };
}
