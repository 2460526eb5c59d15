import { describe, expect, test } from 'vitest';
import { patched } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel } from '../graph/model.ts';
import { asofAt, fractionOf, stepFraction, stepOf, timelineOf, type Timeline } from './timeline.ts';

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
});
