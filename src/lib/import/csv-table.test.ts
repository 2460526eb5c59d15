import { describe, expect, test } from 'vitest';
import { Columns, columnKey, headerOf, readNumber, readTable } from './csv-table.ts';

describe('readTable', () => {
  test('lines count the header as 1 and follow line breaks inside quoted cells', () => {
    const text = 'a,b\n1,"two\nlines"\r\n\n3,"x\r\ny\rz"\n4,4\n';
    const table = readTable(text, 100);
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows.map((r) => r.line)).toEqual([2, 5, 8]);
    expect(table.rows[1]?.cells).toEqual(['3', 'x\r\ny\rz']);
    expect(table.rowCount).toBe(3);
  });

  test('rows past the cap are counted, not kept', () => {
    const text = `a\n${'x\n'.repeat(50)}`;
    const table = readTable(text, 10);
    expect(table.rows).toHaveLength(10);
    expect(table.rowCount).toBe(50);
  });

  test('blank rows are skipped', () => {
    expect(readTable('a,b\n , \n,\n1,2', 10).rows.map((r) => r.line)).toEqual([4]);
  });

  test('headerOf reads the first line only', () => {
    expect(headerOf('id,"from",To\r\n1,2,3')).toEqual(['id', 'from', 'To']);
    expect(headerOf('just one line')).toEqual(['just one line']);
  });
});

describe('Columns', () => {
  test('names match ignoring case, spaces, hyphens and underscores; unknown and repeated ones are listed', () => {
    const columns = new Columns([' End Date ', 'FROM', 'x-extra', 'from', 'end-date', ' to', ''], [
      'from',
      'to',
      'end_date',
    ] as const);
    expect(columns.column('end_date')).toEqual({ name: 'end_date', number: 1 });
    expect(columns.column('from')).toEqual({ name: 'from', number: 2 });
    expect(columns.column('to')).toEqual({ name: 'to', number: 6 });
    expect(columns.unknown).toEqual(['x-extra']);
    expect(columns.repeated).toEqual([
      { name: 'from', first: 2, again: 4 },
      { name: 'end_date', first: 1, again: 5 },
    ]);
    expect(columnKey('endDate')).toBe('enddate');
  });

  test('cells: formula protection undone, trimmed or kept as written', () => {
    const columns = new Columns(['from', 'summary'], ['from', 'summary'] as const);
    const row = { line: 2, cells: [" '=Acme ", "'-  spaced  "] };
    expect(columns.get(row, 'from')).toBe("'=Acme");
    const protectedRow = { line: 2, cells: ["'=Acme", "''+1 two"] };
    expect(columns.get(protectedRow, 'from')).toBe('=Acme');
    expect(columns.raw(protectedRow, 'summary')).toBe("'+1 two");
    expect(columns.text({ line: 2, cells: ['x', '  kept  '] }, 'summary')).toBe('  kept  ');
    expect(columns.text({ line: 2, cells: ['x', '   '] }, 'summary')).toBeUndefined();
    expect(columns.text({ line: 2, cells: ['x'] }, 'summary')).toBeUndefined();
  });
});

describe('readNumber', () => {
  test.each([
    ['38000000000', 38e9],
    [' 0.75 ', 0.75],
    ['.5', 0.5],
    ['3.8e10', 3.8e10],
    ['3.8E+10', 3.8e10],
    ['1e-7', 1e-7],
    ['-5', -5],
    ['', undefined],
  ])('%j is read as %j', (cell, value) => {
    expect(readNumber(cell)).toEqual({ ok: true, value });
  });

  test('thousands separators are refused with a clear message', () => {
    expect(readNumber('38,000,000,000')).toEqual({
      ok: false,
      message:
        '"38,000,000,000" is not a plain number: write it without thousands separators, with a dot for decimals (e.g. 38000000000 or 0.75)',
    });
    expect(readNumber('0,75')).toMatchObject({ ok: false });
  });

  test.each(['$38B', '38 billion', '1 000', '+5', 'Infinity', 'NaN', '0x10', '1e', '--1', '١٢'])(
    '%j is refused',
    (cell) => {
      const read = readNumber(cell);
      expect(read.ok).toBe(false);
      if (!read.ok)
        expect(read.message).toContain('is not a plain number such as 38000000000, 0.75 or 3.8e10');
    },
  );
});
