/**
 * The geometry of the compute view, shared by the app and its SVG export: the stacked bar of a row (d3-scale)
 * and the small step chart of cumulative commitments over time (d3-shape's stack and step-after areas), with a
 * mark at each provider's first deal. Pure: numbers and path strings, no DOM.
 */
import { scaleLinear } from 'd3-scale';
import { area, curveStepAfter, stack, type SeriesPoint } from 'd3-shape';
import type { Commitment, ComputeRow } from './compute.ts';

/** Ten distinct colours that read on the light and the dark background (a provider keeps its slot's colour). */
export const PALETTE = [
  '#4269d0',
  '#efb118',
  '#ff725c',
  '#6cc5b0',
  '#3ca951',
  '#ff8ab7',
  '#a463f2',
  '#97bbf5',
  '#9c6b4e',
  '#9498a0',
] as const;

export function colourOf(slots: ReadonlyMap<number, number>, company: number): string {
  const slot = slots.get(company) ?? 0;
  return PALETTE[slot % PALETTE.length] as string;
}

/** How a segment is drawn: a committed total, a yearly rate with no term, or only undisclosed deals. */
export type SegmentKind = 'total' | 'rate' | 'undisclosed';

export interface BarSegment {
  readonly segment: Commitment;
  readonly kind: SegmentKind;
  /** Start and width as fractions of the full bar (the largest row's total). */
  readonly x: number;
  readonly width: number;
}

/**
 * The stacked bar of a row on a scale shared by all rows (`max`: the largest row's total). Totals come first,
 * largest first; yearly rates follow at their one-year figure; segments with no counted figure (undisclosed,
 * ended, not added) get no width: the view marks them apart.
 */
export function barSegments(row: ComputeRow, max: number): BarSegment[] {
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, 1])
    .clamp(true);
  const out: BarSegment[] = [];
  let at = 0;
  const ordered = [
    ...row.segments.filter((s) => s.usd > 0).map((s) => ({ s, kind: 'total' as const, v: s.usd })),
    ...row.segments
      .filter((s) => s.perYearUsd > 0)
      .map((s) => ({ s, kind: 'rate' as const, v: s.perYearUsd })),
  ];
  for (const { s, kind, v } of ordered) {
    const width = x(v);
    out.push({ segment: s, kind, x: at, width });
    at += width;
  }
  for (const s of row.segments) {
    if (s.usd === 0 && s.perYearUsd === 0) out.push({ segment: s, kind: 'undisclosed', x: at, width: 0 });
  }
  return out;
}

/** The largest total (with yearly rates at their one-year figure) among the rows: the shared bar scale. */
export function barMax(rows: readonly ComputeRow[]): number {
  return rows.reduce((max, r) => Math.max(max, r.usd + r.perYearUsd), 0);
}

export interface StepChart {
  /** One closed path per segment that ever had a counted total, bottom to top. */
  readonly areas: readonly { readonly company: number; readonly d: string }[];
  /** A mark at each provider's first deal (x in pixels), earliest first. */
  readonly marks: readonly {
    readonly company: number;
    readonly x: number;
    readonly date: string | undefined;
  }[];
  /** Year ticks along the bottom. */
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  /** The top of the y scale (the row's largest cumulative total), in USD. */
  readonly max: number;
}

/**
 * The cumulative commitments of a row as stacked step areas over [from, to] (ms) in a `width` × `height` box
 * (the bottom `axis` pixels are left for the year ticks).
 */
export function stepChart(
  row: ComputeRow,
  from: number,
  to: number,
  width: number,
  height: number,
  axis = 14,
): StepChart {
  const keys = row.segments.map((_, i) => i).filter((i) => row.series.some((s) => (s.usd[i] ?? 0) > 0));
  const points = row.series.length > 0 ? [...row.series, { t: to, usd: row.series.at(-1)?.usd ?? [] }] : [];
  const max = points.reduce(
    (m, p) =>
      Math.max(
        m,
        p.usd.reduce((a, b) => a + b, 0),
      ),
    0,
  );
  const x = scaleLinear()
    .domain([from, Math.max(to, from + 1)])
    .range([0, width]);
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([height - axis, 2]);
  type Point = { t: number; usd: readonly number[] };
  const layers = stack<Point, number>()
    .keys(keys)
    .value((p, key) => p.usd[key] ?? 0)(points);
  const shape = area<SeriesPoint<Point>>()
    .x((p) => x(p.data.t))
    .y0((p) => y(p[0]))
    .y1((p) => y(p[1]))
    .curve(curveStepAfter);
  const areas = layers.map((layer) => ({
    company: row.segments[layer.key]?.company ?? -1,
    d: shape(layer) ?? '',
  }));
  const marks = row.segments
    .filter((s) => s.first !== undefined && s.first <= to)
    .toSorted((a, b) => (a.first as number) - (b.first as number))
    .map((s) => ({ company: s.company, x: x(Math.max(s.first as number, from)), date: s.firstDate }));
  return { areas, marks, ticks: yearTicks(from, to, x, width), max };
}

function yearTicks(from: number, to: number, x: (t: number) => number, width: number) {
  const first = new Date(from).getUTCFullYear() + 1;
  const last = new Date(to).getUTCFullYear();
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  // At most one label per 44 px: every year, every second, fifth…
  const room = Math.max(1, Math.floor(width / 44));
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(years.length / s) <= room) ?? 100;
  return years
    .filter((year) => year % step === 0 || step === 1)
    .map((year) => ({ x: x(Date.UTC(year, 0, 1)), label: String(year) }));
}

/** The time span every row's chart shares: from the earliest first deal to the as-of date. */
export function chartDomain(rows: readonly ComputeRow[], asof: number): [number, number] {
  const starts = rows.flatMap((r) => r.series.map((s) => s.t));
  const from = starts.length > 0 ? Math.min(...starts) : asof;
  // A little room before the first deal, so its mark is not on the edge.
  const pad = Math.max((asof - from) * 0.02, 86_400_000 * 30);
  return [from - pad, asof];
}
