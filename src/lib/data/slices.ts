/**
 * Long work written as a generator that pauses (`yield`) between small steps, run either at once (tests,
 * importers, the bundled file) or in time slices that give the page back its turn, so a big file's checks
 * never hold the page for long. Both give the same result: the same code runs, only the pauses differ.
 */

/** Runs the work to its end in one go. */
export function runToEnd<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of work between two pauses, in ms (a step already begun is finished). */
  readonly budgetMs?: number;
  /** Gives the page its turn; resolves when the work may go on. */
  readonly pause?: () => Promise<void>;
  readonly now?: () => number;
  /** Stops the work at its next pause (the promise rejects with the signal's reason). */
  readonly signal?: AbortSignal;
}

/** Slices short enough that a slice and a frame together stay under the 50 ms of a long task. */
export const SLICE_MS = 25;

/** Runs the work in slices of about `budgetMs`, pausing between them. */
export async function runInSlices<T>(work: Generator<void, T>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? SLICE_MS;
  const pause = options.pause ?? yieldToPage;
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= budget) {
      await pause();
      options.signal?.throwIfAborted();
      sliceStart = now();
    }
  }
}

interface Scheduler {
  readonly yield?: () => Promise<void>;
}

/** If the page has drawn no frame for this long (ms), the next pause waits until it has drawn one. */
export const FRAME_DUE_MS = 50;
/** A pause that waits for a frame goes on after this long (ms) at the latest, should no frame come. */
const FRAME_WAIT_CAP_MS = 100;

/** What a pause needs from the page (tests pass fakes). */
export interface PageTurns {
  now(): number;
  /** Calls back at the page's next frame (requestAnimationFrame); false where none will come (a hidden page). */
  frame(callback: () => void): boolean;
  /** The quickest way back after the page's turn: `scheduler.yield()`, which resumes ahead of other tasks. */
  turn(): Promise<void>;
  /** Calls back in a task of its own, after `ms`. */
  later(callback: () => void, ms: number): void;
}

/**
 * Pauses for work in slices. Each gives the page its turn as quickly as it can come back (`turn`) — but the
 * browser lets such continuations go ahead of drawing frames for up to ~100 ms, so a pointer moved during a big
 * file's checks waited two of those gaps for its answer (traced at 20,000 companies). Once no frame has come
 * for FRAME_DUE_MS, the pause waits for the next frame to be drawn instead.
 */
export function pageTurns(page: PageTurns): () => Promise<void> {
  let lastFrame = page.now();
  let watching = false;
  const seen = () => {
    watching = false;
    lastFrame = page.now();
  };
  return () => {
    if (!watching) watching = page.frame(seen);
    if (!watching || page.now() - lastFrame < FRAME_DUE_MS) return page.turn();
    return new Promise<void>((resolve) => {
      let done = false;
      const go = () => {
        if (!done) resolve();
        done = true;
      };
      page.frame(() => page.later(go, 0));
      page.later(go, FRAME_WAIT_CAP_MS);
    });
  };
}

/** The page's turn: see `pageTurns` (in Node, or without frames, just `scheduler.yield()` or a task). */
export const yieldToPage: () => Promise<void> = pageTurns({
  now: () => performance.now(),
  frame: (callback) => {
    if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined') return false;
    if (document.visibilityState === 'hidden') return false;
    requestAnimationFrame(() => callback());
    return true;
  },
  turn: () => {
    const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
    if (typeof scheduler?.yield === 'function') return scheduler.yield();
    return new Promise((resolve) => setTimeout(resolve, 0));
  },
  later: (callback, ms) => void setTimeout(callback, ms),
});
