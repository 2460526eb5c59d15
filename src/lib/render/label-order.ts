/**
 * Which companies get a label first: the focused, selected and hovered ones, then those brought forward
 * (a hovered company's partners, a highlighted circular flow), then the biggest by deal volume as of the view's date, then by number of deals,
 * ties by id. The first ALWAYS_LABELLED companies with any volume are labelled at every width and zoom, even
 * over circles, wherever a label of theirs covers no other label (labels.ts).
 * Also the direction of each company's heaviest edges, so its label can sit on the other side.
 */

/** How many of the biggest companies are always labelled. */
export const ALWAYS_LABELLED = 10;

export interface LabelOrderEntry {
  readonly index: number;
  readonly id: string;
  readonly volume: number;
  readonly degree: number;
  /** Highlighted (placed before the others). */
  readonly emphasised: boolean;
  /** Focused, selected or hovered: always labelled. */
  readonly forced: boolean;
}

export interface LabelRank {
  /** 0 for the first company to label. */
  readonly rank: number;
  readonly must: boolean;
}

/** Each entry's rank, keyed by its index; the map lists them in rank order (first to label first). */
export function labelOrder(entries: readonly LabelOrderEntry[]): Map<number, LabelRank> {
  const sorted = entries.toSorted(
    (a, b) =>
      Number(b.forced) - Number(a.forced) ||
      Number(b.emphasised) - Number(a.emphasised) ||
      b.volume - a.volume ||
      b.degree - a.degree ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const biggest = new Set(
    entries
      .filter((e) => e.volume > 0)
      .toSorted((a, b) => b.volume - a.volume || b.degree - a.degree || (a.id < b.id ? -1 : 1))
      .slice(0, ALWAYS_LABELLED)
      .map((e) => e.index),
  );
  return new Map(
    sorted.map((e, rank) => [e.index, { rank, must: e.forced || biggest.has(e.index) }] as const),
  );
}

export interface HeavyEdge {
  readonly from: number;
  readonly to: number;
  readonly width: number;
}

/**
 * For each company, the unit vector towards the width-weighted sum of its edges' directions (0, 0 when it has
 * none or they cancel out), as [x0, y0, x1, y1, …] by company index; `positions` likewise. Typed arrays and
 * one pass over the edges: it is redone whenever positions change (a big layout settling).
 */
export function heavyDirections(edges: readonly HeavyEdge[], positions: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(positions.length);
  const add = (i: number, j: number, weight: number) => {
    const dx = (positions[2 * j] ?? 0) - (positions[2 * i] ?? 0);
    const dy = (positions[2 * j + 1] ?? 0) - (positions[2 * i + 1] ?? 0);
    const length = Math.hypot(dx, dy);
    if (!(length > 0) || 2 * i + 1 >= sums.length) return;
    // Squared width: the heaviest edges decide, thin ones barely count.
    sums[2 * i] = (sums[2 * i] ?? 0) + (dx / length) * weight * weight;
    sums[2 * i + 1] = (sums[2 * i + 1] ?? 0) + (dy / length) * weight * weight;
  };
  for (const e of edges) {
    add(e.from, e.to, e.width);
    add(e.to, e.from, e.width);
  }
  for (let i = 0; i < sums.length; i += 2) {
    const length = Math.hypot(sums[i] ?? 0, sums[i + 1] ?? 0);
    if (length < 1e-9) {
      sums[i] = 0;
      sums[i + 1] = 0;
    } else {
      sums[i] = (sums[i] ?? 0) / length;
      sums[i + 1] = (sums[i + 1] ?? 0) / length;
    }
  }
  return sums;
}
