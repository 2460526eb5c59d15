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

/** The page's turn: `scheduler.yield()` where the browser has it (the work resumes ahead of other tasks). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
