/**
 * The bundled data's stories say only what the data holds: every story opens a valid view of this file, names
 * the deals it cites, and every dollar figure and month in its text matches one of those deals (with the same
 * qualifier: "up to", "more than", "about"). A data correction that makes a story untrue fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePartialDate } from '../../src/lib/data/dates.ts';
import type { AmountKind, Deal } from '../../src/lib/data/format.ts';
import { parseDealMapText } from '../../src/lib/data/parse.ts';
import { applyFilters } from '../../src/lib/filters/apply.ts';
import { cycleDeals, cycleDetails, findCycles } from '../../src/lib/graph/cycles.ts';
import { buildModel } from '../../src/lib/graph/model.ts';
import { mergedMoneyGraph } from '../../src/lib/graph/money-graph.ts';
import { resolveViewParams } from '../../src/lib/state/resolve-params.ts';
import { openStory, withStory } from '../../src/lib/state/story.ts';
import { parseViewParams } from '../../src/lib/state/url.ts';
import { DEFAULT_VIEW } from '../../src/lib/state/view-params.ts';

const text = readFileSync(new URL('../../data/ai-deals.json', import.meta.url), 'utf8');
const result = parseDealMapText(text, 'ai-deals.json');
if (!result.ok) throw new Error('the bundled data should load');
const model = buildModel(result.value);
const stories = model.map.stories;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const UNITS: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12 };
const QUALIFIERS: Record<string, AmountKind> = {
  'up to': 'upTo',
  'more than': 'atLeast',
  'at least': 'atLeast',
  about: 'estimated',
};

/** "$38 billion", "up to $100 billion", "more than $3 billion": each figure with its qualifier. */
function figures(story: string): { usd: number; kind: AmountKind; text: string }[] {
  const re = /(?:(up to|more than|at least|about) )?\$(\d+(?:\.\d+)?) (million|billion|trillion)/gi;
  return [...story.matchAll(re)].map((m) => ({
    usd: Number(m[2]) * (UNITS[(m[3] as string).toLowerCase()] ?? 1),
    kind: m[1] ? (QUALIFIERS[m[1].toLowerCase()] as AmountKind) : 'exact',
    text: m[0],
  }));
}

/** "July 2019", "Sep 2025": each month named with its year. */
function months(story: string): { year: number; month: number; text: string }[] {
  const re =
    /\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/g;
  return [...story.matchAll(re)].map((m) => ({
    year: Number(m[2]),
    month: MONTHS.indexOf((m[1] as string).toLowerCase()) + 1,
    text: m[0],
  }));
}

const sameMonth = (date: string | undefined, year: number, month: number) => {
  const d = date === undefined ? undefined : parsePartialDate(date);
  return d !== undefined && d.year === year && d.month === month;
};

test('the bundled data tells at least five stories', () => {
  expect(stories.length).toBeGreaterThanOrEqual(5);
});

describe.each(stories.map((s) => [s.id, s] as const))('story %s', (_, story) => {
  const cited = story.deals.flatMap((id) => model.map.deals.find((d) => d.id === id) ?? []);

  test('has a title and a text, and cites deals of this file', () => {
    expect(story.title).not.toBe('');
    expect(story.text ?? '').not.toBe('');
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.length).toBe(story.deals.length);
  });

  test('opens a view of this file with no ignored parameter', () => {
    const opened = withStory(openStory(DEFAULT_VIEW, story.id), model);
    expect(parseViewParams(new URLSearchParams([...story.params]).toString()).notices).toEqual([]);
    expect(resolveViewParams(opened, model).notices).toEqual([]);
    const visibility = applyFilters(model, opened);
    expect(visibility.visibleDeals.length).toBeGreaterThan(0);
  });

  test('every dollar figure in its text is a cited deal’s, with the same qualifier', () => {
    for (const figure of figures(story.text ?? '')) {
      const match = cited.some(
        (d: Deal) =>
          d.amount?.usd !== undefined &&
          Math.abs(d.amount.usd - figure.usd) <= figure.usd * 0.005 &&
          d.amount.kind === figure.kind,
      );
      expect(match, `"${figure.text}" in story ${story.id}`).toBe(true);
    }
  });

  test('every month in its text is the month of a cited deal (its date or end date)', () => {
    for (const m of months(story.text ?? '')) {
      const match = cited.some(
        (d) => sameMonth(d.date, m.year, m.month) || sameMonth(d.endDate, m.year, m.month),
      );
      expect(match, `"${m.text}" in story ${story.id}`).toBe(true);
    }
  });

  test('a cycle it highlights exists as of its date, through the deals it cites', () => {
    const opened = withStory(openStory(DEFAULT_VIEW, story.id), model);
    if (opened.cycle === undefined) return;
    const visibility = applyFilters(model, { ...opened, focus: [] });
    const include = cycleDeals(model, visibility.deals, visibility.asof);
    const merged = mergedMoneyGraph(model, include);
    const cycles = cycleDetails(model, merged, findCycles(merged.graph), include, visibility.counted);
    const cycle = cycles.find((c) => c.ids.join(',') === opened.cycle?.join(','));
    expect(cycle).toBeDefined();
    const hopDeals = new Set(cycle?.hops.flatMap((h) => h.deals.map((d) => d.deal.id)));
    for (const id of story.deals) expect(hopDeals.has(id), id).toBe(true);
  });
});

test('the figure and month readers find what a story states', () => {
  expect(figures('up to $100 billion, $38 billion and about $1.5 million')).toEqual([
    { usd: 100e9, kind: 'upTo', text: 'up to $100 billion' },
    { usd: 38e9, kind: 'exact', text: '$38 billion' },
    { usd: 1.5e6, kind: 'estimated', text: 'about $1.5 million' },
  ]);
  expect(months('in July 2019 and November 2025')).toEqual([
    { year: 2019, month: 7, text: 'July 2019' },
    { year: 2025, month: 11, text: 'November 2025' },
  ]);
});
