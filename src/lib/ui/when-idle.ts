/**
 * Work the page may do ahead of need (a kept picture, labels for the camera at rest, an index), run when the
 * page is idle. An idle period ends where the next frame begins (~15 ms while anything animates), and a task
 * that overruns it delays that frame: so the task waits for an idle period with at least `needMs` left, or
 * runs at `timeoutMs` at the latest. Returns a function that cancels it. Where the browser has no
 * requestIdleCallback the task never runs: it only saves work that would otherwise be done when needed.
 */
/**
 * The idle time the map's ahead-of-need tasks ask for: about what one costs at 1,000 companies (labels at rest,
 * the kept picture: 4–15 ms in profiles), and less than the ~15 ms idle periods between animation frames.
 */
export const IDLE_NEED_MS = 12;

export interface IdleScheduler {
  requestIdleCallback(callback: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
  cancelIdleCallback(handle: number): void;
  now(): number;
}

const browser: IdleScheduler | null =
  typeof requestIdleCallback === 'function'
    ? {
        requestIdleCallback: (callback, options) => requestIdleCallback(callback, options),
        cancelIdleCallback: (handle) => cancelIdleCallback(handle),
        now: () => performance.now(),
      }
    : null;

export function whenIdle(
  task: () => void,
  needMs: number,
  timeoutMs: number,
  scheduler: IdleScheduler | null = browser,
): () => void {
  if (!scheduler) return () => {};
  const by = scheduler.now() + timeoutMs;
  let handle = 0;
  const attempt = (deadline: IdleDeadline): void => {
    if (deadline.didTimeout || deadline.timeRemaining() >= needMs || scheduler.now() >= by) {
      handle = 0;
      task();
      return;
    }
    handle = scheduler.requestIdleCallback(attempt, { timeout: Math.max(1, by - scheduler.now()) });
  };
  handle = scheduler.requestIdleCallback(attempt, { timeout: timeoutMs });
  return () => {
    if (handle) scheduler.cancelIdleCallback(handle);
    handle = 0;
  };
}
