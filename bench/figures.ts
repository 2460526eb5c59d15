/**
 * What the benchmark measures per page load, and how one subject (our app) compares with the peers: per
 * repetition, the ratio of our value to the best peer's (or a named peer's) in the same repetition — absolute
 * numbers drift on a shared machine — then the median over repetitions.
 */
import { median } from './stats.ts';

export type Subject = 'app' | 'svg' | 'canvas';
export const PEERS: readonly Subject[] = ['svg', 'canvas'];

export interface Figures {
  /** ms from navigation to the subject's first-frame mark. */
  readonly firstFrameMs?: number;
  /** ms from navigation to the settled mark; absent when capped. */
  readonly settledMs?: number;
  /**
   * ms from navigation to the live map's first frame (the app's `adm:interactive`): the map that answers the
   * reader. On the bundled data the first frame and the settled map are the page's prerendered picture,
   * painted before any script runs; this is when the app has taken over. The peers have no such mark.
   */
  readonly liveMapMs?: number;
  /** Total blocking time from navigation to settled (or to the cap), ms. */
  readonly tbtMs?: number;
  /** Frames per second and p95 frame interval during the scripted wheel-zoom and drag-pan. */
  readonly zoomFps?: number;
  readonly p95FrameMs?: number;
  /** p95 of input event → start of the frame after the one that answers it, during zoom/pan, ms. */
  readonly inputP95Ms?: number;
  /** p95 of pointer move → start of the frame after the one that answers it, from navigation until settled, ms. */
  readonly loadingInputP95Ms?: number;
  /** JS heap in use after a forced garbage collection, MB. */
  readonly heapMB?: number;
  /** gzip -9 of the JavaScript and CSS the page fetched, KiB. */
  readonly jsKiB?: number;
  /** gzip KiB of the JavaScript asked for before the first frame (the size budget's measure). */
  readonly firstViewJsKiB?: number;
  readonly cssKiB?: number;
}

export type FigureKey = keyof Figures;

export interface FigureSpec {
  readonly key: FigureKey;
  readonly label: string;
  readonly unit: string;
  readonly better: 'lower' | 'higher';
  /** Values below this count as this in ratios (TBT: a page with no long task is not "infinitely" better). */
  readonly floor?: number;
  /** No ratio: the peers have none of it (CSS, the live map's mark). */
  readonly noRatio?: true;
}

export const FIGURES: readonly FigureSpec[] = [
  { key: 'firstFrameMs', label: 'first frame', unit: 'ms', better: 'lower' },
  { key: 'settledMs', label: 'settled', unit: 'ms', better: 'lower' },
  { key: 'liveMapMs', label: 'live map', unit: 'ms', better: 'lower', noRatio: true },
  { key: 'tbtMs', label: 'load TBT', unit: 'ms', better: 'lower', floor: 50 },
  { key: 'zoomFps', label: 'zoom/pan fps', unit: 'fps', better: 'higher' },
  { key: 'p95FrameMs', label: 'p95 frame', unit: 'ms', better: 'lower' },
  { key: 'inputP95Ms', label: 'input→paint p95, zoom/pan', unit: 'ms', better: 'lower', floor: 16 },
  { key: 'loadingInputP95Ms', label: 'input→paint p95, loading', unit: 'ms', better: 'lower', floor: 16 },
  { key: 'heapMB', label: 'heap after GC', unit: 'MB', better: 'lower' },
  { key: 'jsKiB', label: 'JS gzip', unit: 'KiB', better: 'lower' },
  { key: 'firstViewJsKiB', label: 'JS gzip, first view', unit: 'KiB', better: 'lower' },
  { key: 'cssKiB', label: 'CSS gzip', unit: 'KiB', better: 'lower', noRatio: true },
];

/** One page load of one subject at one size. */
export interface Run {
  readonly subject: Subject;
  readonly size: string;
  readonly rep: number;
  readonly figures: Figures;
  /** The run hit the time cap before settling; `reached` says how far it got. */
  readonly capped: boolean;
  readonly reached?: string;
  /** Figures that are only lower bounds (an input still unanswered at the cap). */
  readonly lowerBounds?: readonly FigureKey[];
  readonly problems: readonly string[];
}

/** A ratio of ours to a peer's; `bound` says the true ratio is at most / at least the value (a capped run). */
export interface Ratio {
  readonly value: number;
  readonly bound: '=' | '≤' | '≥';
}

function valueOf(run: Run, key: FigureKey, capMs: number): { value: number; bound: '=' | '≥' } | undefined {
  const value = run.figures[key];
  if (value !== undefined) return { value, bound: run.lowerBounds?.includes(key) ? '≥' : '=' };
  // A capped run's settled time is at least the cap.
  if (key === 'settledMs' && run.capped) return { value: capMs, bound: '≥' };
  return undefined;
}

/** The best value among peer runs (min, or max for higher-is-better figures), or undefined. */
function bestPeer(peers: readonly Run[], spec: FigureSpec, key: FigureKey, capMs: number) {
  const values = peers.map((r) => valueOf(r, key, capMs)).filter((v) => v !== undefined);
  if (values.length === 0) return undefined;
  return values.reduce((best, v) =>
    (spec.better === 'lower' ? v.value < best.value : v.value > best.value) ? v : best,
  );
}

/**
 * Our ratio to the peers for one figure: per repetition, ours / the best peer's (or `peer`'s) value in that
 * repetition (`peerFigure`: compared with another of their figures); the median over repetitions. For higher-is-better figures (fps) the ratio is still ours / theirs,
 * so > 1 is better there and < 1 better everywhere else.
 */
export function ratioToPeers(
  runs: readonly Run[],
  spec: FigureSpec,
  options: { peer?: Subject; capMs: number; peerFigure?: FigureKey },
): Ratio | undefined {
  if (spec.noRatio) return undefined;
  const reps = [...new Set(runs.map((r) => r.rep))];
  const ratios: Ratio[] = [];
  for (const rep of reps) {
    const ours = runs.find((r) => r.rep === rep && r.subject === 'app');
    const peers = runs.filter(
      (r) =>
        r.rep === rep && r.subject !== 'app' && (options.peer === undefined || r.subject === options.peer),
    );
    const a = ours ? valueOf(ours, spec.key, options.capMs) : undefined;
    const b = bestPeer(peers, spec, options.peerFigure ?? spec.key, options.capMs);
    if (!a || !b) continue;
    const floor = spec.floor ?? 0;
    const denominator = Math.max(floor, b.value);
    if (denominator === 0) continue;
    const value = Math.max(floor, a.value) / denominator;
    // Ours ≥ x makes the ratio ≥; theirs ≥ x makes it ≤; both bounded: unknown, skipped.
    if (a.bound === '≥' && b.bound === '≥') continue;
    ratios.push({ value, bound: a.bound === '≥' ? '≥' : b.bound === '≥' ? '≤' : '=' });
  }
  const value = median(ratios.map((r) => r.value));
  if (value === undefined) return undefined;
  const upper = ratios.some((r) => r.bound === '≤');
  const lower = ratios.some((r) => r.bound === '≥');
  return { value, bound: upper === lower ? '=' : upper ? '≤' : '≥' };
}

/** The median of one figure over a subject's runs. */
export function medianOf(runs: readonly Run[], subject: Subject, key: FigureKey): number | undefined {
  return median(runs.filter((r) => r.subject === subject).map((r) => r.figures[key]));
}
