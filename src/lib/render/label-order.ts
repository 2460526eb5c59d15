/**
 * Which companies get a label first: the focused, selected and hovered ones, then those brought forward
 * (a hovered company's partners, a highlighted circular flow), then the biggest by deal volume as of the view's date, then by number of deals,
 * ties by id. The first ALWAYS_LABELLED companies with any volume are labelled at every width and zoom.
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
 * none or they cancel out). `at(i)` gives company i's position.
 */
export function heavyDirections(
  edges: readonly HeavyEdge[],
  at: (index: number) => { readonly x: number; readonly y: number } | undefined,
): Map<number, { x: number; y: number }> {
  const sums = new Map<number, { x: number; y: number }>();
  const add = (i: number, j: number, weight: number) => {
    const a = at(i);
    const b = at(j);
    if (!a || !b) return;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) return;
    const sum = sums.get(i) ?? { x: 0, y: 0 };
    // Squared width: the heaviest edges decide, thin ones barely count.
    sum.x += ((b.x - a.x) / length) * weight * weight;
    sum.y += ((b.y - a.y) / length) * weight * weight;
    sums.set(i, sum);
  };
  for (const e of edges) {
    add(e.from, e.to, e.width);
    add(e.to, e.from, e.width);
  }
  for (const [i, s] of sums) {
    const length = Math.hypot(s.x, s.y);
    sums.set(i, length < 1e-9 ? { x: 0, y: 0 } : { x: s.x / length, y: s.y / length });
  }
  return sums;
}
