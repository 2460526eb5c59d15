import { describe, expect, test } from 'vitest';
import { whenIdle, type IdleScheduler } from './when-idle.ts';

/** A scheduler whose idle periods the test hands out one by one. */
function fakeScheduler() {
  let clock = 0;
  let next = 1;
  const pending = new Map<number, { callback: (deadline: IdleDeadline) => void; timeout: number }>();
  const scheduler: IdleScheduler = {
    requestIdleCallback: (callback, options) => {
      pending.set(next, { callback, timeout: options?.timeout ?? Infinity });
      return next++;
    },
    cancelIdleCallback: (handle) => void pending.delete(handle),
    now: () => clock,
  };
  /** One idle period with `left` ms in it, at `at` ms. */
  const idle = (at: number, left: number, timedOut = false) => {
    clock = at;
    const due = [...pending];
    pending.clear();
    for (const [, { callback }] of due)
      callback({ didTimeout: timedOut, timeRemaining: () => left } as IdleDeadline);
  };
  return { scheduler, idle, pending };
}

describe('whenIdle', () => {
  test('waits for an idle period long enough for the task', () => {
    const { scheduler, idle } = fakeScheduler();
    let runs = 0;
    whenIdle(() => runs++, 12, 2000, scheduler);
    idle(10, 4);
    idle(30, 11.9);
    expect(runs).toBe(0);
    idle(50, 14);
    expect(runs).toBe(1);
    idle(70, 16);
    expect(runs).toBe(1);
  });

  test('runs at the timeout even when no idle period is long enough', () => {
    const { scheduler, idle } = fakeScheduler();
    let runs = 0;
    whenIdle(() => runs++, 12, 100, scheduler);
    idle(50, 3);
    expect(runs).toBe(0);
    idle(100, 3);
    expect(runs).toBe(1);
  });

  test('asks again with what is left of the timeout', () => {
    const { scheduler, idle, pending } = fakeScheduler();
    whenIdle(() => {}, 12, 100, scheduler);
    idle(40, 3);
    expect([...pending.values()].map((p) => p.timeout)).toEqual([60]);
  });

  test('a browser timeout runs the task', () => {
    const { scheduler, idle } = fakeScheduler();
    let runs = 0;
    whenIdle(() => runs++, 12, 100, scheduler);
    idle(5, 0, true);
    expect(runs).toBe(1);
  });

  test('cancelled, it never runs', () => {
    const { scheduler, idle, pending } = fakeScheduler();
    let runs = 0;
    const cancel = whenIdle(() => runs++, 12, 100, scheduler);
    idle(10, 3);
    cancel();
    expect(pending.size).toBe(0);
    idle(200, 50, true);
    expect(runs).toBe(0);
  });

  test('without requestIdleCallback nothing runs and cancelling is harmless', () => {
    let runs = 0;
    const cancel = whenIdle(() => runs++, 12, 100, null);
    cancel();
    expect(runs).toBe(0);
  });
});
