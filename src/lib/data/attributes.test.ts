import { describe, expect, test } from 'vitest';
import { dealsFile } from '../export/deals-json.ts';
import { viewOf } from '../export/test-fixtures.ts';
import { attributeText } from './attributes.ts';
import { patched } from './test-fixtures.ts';
import { validateDealMap } from './validate.ts';

describe('attributes: a company or deal keeps its own fields', () => {
  test('text, numbers and yes/no are kept on companies and deals, and no unknown field is counted', () => {
    const result = validateDealMap(
      patched((f) => {
        f.companies[0].attributes = { founder: 'Sam', employees: 3000, public: false };
        f.deals[0].attributes = { weight: 2.5, region: 'us-east-1' };
      }),
    );
    if (!result.ok) throw new Error('should load');
    expect({ ...result.value.companies[0]?.attributes }).toEqual({
      founder: 'Sam',
      employees: 3000,
      public: false,
    });
    expect({ ...result.value.deals[0]?.attributes }).toEqual({ weight: 2.5, region: 'us-east-1' });
    expect(result.value.companies[1]?.attributes).toBeUndefined();
    expect(result.issues.some((i) => /unknown field/.test(i.message))).toBe(false);
  });

  test('a nested value, too many attributes or an over-long value drops the item, reported at its path', () => {
    const result = validateDealMap(
      patched((f) => {
        f.deals[0].attributes = { nested: { a: 1 } };
        f.deals[1].attributes = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`a${i}`, i]));
        f.companies[3].attributes = { long: 'x'.repeat(1001) };
      }),
    );
    if (!result.ok) throw new Error('should load');
    expect(result.value.deals).toHaveLength(0);
    expect(result.value.companies.map((c) => c.id)).not.toContain('microsoft');
    const messages = result.issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/^deals\[0\]\.attributes\.nested: should be .*but is an object/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^deals\[1\]\.attributes: has more than 50 attributes/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^companies\[3\]\.attributes\.long: should be at most 1,000/),
    );
  });

  test('a "__proto__" attribute is a plain name: nothing reaches Object.prototype', () => {
    const file = JSON.parse(
      JSON.stringify(patched(() => undefined)).replace(
        '"name":"OpenAI"',
        '"name":"OpenAI","attributes":{"__proto__":{"polluted":1},"constructor":"x"}',
      ),
    );
    const result = validateDealMap(file);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    if (!result.ok) throw new Error('should load');
    const attributes = result.value.companies[0]?.attributes;
    expect(attributes === undefined || Object.getPrototypeOf(attributes) === null).toBe(true);
  });

  test('the JSON export carries them and reads back the same', () => {
    const file = patched((f) => {
      f.companies[0].attributes = { founder: 'Sam' };
      f.deals[0].attributes = { weight: 2.5, internal: true };
    });
    const { model, visibility, positions } = viewOf(file);
    const out = JSON.parse(JSON.stringify(dealsFile(model, visibility, { positions })));
    expect(out.companies[0].attributes).toEqual({ founder: 'Sam' });
    const again = validateDealMap(out);
    if (!again.ok) throw new Error('should load');
    expect({ ...again.value.deals.find((d) => d.id === 'openai-aws-2025-compute')?.attributes }).toEqual({
      weight: 2.5,
      internal: true,
    });
  });

  test('values read as text', () => {
    expect(attributeText(true)).toBe('yes');
    expect(attributeText(1234567.5)).toBe('1,234,567.5');
    expect(attributeText('<b>x</b>')).toBe('<b>x</b>');
  });
});
