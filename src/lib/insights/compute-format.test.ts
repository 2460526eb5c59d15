import { describe, expect, test } from 'vitest';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS } from '../filters/types.ts';
import { arrivals, commitmentAmount, commitmentNotes, rowAmount, segmentDeal } from './compute-format.ts';
import { buyerRows, type ComputeRow } from './compute.ts';
import { computeFixture } from './compute.test-helper.ts';

const m = computeFixture();
const rows = buyerRows(m, applyFilters(m, NO_FILTERS));
const row = (id: string) => rows.find((r) => m.companies[r.company]?.id === id) as ComputeRow;
const seg = (r: ComputeRow, id: string) =>
  r.segments.find((s) => m.companies[s.company]?.id === id) as ComputeRow['segments'][number];

describe('compute wording', () => {
  test('a single qualified figure keeps its qualifier; sums and rates say what they are', () => {
    const openai = row('openai');
    expect(commitmentAmount(seg(openai, 'oracle'))).toBe('more than $300B');
    expect(commitmentAmount(seg(openai, 'amazon'))).toBe('$138B');
    expect(commitmentAmount(seg(openai, 'coreweave'))).toBe('$15.9B');
    expect(commitmentNotes(seg(openai, 'coreweave'))).toContain('includes “up to” figures');
    expect(commitmentAmount(seg(openai, 'google'))).toBe('$1B/yr');
    expect(commitmentAmount(seg(openai, 'microsoft'))).toBe('Undisclosed');
    expect(commitmentAmount(seg(row('xai'), 'oracle'))).toBe('Ended');
    expect(commitmentNotes(seg(row('xai'), 'oracle'))).toEqual(['1 ended']);
    expect(commitmentNotes(seg(openai, 'oracle'))).toEqual(['1 undisclosed', '4.5 GW']);
  });

  test('row totals add undisclosed deals as a count', () => {
    expect(rowAmount(row('openai'))).toBe('$454B + $1B/yr + 2 undisclosed');
    expect(rowAmount(row('xai'))).toBe('1 undisclosed');
  });

  test('a segment opens its largest counted deal; arrivals list providers by first deal', () => {
    expect(segmentDeal(m, seg(row('openai'), 'amazon'))).toBe('o-amazon');
    expect(segmentDeal(m, seg(row('openai'), 'microsoft'))).toBe('o-msft');
    expect(segmentDeal(m, seg(row('xai'), 'oracle'))).toBe('x-oracle');
    expect(arrivals(m, row('openai'))).toBe(
      'microsoft 22 Jul 2019 → oracle Jun 2024 → coreweave 10 Mar 2025 → google 10 Jun 2025 → amazon 3 Nov 2025',
    );
  });
});
