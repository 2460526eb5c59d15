/**
 * Scale at the documented limits: a generated file of 20,000 companies and 60,000 deals validates with no
 * warning and builds a model; one company or deal more, or one byte over 50 MB, is refused at once.
 * Times are printed, not asserted tightly (CI machines vary); the ceilings are sanity bounds only.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { generateLargeGraph } from '../../scripts/generate-large-graph.ts';
import { MAX_FILE_BYTES, parseDealMapText } from '../../src/lib/data/parse.ts';
import {
  MAX_COMPANIES,
  MAX_DEALS,
  validateDealMap,
  type ValidationResult,
} from '../../src/lib/data/validate.ts';
import { buildModel } from '../../src/lib/graph/model.ts';

const CEILING_MS = 30_000;

function timed<T>(label: string, run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  console.log(`${label}: ${Math.round(ms)} ms`);
  return { value, ms };
}

const errors = (result: ValidationResult) =>
  result.issues.filter((i) => i.severity === 'error').map((i) => `${i.path}: ${i.message}`);

describe('20,000 companies and 60,000 deals', () => {
  let text: string;
  let result: ValidationResult;
  let validateMs: number;

  beforeAll(() => {
    text = JSON.stringify(generateLargeGraph({ companies: MAX_COMPANIES, deals: MAX_DEALS }));
    console.log(`generated file: ${(text.length / 1024 / 1024).toFixed(1)} MB`);
    ({ value: result, ms: validateMs } = timed('parse and validate 20k/60k', () =>
      parseDealMapText(text, 'large.json'),
    ));
  }, CEILING_MS * 2);

  test('validates with no warning, every item kept', () => {
    expect(validateMs).toBeLessThan(CEILING_MS);
    const problems = result.issues.filter((i) => i.severity !== 'notice');
    expect(problems.slice(0, 5)).toEqual([]);
    if (!result.ok) throw new Error('refused');
    expect(result.value.companies).toHaveLength(MAX_COMPANIES);
    expect(result.value.deals).toHaveLength(MAX_DEALS);
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
  });

  test(
    'builds a model',
    () => {
      if (!result.ok) throw new Error('refused');
      const map = result.value;
      const { value: model, ms } = timed('buildModel 20k/60k', () => buildModel(map));
      expect(ms).toBeLessThan(CEILING_MS);
      expect(model.companies).toHaveLength(MAX_COMPANIES);
      expect(model.deals).toHaveLength(MAX_DEALS);
      expect(model.deals.every((d) => d.from >= 0 && d.to >= 0)).toBe(true);
      expect(model.volume.every(Number.isFinite)).toBe(true);
    },
    CEILING_MS,
  );
});

describe('past the limits: refused fast, with the documented limit', () => {
  const company = (i: number) => ({ id: `c-${i}`, name: `C ${i}`, category: 'other' });

  test('20,001 companies', () => {
    const companies = Array.from({ length: MAX_COMPANIES + 1 }, (_, i) => company(i));
    const { value: result, ms } = timed('refuse 20,001 companies', () =>
      validateDealMap({ companies, deals: [] }, { file: 'too-many-companies.json' }),
    );
    expect(result.ok).toBe(false);
    expect(errors(result)).toEqual(['companies: The file lists 20,001 companies; the limit is 20,000.']);
    expect(result.issues[0]?.file).toBe('too-many-companies.json');
    expect(ms).toBeLessThan(1000);
  });

  test('60,001 deals', () => {
    const deals = Array.from({ length: MAX_DEALS + 1 }, (_, i) => ({
      id: `d-${i}`,
      from: 'c-0',
      to: 'c-1',
      type: 'compute',
      status: 'announced',
    }));
    const { value: result, ms } = timed('refuse 60,001 deals', () =>
      validateDealMap({ companies: [company(0), company(1)], deals }, { file: 'too-many-deals.json' }),
    );
    expect(result.ok).toBe(false);
    expect(errors(result)).toEqual(['deals: The file lists 60,001 deals; the limit is 60,000.']);
    expect(ms).toBeLessThan(1000);
  });

  test('a text of 50 MB + 1 byte is refused by parseDealMapText without parsing', () => {
    // Valid JSON all the way: if it were parsed, it would load.
    const head = '{"companies": [{"id": "a", "name": "A", "category": "other"}], "deals": []}';
    const text = head + ' '.repeat(MAX_FILE_BYTES + 1 - head.length);
    expect(text.length).toBe(50 * 1024 * 1024 + 1);
    const { value: result, ms } = timed('refuse 50 MB + 1 byte', () => parseDealMapText(text, 'huge.json'));
    expect(result.ok).toBe(false);
    expect(errors(result)).toEqual([': The file is 50 MB, larger than the 50 MB limit.']);
    expect(result.issues[0]?.file).toBe('huge.json');
    expect(ms).toBeLessThan(2000);
    // Exactly at the limit it is read.
    expect(parseDealMapText(text.slice(0, MAX_FILE_BYTES), 'limit.json').ok).toBe(true);
  });
});
