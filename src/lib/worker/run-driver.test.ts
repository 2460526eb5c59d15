import { describe, expect, test } from 'vitest';
import { RunDriver, type Schedule, type Stepper } from './run-driver.ts';

/** A run of `total` steps whose frame is the step count; slices are queued, run by `slices(n)`. */
function setup(total: number, perSlice = 1) {
  let done = 0;
  const stepper: Stepper<{ step: number; done: boolean }> = {
    advance() {
      done = Math.min(total, done + perSlice);
      return done >= total;
    },
    frame: () => ({ step: done, done: done >= total }),
  };
  const queue: (() => void)[] = [];
  const schedule: Schedule = (task) => {
    queue.push(task);
    return () => queue.splice(queue.indexOf(task), 1);
  };
  const frames: { step: number; done: boolean }[] = [];
  const errors: unknown[] = [];
  const driver = new RunDriver(stepper, (frame) => frames.push(frame), {
    sliceMs: 8,
    schedule,
    fail: (error) => errors.push(error),
  });
  const slices = (n: number) => {
    for (let k = 0; k < n && queue.length > 0; k++) queue.shift()?.();
  };
  return { driver, frames, queue, slices, errors, steps: () => done };
}

describe('RunDriver', () => {
  test('sends the first frame at once, then at most one frame in flight while it keeps running', () => {
    const { driver, frames, slices, steps } = setup(100);
    driver.start();
    expect(frames).toEqual([{ step: 0, done: false }]);
    slices(5);
    expect(steps()).toBe(5);
    expect(frames).toHaveLength(1);
    driver.ack();
    expect(frames.at(-1)).toEqual({ step: 5, done: false });
    driver.ack();
    // Nothing new since the last frame: nothing to send until the next slice, which sends at once.
    expect(frames).toHaveLength(2);
    slices(1);
    expect(frames.at(-1)).toEqual({ step: 6, done: false });
  });

  test('the last frame says done, and goes out once the previous one is drawn', () => {
    const { driver, frames, slices, queue } = setup(3);
    driver.start();
    slices(10);
    expect(queue).toHaveLength(0);
    expect(frames).toHaveLength(1);
    driver.ack();
    expect(frames.at(-1)).toEqual({ step: 3, done: true });
    expect(driver.done).toBe(true);
  });

  test('stop pauses the run (the latest state still goes out), resume continues it', () => {
    const { driver, frames, slices, queue, steps } = setup(100);
    driver.start();
    slices(2);
    driver.stop();
    expect(queue).toHaveLength(0);
    driver.ack();
    expect(frames.at(-1)).toEqual({ step: 2, done: false });
    driver.ack();
    slices(5);
    expect(steps()).toBe(2);
    driver.resume();
    slices(3);
    expect(steps()).toBe(5);
  });

  test('dispose ends it for good: no slice, no frame, no resume', () => {
    const { driver, frames, slices, queue, steps } = setup(100);
    driver.start();
    slices(1);
    driver.dispose();
    driver.ack();
    driver.resume();
    slices(5);
    expect(queue).toHaveLength(0);
    expect(steps()).toBe(1);
    expect(frames).toHaveLength(1);
  });

  test('a run that throws ends and reports the error', () => {
    const frames: unknown[] = [];
    const errors: unknown[] = [];
    const queue: (() => void)[] = [];
    const driver = new RunDriver(
      {
        advance: () => {
          throw new Error('broken');
        },
        frame: () => 'frame',
      },
      (frame) => frames.push(frame),
      { sliceMs: 8, schedule: (task) => (queue.push(task), () => {}), fail: (e) => errors.push(e) },
    );
    driver.start();
    queue.shift()?.();
    expect(errors).toEqual([new Error('broken')]);
    expect(queue).toHaveLength(0);
  });
});
