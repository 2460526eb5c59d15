import { describe, expect, test } from 'vitest';
import {
  joinCoParties,
  joinList,
  protectCell,
  splitCoParties,
  splitList,
  unprotectCell,
  type CoPartyText,
} from './csv-cells.ts';

const TRICKY = [
  '',
  'plain',
  '=1+1',
  '+44 20',
  '-2',
  '@SUM(A1)',
  '\tx',
  '\rx',
  "'=quoted",
  "''@twice",
  "'plain quote",
  "''",
  'a=b',
  ' =space first',
];

describe('formula protection', () => {
  test('a cell that a spreadsheet would run gets an apostrophe', () => {
    for (const cell of ['=1+1', '+44 20', '-2', '@SUM(A1)', '\tx', '\rx', "'=quoted"]) {
      expect(protectCell(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['', 'plain', "'plain quote", 'a=b', ' =space first', '2025-11']) {
      expect(protectCell(cell)).toBe(cell);
    }
  });

  test('is undone exactly', () => {
    for (const cell of TRICKY) expect(unprotectCell(protectCell(cell))).toBe(cell);
  });

  test('no protected cell starts with a formula character', () => {
    for (const cell of TRICKY) expect(protectCell(cell)).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('lists', () => {
  const items = ['a', 'b | c', 'd\\e', 'f;g', ' lead', 'trail ', '', '|', '\\', 'x\\|y'];
  test.each(['; ', ' | '] as const)('items joined by "%s" split back exactly', (separator) => {
    expect(splitList(joinList(items, separator), separator)).toEqual(items);
    expect(splitList(joinList(['one'], separator), separator)).toEqual(['one']);
    expect(splitList('', separator)).toEqual([]);
  });

  test('reads as people write it', () => {
    expect(joinList(['https://a.example/x', 'https://b.example/y'], ' | ')).toBe(
      'https://a.example/x | https://b.example/y',
    );
    expect(joinList(['deal-a', 'deal-b'], '; ')).toBe('deal-a; deal-b');
  });
});

describe('co-parties', () => {
  test('read as "name (role)"', () => {
    expect(joinCoParties([{ name: 'Microsoft' }, { name: 'Coatue', role: 'co-investor' }])).toBe(
      'Microsoft; Coatue (co-investor)',
    );
  });

  test('survive parentheses, separators and backslashes in names and roles', () => {
    const parties: CoPartyText[] = [
      { name: 'Microsoft' },
      { name: 'Thrive', role: "syndicate co-investor (the syndicate's $11B)" },
      { name: 'SB Energy (SoftBank)', role: 'site; power' },
      { name: 'A\\B (x)' },
      { name: 'Empty role', role: '' },
      { name: 'Ends with)' },
      { name: 'semi;colon', role: 'back\\slash)' },
    ];
    expect(splitCoParties(joinCoParties(parties))).toEqual(parties);
    expect(splitCoParties('')).toEqual([]);
  });
});
