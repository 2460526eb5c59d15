import { describe, expect, test } from 'vitest';
import { patched } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel } from '../graph/model.ts';
import {
  asofAt,
  fractionOf,
  stepFraction,
  stepOf,
  timelineOf,
  yearTicks,
  type Timeline,
} from './timeline.ts';

function timeline(): Timeline {
  // The fixture's deals: Jul 2019 and 3 Nov 2025; updated 2026-11-26.
  const result = validateDealMap(patched(() => {}));
  if (!result.ok) throw new Error('fixture should load');
  const t = timelineOf(buildModel(result.value));
  if (!t) throw new Error('no timeline');
  return t;
}

describe('the as-of timeline', () => {
  test('one step per month from the first histogram period (the first deal’s year) to the update date', () => {
    const t = timeline();
    expect(t).toMatchObject({ year: 2019, month: 1, end: '2026-11-26' });
    expect(t.steps).toBe((2026 - 2019) * 12 + (11 - 1) + 1);
  });

  test('a span under four years starts at the first deal’s quarter, like the histogram', () => {
    const result = validateDealMap(patched((f) => (f.deals[1].date = '2024-08-20')));
    if (!result.ok) throw new Error('fixture should load');
    const t = timelineOf(buildModel(result.value));
    expect(t).toMatchObject({ year: 2024, month: 7 });
    expect(asofAt(t as Timeline, 0)).toBe('2024-07');
  });

  test('steps are months; the last step is the default view (no asof)', () => {
    const t = timeline();
    expect(asofAt(t, 0)).toBe('2019-01');
    expect(asofAt(t, 12)).toBe('2020-01');
    expect(asofAt(t, t.steps - 2)).toBe('2026-10');
    expect(asofAt(t, t.steps - 1)).toBeUndefined();
    expect(asofAt(t, 10_000)).toBeUndefined();
    expect(asofAt(t, -5)).toBe('2019-01');
  });

  test('an asof value falls in its month, clamped to the timeline', () => {
    const t = timeline();
    expect(stepOf(t, undefined)).toBe(t.steps - 1);
    expect(stepOf(t, '2020-01-15')).toBe(12);
    expect(stepOf(t, '2020')).toBe(12);
    expect(stepOf(t, '2001-01-01')).toBe(0);
    expect(stepOf(t, '2030')).toBe(t.steps - 1);
    expect(stepOf(t, asofAt(t, 42))).toBe(42);
  });

  test('positions along the track: dates and step cursors on one scale', () => {
    const t = timeline();
    expect(fractionOf(t, '2019-01-01')).toBe(0);
    expect(fractionOf(t, '2040')).toBe(1);
    expect(stepFraction(t, t.steps - 1)).toBe(1);
    const mid = stepFraction(t, 40);
    expect(mid).toBeGreaterThan(fractionOf(t, asofAt(t, 40) as string));
    expect(mid).toBeLessThan(fractionOf(t, asofAt(t, 41) as string) + 1e-9);
  });

  describe('labelled years', () => {
    /** A timeline from January of `first` to the end of `last`. */
    const span = (first: number, last: number): Timeline => ({
      year: first,
      month: 1,
      steps: (last - first + 1) * 12,
      end: `${last}-12-31`,
      startMs: Date.UTC(first, 0, 1),
      endMs: Date.UTC(last + 1, 0, 1) - 1,
    });
    const years = (ticks: { year: number }[]) => ticks.map((t) => t.year);
    /** The smallest distance between two neighbouring labels, px. */
    const closest = (ticks: { at: number }[], width: number) =>
      Math.min(...ticks.slice(1).map((t, i) => (t.at - ticks[i]!.at) * width));

    test('every year while they fit; each at the start of its year', () => {
      const t = span(2019, 2026);
      const ticks = yearTicks(t, 600, 36);
      expect(years(ticks)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
      expect(ticks[1]!.at).toBe(fractionOf(t, '2020'));
    });

    test('a narrow track or a long span labels every 2nd, 5th, 10th… year, never closer than asked', () => {
      const t = span(1990, 2026);
      const yearPx = (width: number) => (width * 365.2425 * 864e5) / (t.endMs - t.startMs);
      for (const [width, every, smaller] of [
        [1400, 1, 0],
        [900, 2, 1],
        [300, 5, 2],
        [150, 10, 5],
      ] as const) {
        const ticks = yearTicks(t, width, 36);
        expect(ticks.every((tick) => tick.year % every === 0)).toBe(true);
        expect(ticks[0]!.year).toBe(Math.ceil(1990 / every) * every);
        expect(ticks.at(-1)!.year).toBe(Math.floor(2026 / every) * every);
        expect(closest(ticks, width)).toBeGreaterThanOrEqual(36);
        // The next smaller step would crowd them.
        expect(smaller * yearPx(width)).toBeLessThan(36);
      }
    });

    test('a timeline starting in a later quarter labels the first whole year; before any width, every 2nd year past 12', () => {
      expect(years(yearTicks({ ...span(2024, 2026), month: 7 }, 500, 36))).toEqual([2025, 2026]);
      expect(years(yearTicks(span(2010, 2026), 0, 36))).toEqual([
        2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026,
      ]);
      expect(years(yearTicks(span(2019, 2026), 0, 36))).toHaveLength(8);
    });
  });
});
