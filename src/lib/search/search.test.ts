import { describe, expect, test } from 'vitest';
import { frozenEdition } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel, type GraphModel } from '../graph/model.ts';
import { normalizeForSearch, searchCompanies } from './search.ts';

function edition(): GraphModel {
  const result = validateDealMap(frozenEdition());
  if (!result.ok) throw new Error('the frozen edition should load');
  return buildModel(result.value);
}

describe('searchCompanies on the frozen 2026-11-26 edition', () => {
  const model = edition();
  const ids = (query: string, limit?: number) => searchCompanies(model, query, limit).map((h) => h.id);

  test('exact names come first', () => {
    expect(ids('openai')[0]).toBe('openai');
    expect(ids('OpenAI')[0]).toBe('openai');
    expect(ids('  OPENAI ')[0]).toBe('openai');
  });

  test('aliases find their company and say which alias matched', () => {
    expect(searchCompanies(model, 'azure')[0]).toMatchObject({ id: 'microsoft', matched: 'Azure' });
    expect(searchCompanies(model, 'alphabet')[0]).toMatchObject({ id: 'google', matched: 'Alphabet' });
    expect(searchCompanies(model, 'OCI')[0]).toMatchObject({ id: 'oracle', matched: 'OCI' });
    expect(ids('aws')[0]).toBe('aws');
    expect(ids('a16z')[0]).toBe('andreessen-horowitz');
  });

  test('prefixes rank above word prefixes and substrings', () => {
    expect(ids('nv')[0]).toBe('nvidia');
    // "AI Infrastructure Partnership" starts with "ai"; "Mistral AI" has a word starting with it; "OpenAI" only
    // contains it.
    const ai = ids('ai', 20);
    expect(ai[0]).toBe('aip');
    expect(ai.indexOf('mistral')).toBeLessThan(ai.indexOf('openai'));
    expect(ai.indexOf('scale-ai')).toBeLessThan(ai.indexOf('openai'));
    // Word prefixes of aliases: "Oracle Cloud Infrastructure", "Google Cloud".
    expect(ids('cloud').toSorted()).toEqual(['google-cloud', 'oracle']);
  });

  test('a name match reports the name; an id match reports the name too', () => {
    expect(searchCompanies(model, 'nvid')[0]).toMatchObject({
      id: 'nvidia',
      name: 'Nvidia',
      matched: 'Nvidia',
    });
    expect(searchCompanies(model, 'blue-owl')[0]).toMatchObject({ id: 'blue-owl', matched: 'Blue Owl' });
  });

  test('ignores spaces and punctuation when the plain text does not match', () => {
    expect(ids('huggingface')[0]).toBe('hugging-face');
    expect(ids('character ai')[0]).toBe('character-ai');
  });

  test('empty queries and the limit', () => {
    expect(searchCompanies(model, '')).toEqual([]);
    expect(searchCompanies(model, '   ')).toEqual([]);
    expect(searchCompanies(model, 'a')).toHaveLength(8);
    expect(searchCompanies(model, 'a', 3)).toHaveLength(3);
    expect(searchCompanies(model, 'a', 0)).toEqual([]);
  });

  test('no match, and characters that would be special in a RegExp', () => {
    expect(searchCompanies(model, 'zzzz')).toEqual([]);
    expect(() => searchCompanies(model, '(.*[')).not.toThrow();
    expect(searchCompanies(model, '.*')).toEqual([]);
  });

  test('within a rank, companies with more deals come first', () => {
    const hits = searchCompanies(model, 'a', 50);
    const prefix = hits.filter((h) => normalizeForSearch(h.matched).startsWith('a'));
    const counts = prefix.map((h) => model.dealCount[h.index] ?? 0);
    expect(counts).toEqual(counts.toSorted((x, y) => y - x));
  });
});

describe('normalizeForSearch', () => {
  test('folds case, accents and compatibility forms', () => {
    expect(normalizeForSearch('Café  Société')).toBe('cafe societe');
    expect(normalizeForSearch('ＡＩ')).toBe('ai');
    expect(normalizeForSearch('Ångström')).toBe('angstrom');
  });
});
