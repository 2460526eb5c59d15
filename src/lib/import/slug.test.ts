import { describe, expect, test } from 'vitest';
import { IdAllocator, isCompanyId, matchKey, slugify } from './slug.ts';

describe('slugify', () => {
  test.each([
    ['OpenAI', 'openai'],
    ['Société Générale', 'societe-generale'],
    ['Blåbær Capital', 'blabaer-capital'],
    ['Straße & Co.', 'strasse-co'],
    ['Mlle.Baptistine', 'mlle-baptistine'],
    ['  --Lumière   Labs!!  ', 'lumiere-labs'],
    ['Łódź AI', 'lodz-ai'],
    ['<b>Acme</b>', 'b-acme-b'],
    ['=cmd|calc', 'cmd-calc'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['2001: A Space Odyssey', '2001-a-space-odyssey'],
    ['北京', ''],
    ['', ''],
  ])('%j → %j', (input, slug) => {
    expect(slugify(input)).toBe(slug);
    if (slug !== '') expect(isCompanyId(slug)).toBe(true);
  });

  test('at most 120 characters, never ending in a hyphen', () => {
    const slug = slugify(`${'a'.repeat(119)} b`);
    expect(slug).toBe('a'.repeat(119));
    expect(slugify('word '.repeat(10_000)).length).toBeLessThanOrEqual(120);
    expect(isCompanyId(slugify('word '.repeat(10_000)))).toBe(true);
  });
});

describe('IdAllocator', () => {
  test('collisions get -2, -3… and numbered ids start at -1', () => {
    const ids = new IdAllocator();
    expect(ids.allocate('acme')).toBe('acme');
    expect(ids.allocate('acme')).toBe('acme-2');
    expect(ids.allocate('acme')).toBe('acme-3');
    expect(ids.reserve('acme-3')).toBe(false);
    expect(ids.numbered('a-b-2025')).toBe('a-b-2025-1');
    expect(ids.numbered('a-b-2025')).toBe('a-b-2025-2');
  });

  test('a suffixed id stays within the length limit', () => {
    const ids = new IdAllocator();
    const long = 'x'.repeat(120);
    ids.allocate(long);
    const second = ids.allocate(long);
    expect(second).toBe(`${'x'.repeat(118)}-2`);
    expect(isCompanyId(second)).toBe(true);
  });

  test('many equal bases stay fast', () => {
    const ids = new IdAllocator();
    for (let i = 0; i < 20_000; i++) ids.numbered('a-b');
    expect(ids.has('a-b-20000')).toBe(true);
  });
});

test('matchKey ignores case and extra spaces', () => {
  expect(matchKey('  Lumière   LABS ')).toBe('lumière labs');
  expect(matchKey('Lumie\u0300re')).toBe(matchKey('Lumière'));
});
