/**
 * Deals per year or quarter over the data's time extent (UTC), for the time histogram: contiguous buckets,
 * empty ones included, each with the partial dates that select exactly that bucket as a `from`/`to` range.
 */
import type { GraphModel } from '../graph/model.ts';

export type BucketSize = 'year' | 'quarter';

export interface HistogramBucket {
  /** First millisecond of the bucket (UTC). */
  readonly start: number;
  /** Last millisecond of the bucket (UTC), inclusive — like `to` in the filters. */
  readonly end: number;
  /** "2025" or "Q3 2025". */
  readonly label: string;
  /** Dated deals starting in the bucket. */
  readonly total: number;
  /** Of those, the visible ones (all of them when no visibility is given). */
  readonly visible: number;
  /** Partial dates selecting this bucket: `from=2025&to=2025`, `from=2025-07&to=2025-09`. */
  readonly from: string;
  readonly to: string;
}

export function dealHistogram(
  model: GraphModel,
  visible: Uint8Array | undefined,
  bucket: BucketSize,
): HistogramBucket[] {
  if (!model.extent) return [];
  const [first, last] = model.extent;
  const months = bucket === 'year' ? 12 : 3;
  const index = (ms: number) => {
    const d = new Date(ms);
    return d.getUTCFullYear() * (12 / months) + Math.floor(d.getUTCMonth() / months);
  };
  const firstIndex = index(first);
  const count = index(last) - firstIndex + 1;
  const total = new Array<number>(count).fill(0);
  const shown = new Array<number>(count).fill(0);
  for (const record of model.deals) {
    if (record.start === undefined) continue;
    const i = index(record.start) - firstIndex;
    if (i < 0 || i >= count) continue;
    total[i] = (total[i] ?? 0) + 1;
    if (!visible || visible[record.index]) shown[i] = (shown[i] ?? 0) + 1;
  }
  return total.map((t, i) => {
    const k = firstIndex + i;
    const year = Math.floor(k / (12 / months));
    const month = (k % (12 / months)) * months; // 0-based first month
    const start = Date.UTC(year, month, 1);
    const end = Date.UTC(year, month + months, 1) - 1;
    const quarter = month / 3 + 1;
    return {
      start,
      end,
      label: bucket === 'year' ? String(year) : `Q${quarter} ${year}`,
      total: t,
      visible: shown[i] ?? 0,
      from: bucket === 'year' ? String(year) : `${year}-${pad(month + 1)}`,
      to: bucket === 'year' ? String(year) : `${year}-${pad(month + 3)}`,
    };
  });
}

/** Years for spans of at least four years, quarters for shorter ones. */
export function bucketSizeFor(model: GraphModel): BucketSize {
  if (!model.extent) return 'year';
  const years = new Date(model.extent[1]).getUTCFullYear() - new Date(model.extent[0]).getUTCFullYear() + 1;
  return years >= 4 ? 'year' : 'quarter';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
