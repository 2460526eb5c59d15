// The benchmark's arithmetic: medians, percentiles, total blocking time and frame rates.
import { describe, expect, test } from 'vitest';
import {
  frameSummary,
  latencyP95,
  median,
  percentile,
  presentedFirstFrame,
  totalBlockingTime,
} from '../../bench/stats.ts';

describe('median and percentile', () => {
  test('median of odd and even counts, ignoring missing values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([undefined, 7, Number.NaN])).toBe(7);
    expect(median([])).toBeUndefined();
  });

  test('nearest-rank p95: the 19th of 20 values, the largest of 3', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile([10, 30, 20], 95)).toBe(30);
    expect(percentile([], 95)).toBeUndefined();
  });
});

describe('totalBlockingTime', () => {
  test('sums what exceeds 50 ms per task', () => {
    const tasks = [
      { startTime: 100, duration: 40 },
      { startTime: 200, duration: 120 },
      { startTime: 400, duration: 51 },
    ];
    expect(totalBlockingTime(tasks, 0, 10_000)).toBe(71);
  });

  test('clips tasks to the window: a 10 s task cut at the cap counts up to the cap', () => {
    const tasks = [
      { startTime: 1000, duration: 10_000 },
      { startTime: 20, duration: 100 },
    ];
    expect(totalBlockingTime(tasks, 50, 6000)).toBe(4950 + 20);
    expect(totalBlockingTime(tasks, 0, 500)).toBe(50);
  });
});

describe('frameSummary', () => {
  test('fps over the span and the p95 frame interval', () => {
    const stamps = [0, 16, 32, 48, 148, 164];
    const summary = frameSummary(stamps);
    expect(summary.fps).toBe(30.5); // 5 intervals in 164 ms
    expect(summary.p95FrameMs).toBe(100);
  });

  /** Every frame of a 60 Hz display for 3 s, with the page clock's 0.1 ms jitter starting at `phase`. */
  const vsync = (count: number, phase: number, drop?: number) => {
    const stamps: number[] = [];
    for (let k = 0; k <= count; k++)
      if (k !== drop) stamps.push(Math.round(((1000 * k) / 60 + phase) * 10) / 10);
    return stamps;
  };

  test('two subjects that draw every frame tie, whatever the clock jitter', () => {
    const a = frameSummary(vsync(180, 0.04));
    const b = frameSummary(vsync(180, 0.06));
    expect(a).toEqual(b);
    expect(a).toEqual({ fps: 60, p95FrameMs: 17 });
  });

  test('one dropped frame in 3 s still counts', () => {
    const dropped = frameSummary(vsync(180, 0.04, 90));
    expect(dropped.fps).toBe(59.7);
    expect(dropped.p95FrameMs).toBe(17);
    expect(frameSummary(vsync(180, 0.04, 90).filter((_, k) => k % 20 !== 5)).p95FrameMs).toBe(33);
  });

  test('no frame rate from fewer than two frames', () => {
    expect(frameSummary([5])).toEqual({ fps: undefined, p95FrameMs: undefined });
  });
});

describe('latencyP95', () => {
  test('to 1 ms: a tenth of a millisecond of clock is chance, a frame’s wait is not', () => {
    const next = Array.from({ length: 40 }, (_, i) => 30 + (i % 17) + (i % 3) * 0.05);
    expect(latencyP95(next)).toBe(latencyP95(next.map((t) => t + 0.1)));
    expect(latencyP95(next.map((t) => t + 16.7))).toBe((latencyP95(next) ?? 0) + 17);
    expect(latencyP95([])).toBeUndefined();
  });
});

describe('presentedFirstFrame', () => {
  test('a frame marked by script counts from its first contentful paint, when that comes later', () => {
    expect(presentedFirstFrame(81, 97)).toBe(97);
  });
  test('a mark dated at or after the paint stays as it is', () => {
    expect(presentedFirstFrame(160, 160)).toBe(160);
    expect(presentedFirstFrame(449, 172)).toBe(449);
  });
  test('without a paint entry, the mark; without a mark, nothing', () => {
    expect(presentedFirstFrame(81, undefined)).toBe(81);
    expect(presentedFirstFrame(undefined, 97)).toBeUndefined();
  });
});
