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

/**
 * Who is tied to whom, as plain typed arrays (cheap to send to a worker): each deal's two companies, then
 * each business unit and its parent (−1 where a reference is unknown).
 */
export interface Ties {
  readonly a: Int32Array;
  readonly b: Int32Array;
}

export function companyTies(model: GraphModel): Ties {
  const a: number[] = [];
  const b: number[] = [];
  for (const deal of model.deals) {
    a.push(deal.from);
    b.push(deal.to);
  }
  model.companies.forEach((company, i) => {
    if (company.parent === undefined) return;
    a.push(i);
    b.push(model.companyIndex.get(company.parent) ?? -1);
  });
  return { a: Int32Array.from(a), b: Int32Array.from(b) };
}

export function aggregateLinks(model: GraphModel): LayoutLink[] {
  return aggregateTies(model.companies.length, companyTies(model));
}

/**
 * One spring per pair of the `n` companies, counting the ties between them; sorted by company index. Each pair
 * is a number (lower index × n + higher), so counting is a numeric sort of one typed array and a walk over its
 * runs: at 60,000 deals a map of counts and a sort of its entries took ~20 ms of the layout's setup (Node 20,
 * profiled).
 */
export function aggregateTies(n: number, ties: Ties): LayoutLink[] {
  const keys = new Float64Array(ties.a.length);
  let m = 0;
  for (let k = 0; k < ties.a.length; k++) {
    const a = ties.a[k] as number;
    const b = ties.b[k] as number;
    if (a < 0 || b < 0 || a >= n || b >= n || a === b) continue;
    keys[m++] = Math.min(a, b) * n + Math.max(a, b);
  }
  const sorted = keys.subarray(0, m).sort();
  const links: LayoutLink[] = [];
  for (let k = 0; k < m;) {
    const key = sorted[k] as number;
    let end = k + 1;
    while (end < m && sorted[end] === key) end++;
    links.push({ source: Math.floor(key / n), target: key % n, count: end - k });
    k = end;
  }
  return links;
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
