import { expect, test } from 'vitest';
import { listItemPlaces } from './json-places.ts';

test('the start of each item of the wanted top-level lists', () => {
  const text = [
    '{',
    '  "meta": {"nodes": [1, 2]},',
    '  "nodes": [',
    '    {"id": "a,b]\\"}"},',
    '    "x", 3, [4, 5],',
    '    {',
    '      "id": "c"',
    '    }',
    '  ],',
    '  "links": [], "other": [1]',
    '}',
  ].join('\n');
  const places = listItemPlaces(text, ['nodes', 'links']);
  expect(places.get('nodes')).toEqual([
    { line: 4, column: 5 },
    { line: 5, column: 5 },
    { line: 5, column: 10 },
    { line: 5, column: 13 },
    { line: 6, column: 5 },
  ]);
  expect(places.get('links')).toEqual([]);
  expect(places.has('other')).toBe(false);
});

test('deep nesting is scanned without recursion', () => {
  const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
  const places = listItemPlaces(`{"links": [${deep}, 1]}`, ['links']);
  expect(places.get('links')).toEqual([
    { line: 1, column: 12 },
    { line: 1, column: 12 + deep.length + 2 },
  ]);
});
