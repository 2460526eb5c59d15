/**
 * The as-of timeline: one step per month from the start of the deal histogram's first period (the year, or the
 * quarter, of the earliest deal) to the data's update date (the default "as of"), so the time control's slider
 * and the histogram above it share one axis. Pure; the time control (TimeControl.svelte) uses it.
 *
 * Step i < last is the month `YYYY-MM` (as of its last day); the last step is the update date itself, which the
 * URL writes as no `asof` at all (the default view).
 */
import { endOf, startOf } from '../data/dates.ts';
import type { GraphModel } from '../graph/model.ts';
import { bucketSizeFor } from './histogram.ts';

export interface Timeline {
  /** First month, as year and month (1–12). */
  readonly year: number;
  readonly month: number;
  /** Number of steps (months, the last ending on `end`). */
  readonly steps: number;
  /** The last step's date: the data's update date (or the latest deal's month). */
  readonly end: string;
  /** First and last millisecond the timeline covers. */
  readonly startMs: number;
  readonly endMs: number;
}

export function timelineOf(model: GraphModel): Timeline | undefined {
  if (!model.extent) return undefined;
  const first = new Date(model.extent[0]);
  const year = first.getUTCFullYear();
  const month = bucketSizeFor(model) === 'year' ? 1 : Math.floor(first.getUTCMonth() / 3) * 3 + 1;
  const end = model.map.meta.updated ?? monthText(new Date(model.extent[1]));
  const last = new Date(startOf(end) ?? model.extent[1]);
  const steps = Math.max(1, (last.getUTCFullYear() - year) * 12 + last.getUTCMonth() + 1 - month + 1);
  return {
    year,
    month,
    steps,
    end,
    startMs: Date.UTC(year, month - 1, 1),
    endMs: endOf(end) ?? model.extent[1],
  };
}

/** The `asof` value of step i: a month, or undefined (the default) for the last step. */
export function asofAt(timeline: Timeline, step: number): string | undefined {
  const i = Math.min(Math.max(0, Math.round(step)), timeline.steps - 1);
  if (i === timeline.steps - 1) return undefined;
  return monthText(new Date(Date.UTC(timeline.year, timeline.month - 1 + i, 1)));
}

/** The step an `asof` value falls in (its month), clamped to the timeline; the last step when undefined. */
export function stepOf(timeline: Timeline, asof: string | undefined): number {
  const t = startOf(asof);
  if (t === undefined) return timeline.steps - 1;
  const d = new Date(t);
  const i = (d.getUTCFullYear() - timeline.year) * 12 + d.getUTCMonth() + 1 - timeline.month;
  return Math.min(Math.max(0, i), timeline.steps - 1);
}

/** Where a date sits along the timeline, from 0 (its start) to 1 (its end). */
export function fractionOf(timeline: Timeline, date: string): number {
  const t = startOf(date) ?? timeline.startMs;
  const span = timeline.endMs - timeline.startMs || 1;
  return Math.min(1, Math.max(0, (t - timeline.startMs) / span));
}

/** The position of step i's cursor: the end of its month, on the same scale as `fractionOf`. */
export function stepFraction(timeline: Timeline, step: number): number {
  const asof = asofAt(timeline, step);
  if (asof === undefined) return 1;
  const span = timeline.endMs - timeline.startMs || 1;
  return Math.min(1, ((endOf(asof) ?? timeline.endMs) - timeline.startMs) / span);
}

function monthText(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A year labelled under the timeline, and where it sits (as `fractionOf`). */
export interface YearTick {
  readonly year: number;
  readonly at: number;
}

/** The steps between labelled years, smallest first: every year, then every 2nd, 5th, 10th… */
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/**
 * The years to label under a timeline `width` px wide, each at least `spacing` px from the next: every year
 * when they fit, else every 2nd, 5th, 10th… year (the multiples of that step, so 2010, 2020, not 2013, 2023).
 * A year is labelled where it starts, so the first is the first whole year on the timeline. Before the
 * timeline has a width (0), a span of over 12 years labels every 2nd year.
 */
export function yearTicks(timeline: Timeline, width: number, spacing: number): YearTick[] {
  const first = timeline.year + (timeline.month > 1 ? 1 : 0);
  const last = Number(timeline.end.slice(0, 4));
  const yearMs = 365.2425 * 24 * 3600 * 1000;
  const perYear = (width * yearMs) / (timeline.endMs - timeline.startMs || 1);
  const every =
    width > 0
      ? (YEAR_STEPS.find((step) => step * perYear >= spacing) ?? YEAR_STEPS[YEAR_STEPS.length - 1]!)
      : last - first > 12
        ? 2
        : 1;
  const ticks: YearTick[] = [];
  for (let year = Math.ceil(first / every) * every; year <= last; year += every)
    ticks.push({ year, at: fractionOf(timeline, String(year)) });
  return ticks;
}
