/**
 * The layout's springs: one per unordered pair of companies, however many deals join them (the count makes
 * the spring shorter and stiffer), plus one between a business unit and its parent (aws → amazon) so units
 * sit next to their parent. Sorted by company index, so the input order of the file never matters.
 */
import type { GraphModel } from '../graph/model.ts';

export interface LayoutLink {
  /** Company indices, source < target. */
  readonly source: number;
  readonly target: number;
  /** Deals between the pair (+1 for a unit–parent tie). */
  readonly count: number;
}

export function aggregateLinks(model: GraphModel): LayoutLink[] {
  const n = model.companies.length;
  const counts = new Map<number, number>();
  const add = (a: number, b: number) => {
    if (a < 0 || b < 0 || a >= n || b >= n || a === b) return;
    const key = Math.min(a, b) * n + Math.max(a, b);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const deal of model.deals) add(deal.from, deal.to);
  model.companies.forEach((company, i) => {
    if (company.parent !== undefined) add(i, model.companyIndex.get(company.parent) ?? -1);
  });
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([key, count]) => ({ source: Math.floor(key / n), target: key % n, count }));
}

/** Number of distinct partners per company index. */
export function partnerCounts(n: number, links: readonly LayoutLink[]): Uint32Array {
  const degree = new Uint32Array(n);
  for (const link of links) {
    degree[link.source] = (degree[link.source] ?? 0) + 1;
    degree[link.target] = (degree[link.target] ?? 0) + 1;
  }
  return degree;
}

/** Springs as plain typed arrays (structured-cloneable, cheap to send to a worker). */
export interface LinkArrays {
  readonly source: Uint32Array;
  readonly target: Uint32Array;
  readonly count: Uint32Array;
}

export function packLinks(links: readonly LayoutLink[]): LinkArrays {
  return {
    source: Uint32Array.from(links, (l) => l.source),
    target: Uint32Array.from(links, (l) => l.target),
    count: Uint32Array.from(links, (l) => l.count),
  };
}

export function unpackLinks(links: LinkArrays): LayoutLink[] {
  return Array.from(links.source, (source, k) => ({
    source,
    target: links.target[k] as number,
    count: links.count[k] as number,
  }));
}
