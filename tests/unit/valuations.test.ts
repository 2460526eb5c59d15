/**
 * Valuations in the bundled data are never invented: each cites the source of a deal of the same company in the
 * same file, that deal's own text states the figure, and the valuation is dated on or before the edition.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDealMapText } from '../../src/lib/data/parse.ts';
import { sourcesOf } from '../../src/lib/data/sources.ts';

const text = readFileSync(new URL('../../data/ai-deals.json', import.meta.url), 'utf8');
const result = parseDealMapText(text, 'ai-deals.json');
if (!result.ok) throw new Error('the bundled data should load');
const map = result.value;

/** "$157B", "$157 billion", "$61.5B", "$1.25 trillion": the ways a figure in billions or trillions is written. */
function figureForms(usd: number): string[] {
  const billions = usd / 1e9;
  const forms = [`$${billions}B`, `$${billions} billion`];
  if (usd >= 1e12) forms.push(`$${usd / 1e12}T`, `$${usd / 1e12} trillion`);
  return forms;
}

describe('valuations of the bundled data', () => {
  const valued = map.companies.filter((c) => (c.valuations ?? []).length > 0);

  test('some companies carry valuations', () => {
    expect(valued.length).toBeGreaterThan(0);
  });

  for (const company of valued) {
    for (const valuation of company.valuations ?? []) {
      test(`${company.id} ${valuation.date}: cited by a deal of ${company.id} whose text states the figure`, () => {
        const deals = map.deals.filter(
          (d) =>
            (d.from === company.id || d.to === company.id) &&
            sourcesOf(d).some((s) => s.url === valuation.source.url),
        );
        expect(deals.map((d) => d.id)).not.toEqual([]);
        const stated = deals.some((d) => {
          const words = [d.summary, d.notes, d.amount?.text, ...sourcesOf(d).map((s) => s.note)].join(' ');
          return figureForms(valuation.usd).some((form) => words.includes(form));
        });
        expect(stated).toBe(true);
        expect(valuation.date <= (map.meta.updated ?? '')).toBe(true);
      });
    }
  }
});
