/** Pure statistics for the benchmark: medians, percentiles, total blocking time, frame rates. */

export function median(values: readonly (number | undefined)[]): number | undefined {
  const sorted = finite(values).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The nearest-rank percentile (p in 0–100): the smallest value with at least p % of values at or below it. */
export function percentile(values: readonly (number | undefined)[], p: number): number | undefined {
  const sorted = finite(values).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

function finite(values: readonly (number | undefined)[]): number[] {
  return values.filter((v): v is number => v !== undefined && Number.isFinite(v));
}

export interface Task {
  readonly startTime: number;
  readonly duration: number;
}

/** The blocking part of a main-thread task: what exceeds 50 ms (Lighthouse's definition of TBT). */
export const LONG_TASK_MS = 50;

/**
 * Total blocking time between `from` and `to` (ms on the page's clock): each task is clipped to the window,
 * and every clipped task contributes what exceeds 50 ms.
 */
export function totalBlockingTime(tasks: readonly Task[], from: number, to: number): number {
  let total = 0;
  for (const task of tasks) {
    const start = Math.max(from, task.startTime);
    const end = Math.min(to, task.startTime + task.duration);
    if (end - start > LONG_TASK_MS) total += end - start - LONG_TASK_MS;
  }
  return total;
}

export interface FrameSummary {
  /** Frames per second over the recorded span, to 0.1 fps (see `frameSummary`). */
  readonly fps: number | undefined;
  /** p95 of the intervals between successive frames, to 1 ms. */
  readonly p95FrameMs: number | undefined;
}

/**
 * Frame rate and p95 frame interval from animation-frame timestamps (ms, ascending).
 *
 * Both are rounded to what the timestamps can tell apart. The page's clock is coarsened to 0.1 ms, so two
 * subjects that both draw every frame of a 60 Hz display over 3 s differ by up to ~0.005 fps and their frame
 * intervals read 16.6, 16.7 or 16.8 ms by chance. One dropped frame in such a span costs 0.33 fps and turns
 * an interval into 33 ms, so neither rounding hides it.
 */
export function frameSummary(timestamps: readonly number[]): FrameSummary {
  if (timestamps.length < 2) return { fps: undefined, p95FrameMs: undefined };
  const intervals = timestamps.slice(1).map((t, i) => t - (timestamps[i] as number));
  const span = (timestamps.at(-1) as number) - (timestamps[0] as number);
  const p95 = percentile(intervals, 95);
  return {
    fps: span > 0 ? Math.round((10_000 * intervals.length) / span) / 10 : undefined,
    p95FrameMs: p95 === undefined ? undefined : Math.round(p95),
  };
}

/**
 * The p95 of input-to-paint latencies (ms), to 1 ms, like the p95 frame interval: every latency runs from an
 * event's time stamp to the start of a frame, both on the page's clock coarsened to 0.1 ms, so two subjects that
 * answer every input in the next frame differ below 1 ms only by chance (46.1 against 46.0 ms in one run). A
 * frame's wait that one subject adds and the other does not (16.7 ms) is never hidden.
 */
export function latencyP95(latencies: readonly number[]): number | undefined {
  const p95 = percentile(latencies, 95);
  return p95 === undefined ? undefined : Math.round(p95);
}

/**
 * A first frame as presented (performance.md's "first frame": the later of the page's own paint point and its
 * first contentful paint). A page's script marks its frame when it has drawn it, before the browser presents
 * it; a prerendered picture's mark already is its first contentful paint. Without a paint entry, the mark.
 */
export function presentedFirstFrame(
  mark: number | undefined,
  firstContentfulPaint: number | undefined,
): number | undefined {
  if (mark === undefined || firstContentfulPaint === undefined) return mark;
  return Math.max(mark, firstContentfulPaint);
}
