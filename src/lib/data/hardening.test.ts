/**
 * Regression tests for problems the hostile-file corpus (tests/fixtures/bad) exposed in the validator:
 * raw bidi/control characters in messages, a cut surrogate pair, a quadratic regex, unbounded "did you mean"
 * work, and "-$0" amounts.
 */
import { describe, expect, test } from 'vitest';
import { quote } from './issues.ts';
import { looksLikeCsv, parseDealMapText } from './parse.ts';
import { Suggestions } from './suggest.ts';
import { validateDealMap } from './validate.ts';

const RAW_UNSAFE =
  // eslint-disable-next-line no-control-regex -- looking for exactly these characters
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const two = (extra: Record<string, unknown> = {}) => ({
  companies: [
    { id: 'a', name: 'A', category: 'other', ...extra },
    { id: 'b', name: 'B', category: 'other' },
  ],
  deals: [],
});

describe('messages never carry raw control, bidi or half characters', () => {
  test('quote escapes bidi marks, separators and lone surrogates, and never cuts a pair', () => {
    expect(quote('a\u061cb\u2028c\u2029d')).toBe('"a\\u061cb\\u2028c\\u2029d"');
    expect(quote('x\ud800y\udc00')).toBe('"x\\ud800y\\udc00"');
    expect(quote('😀')).toBe('"😀"');
    // 56 characters, then emoji: the cut at 57 would fall inside the first pair.
    const long = `${'a'.repeat(56)}${'😀'.repeat(5)}`;
    const shown = quote(long);
    expect(shown).toBe(`"${'a'.repeat(56)}…"`);
    expect(RAW_UNSAFE.test(shown)).toBe(false);
    expect(() => encodeURIComponent(shown)).not.toThrow();
  });

  test('an unknown field name is escaped in the notice', () => {
    const result = validateDealMap(two({ '\u202Eevil\u0000': 1 }));
    const notice = result.issues.find((i) => /unknown field/.test(i.message))?.message ?? '';
    expect(notice).toBe('1 unknown field was ignored (the first: companies[0]["\\u202eevil\\u0000"]).');
    for (const issue of result.issues) expect(RAW_UNSAFE.test(issue.message)).toBe(false);
  });

  test('unknown top-level and meta fields are counted and named', () => {
    const topLevel = JSON.parse('{"__proto__": {"polluted": 1}, "nodes": 1, "companies": [], "deals": []}');
    topLevel.companies = two().companies;
    const result = validateDealMap(topLevel);
    expect(result.issues.map((i) => i.message)).toContain(
      '2 unknown fields were ignored (the first: __proto__).',
    );
    const meta = validateDealMap({ ...two(), meta: { title: 'T', editor: 'me' } });
    expect(meta.issues.map((i) => i.message)).toContain(
      '1 unknown field was ignored (the first: meta.editor).',
    );
  });
});

describe('the CSV hint is linear', () => {
  test('a long single-line file is answered at once', () => {
    const text = 'a,'.repeat(500_000);
    const started = performance.now();
    const result = parseDealMapText(text, 'one-line.csv');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toMatch(/not valid JSON/);
  });

  test('LF, CRLF and old-Mac CR line ends all get the hint; JSON-looking text does not', () => {
    expect(looksLikeCsv('from,to\nopenai,aws\n')).toBe(true);
    expect(looksLikeCsv('from,to\r\nopenai,aws\r\n')).toBe(true);
    expect(looksLikeCsv('from,to\ropenai,aws\r')).toBe(true);
    expect(looksLikeCsv('from,to')).toBe(false);
    expect(looksLikeCsv('{"a": 1,\n}')).toBe(false);
    expect(looksLikeCsv('x [1,\n2]')).toBe(false);
    expect(looksLikeCsv('just text\nand, more')).toBe(false);
  });
});

describe('"did you mean" work is bounded', () => {
  test('answers are cached per kind and word; past the budget there is no suggestion', () => {
    const ids = new Set(['openai', 'anthropic']);
    const suggestions = new Suggestions(4);
    expect(suggestions.closest('anthropc', 'company', ids)).toBe('anthropic');
    expect(suggestions.closest('anthropc', 'company', ids)).toBe('anthropic'); // cached, free
    expect(suggestions.closest('opena', 'company', ids)).toBe('openai');
    expect(suggestions.closest('opnai', 'company', ids)).toBeUndefined(); // budget spent
  });

  test('20,000 companies and 3,000 near-miss deal ends validate in seconds, not minutes', () => {
    const companies = Array.from({ length: 20_000 }, (_, i) => ({
      id: `company-${i}`,
      name: `Company ${i}`,
      category: 'other',
    }));
    const deals = Array.from({ length: 3_000 }, (_, i) => ({
      id: `deal-${i}`,
      from: `compny-${i}`,
      to: 'company-1',
      type: 'compute',
      status: 'announced',
    }));
    const started = performance.now();
    const result = validateDealMap({ companies, deals });
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(10_000); // was about 3 minutes
    expect(result.ok).toBe(true);
    const dangling = result.issues.filter((i) => /is not a company id/.test(i.message));
    expect(dangling).toHaveLength(3_000);
    expect(dangling[0]?.message).toBe(
      '"compny-0" is not a company id (did you mean "company-0"?) — this deal was skipped',
    );
  });
});

test('an amount of -0 is stored as 0 (it would show as "-$0")', () => {
  const text =
    '{"companies": [{"id": "a", "name": "A", "category": "other"}, {"id": "b", "name": "B", "category": "other"}],' +
    ' "deals": [{"id": "d", "from": "a", "to": "b", "type": "compute", "status": "announced", "amount": {"value": -0}},' +
    ' {"id": "e", "from": "a", "to": "b", "type": "compute", "status": "announced", "amount": {"value": 5, "currency": "EUR", "usd": -0}}]}';
  const result = parseDealMapText(text, 'zero.json');
  if (!result.ok) throw new Error('expected the file to load');
  expect(Object.is(result.value.deals[0]?.amount?.value, 0)).toBe(true);
  expect(Object.is(result.value.deals[0]?.amount?.usd, 0)).toBe(true);
  expect(Object.is(result.value.deals[1]?.amount?.usd, 0)).toBe(true);
});

test('huge finite layout coordinates are ignored (centring them overflowed to Infinity and NaN)', () => {
  const result = validateDealMap({
    ...two(),
    layout: { a: [1e308, 1e308], b: [-1_000_000, 1_000_000] },
  });
  if (!result.ok) throw new Error('expected the file to load');
  expect([...result.value.layout]).toEqual([['b', { x: -1_000_000, y: 1_000_000 }]]);
  expect(result.issues.map((i) => `${i.path}: ${i.message}`)).toContain(
    'layout.a: should be a position within ±1,000,000; it was ignored',
  );
});
