import { describe, expect, test } from 'vitest';
import { firstSyntaxError } from './json-position.ts';

describe('firstSyntaxError', () => {
  test.each([
    '{}',
    '[]',
    '{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {"c": {}}}',
    ' \n"text" \n',
    '0',
  ])('valid JSON %j has no error', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(firstSyntaxError(text)).toBeUndefined();
  });

  test.each([
    ['{"a": 1,}', 8],
    ['[1, 2,, 3]', 6],
    ['{"a" 1}', 5],
    ['{a: 1}', 1],
    ['[1, 2', 5],
    ['{"a": "unterminated}', 20],
    ['{"a": 01}', 7],
    ['[1] [2]', 4],
    ['{"a": tru}', 6],
    ['"bad \\x escape"', 5],
    ['[}', 1],
  ])('%j fails at offset %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(firstSyntaxError(text)).toBe(offset);
  });

  test('deep nesting is fine', () => {
    const text = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(firstSyntaxError(text)).toBeUndefined();
  });
});
