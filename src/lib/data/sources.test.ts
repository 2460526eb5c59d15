import { describe, expect, test } from 'vitest';
import { dealsCsv } from '../export/deals-csv.ts';
import { dealsJson } from '../export/deals-json.ts';
import { viewOf } from '../export/test-fixtures.ts';
import { NONE } from './compact.ts';
import type { Source } from './format.ts';
import { sourceCount, sourcesOf, storedSources } from './sources.ts';
import { minimalFile } from './test-fixtures.ts';
import { validateDealMap } from './validate.ts';

const A: Source = { url: 'https://example.com/a', publisher: 'A' };
const B: Source = { url: 'https://example.com/b' };

/** The minimal file with a third deal of two sources and a fourth of none. */
function fileWithSourceCounts(): Record<string, unknown> {
  const file = minimalFile() as { deals: Record<string, unknown>[] };
  const [first] = file.deals as [Record<string, unknown>];
  file.deals.push(
    // Co-parties come after the sources among a deal's fields.
    {
      ...first,
      id: 'two-sources',
      sources: [A, { ...B, date: '2025-11-04' }],
      coParties: [{ name: 'SoftBank' }],
    },
    { ...first, id: 'unsourced', sources: [] },
  );
  return file;
}

describe('stored sources', () => {
  test('one source is stored as itself, none as the shared empty list, more as an exact list', () => {
    expect(storedSources([A])).toBe(A);
    expect(storedSources([])).toBe(NONE);
    const list = [A, B];
    const kept = storedSources(list);
    expect(kept).not.toBe(list);
    expect(kept).toEqual([A, B]);
  });

  test('read back as the same list, in order, with their count', () => {
    for (const list of [[], [A], [A, B], [B, A, B]]) {
      const deal = { sources: storedSources(list) };
      expect(sourcesOf(deal)).toEqual(list);
      expect(sourceCount(deal)).toBe(list.length);
    }
  });

  test('validated deals hold a lone source itself, and read back every source field', () => {
    const result = validateDealMap(fileWithSourceCounts());
    if (!result.ok) throw new Error('expected the fixture to load');
    const byId = new Map(result.value.deals.map((d) => [d.id, d]));
    const one = byId.get('openai-aws-2025-compute');
    if (!one) throw new Error('the first deal should load');
    expect(Array.isArray(one.sources)).toBe(false);
    expect(sourcesOf(one)).toEqual([
      { url: 'https://example.com/openai-aws', publisher: 'Example News', date: '2025-11-03' },
    ]);
    const two = byId.get('two-sources');
    expect(two && sourcesOf(two)).toEqual([A, { ...B, date: '2025-11-04' }]);
    expect(byId.get('unsourced')?.sources).toBe(NONE);
    // Counted as before: one deal without a source.
    expect(result.issues.map((i) => i.message)).toContain(
      '1 deal has no source and will be marked "unsourced".',
    );
  });

  test('the JSON export writes every deal’s sources as a list, in its place among the fields', () => {
    const view = viewOf(fileWithSourceCounts());
    const file = JSON.parse(dealsJson(view.model, view.visibility)) as {
      deals: { id: string; sources: unknown }[];
    };
    const byId = new Map(file.deals.map((d) => [d.id, d]));
    expect(byId.get('openai-aws-2025-compute')?.sources).toEqual([
      { url: 'https://example.com/openai-aws', publisher: 'Example News', date: '2025-11-03' },
    ]);
    expect(byId.get('two-sources')?.sources).toEqual([A, { ...B, date: '2025-11-04' }]);
    expect(byId.get('unsourced')?.sources).toEqual([]);
    for (const deal of view.model.map.deals)
      expect(Object.keys(byId.get(deal.id) ?? {})).toEqual(Object.keys(deal));
  });

  test('the CSV export lists every source of a deal', () => {
    const view = viewOf(fileWithSourceCounts());
    const text = dealsCsv(view.model, view.visibility);
    expect(text).toContain('https://example.com/a | https://example.com/b,A | , | 2025-11-04');
    expect(text).toContain('https://example.com/openai-aws,Example News,2025-11-03');
  });
});
