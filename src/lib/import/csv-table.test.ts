import { describe, expect, test } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import {
  Columns,
  columnKey,
  findQuoteProblem,
  headerOf,
  quoteProblemMessage,
  readNumber,
  readTable,
} from './csv-table.ts';

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

describe('findQuoteProblem', () => {
  test.each([
    ['no quotes', 'a,b\n1,2\n'],
    [
      'quoted cells with commas, doubled quotes and line breaks',
      'a,b\n"1,5","say ""hi""\nand\r\nbye"\r\n3,4',
    ],
    ['an empty quoted cell and one that is only a quote', 'a,b,c\n"",""""\n'],
    ['a quote inside an unquoted cell is text', 'a,b\n5" disk,"ok"\nx"y,z'],
    ['a closing quote right at the end', 'a\n"x"'],
    ['… followed by CR LF', 'a\n"x"\r\n'],
    ['a quoted cell ending a row before a lone CR', 'a,b\r"x"\r1,2'],
    ['empty text', ''],
  ])('%s: none', (_name, text) => {
    expect(findQuoteProblem(text)).toBeUndefined();
  });

  test.each([
    ['a stray quote in a middle row', 'id,from,to\nd0,a,b\nd1,openai,"aws\nd2,c,d\n', { line: 3, column: 3 }],
    ['a quote opening a row', 'id,from,to\n"d1,a,b\nd2,c,d', { line: 2, column: 1 }],
    ['in the header', 'id,from,"to\nd1,a,b\n', { line: 1, column: 3 }],
    ['in the last row, no line break after it', 'a,b\n1,"2', { line: 2, column: 2 }],
    ['a lone quote as the last character', 'a,b\n1,"', { line: 2, column: 2 }],
    ['a doubled quote is not a closing one', 'a,b\n1,"x""\n', { line: 2, column: 2 }],
    [
      'after cells that span lines (CR LF, LF, lone CR), the line is the one in the file',
      'a,b\r\n"x\r\ny","p\nq\rr"\r\n1,"open\r\n2,3',
      { line: 6, column: 2 },
    ],
  ])('never closed: %s', (_name, text, expected) => {
    expect(findQuoteProblem(text)).toEqual(expected);
    // What d3-dsv does with it: the cell runs to the end of the file, so the last row has the quote's cell last.
    expect(csvParseRows(text).at(-1)).toHaveLength(expected.column);
  });

  test('text after a closing quote: on the same line, or a stray quote closed lines later', () => {
    expect(findQuoteProblem('a,b\n1,"x"y,z\n')).toEqual({
      line: 2,
      column: 2,
      closed: { line: 2, after: 'y,z' },
    });
    expect(findQuoteProblem('a,b\n"x" ,z')).toEqual({
      line: 2,
      column: 1,
      closed: { line: 2, after: ' ,z' },
    });
    const text = 'id,from,to\nd1,a,"b\nd2,c,d\nd3,e,f"g,h\nd4,i,j\n';
    expect(findQuoteProblem(text)).toEqual({ line: 2, column: 3, closed: { line: 4, after: 'g,h' } });
    // d3-dsv reads lines 2 to 4 as one row (dropping the "g"): two deals vanish without a word.
    expect(csvParseRows(text)).toEqual([
      ['id', 'from', 'to'],
      ['d1', 'a', 'b\nd2,c,d\nd3,e,f', '', 'h'],
      ['d4', 'i', 'j'],
    ]);
  });

  test('a stray quote closed lines later before a comma (x",y) is found by the width of the row it makes', () => {
    const text = 'id,from,to\nd1,a,"b\nd2,c,d\nd3,e,f",g\nd4,i,j\n';
    // d3-dsv reads lines 2 to 4 as one row of four cells: two deals vanish without a word.
    expect(csvParseRows(text)[1]).toEqual(['d1', 'a', 'b\nd2,c,d\nd3,e,f', 'g']);
    const problem = findQuoteProblem(text);
    expect(problem).toEqual({ line: 2, column: 3, closed: { line: 4, after: ',g', cells: 4 } });
    expect(quoteProblemMessage('deals.csv', problem ?? { line: 0, column: 0 }, ['id', 'from', 'to'])).toBe(
      'deals.csv, line 2, column "to": a quoted cell opens here and only closes on line 4 (before ",g"), which gives the row 4 cells where the header has 3; lines 2 to 4 would be read as one cell — is the " on line 2 a stray one?',
    );
    // Also when that row is the last one, without a final line break.
    expect(findQuoteProblem('id,from,to\nd1,a,"b\nd2,c,d",g')).toMatchObject({ closed: { cells: 4 } });
  });

  test('a real multi-line cell before a comma, in a row as wide as the header, is fine', () => {
    expect(findQuoteProblem('id,summary,to\nd1,"two\nlines",b\nd2,x,y\n')).toBeUndefined();
    expect(findQuoteProblem('id,summary,to\nd1,"two\nlines",b')).toBeUndefined();
  });

  test('the text shown after a quote stops at the line end, at 20 characters, and between emoji', () => {
    expect(findQuoteProblem(`"x"${'y'.repeat(30)}`)?.closed?.after).toBe('y'.repeat(20));
    expect(findQuoteProblem(`"x"${'y'.repeat(19)}😀z`)?.closed?.after).toBe('y'.repeat(19));
    expect(findQuoteProblem('"x"y\r\nz')?.closed?.after).toBe('y');
  });

  test('a text of 40 MB is checked in linear time', () => {
    const row = 'd1,openai,aws,"a summary, with ""quotes""\nand a break",https://x.example\n';
    const text = `id,from,to,summary,sources\n${row.repeat(Math.floor(40e6 / row.length))}`;
    const started = performance.now();
    expect(findQuoteProblem(text)).toBeUndefined();
    expect(findQuoteProblem(`${text}d9,"open`)).toMatchObject({ column: 2 });
    expect(findQuoteProblem(`"${'""'.repeat(5e6)}`)).toEqual({ line: 1, column: 1 });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test('messages name the file, the line where the quote opened and the column', () => {
    const header = ['id', 'from', 'to'];
    expect(quoteProblemMessage('deals.csv', { line: 3, column: 3 }, header)).toBe(
      'deals.csv, line 3, column "to": a quoted cell is never closed (missing "), so everything after it would be read as one cell',
    );
    // The header's own cells are not names yet; a cell past the header's end has none.
    expect(quoteProblemMessage('deals.csv', { line: 1, column: 3 }, header)).toMatch(
      /^deals\.csv, line 1, column 3: a quoted cell is never closed/,
    );
    expect(quoteProblemMessage('deals.csv', { line: 2, column: 4 }, header)).toMatch(
      /^deals\.csv, line 2, column 4: /,
    );
    expect(
      quoteProblemMessage('deals.csv', { line: 2, column: 1, closed: { line: 2, after: 'y,z' } }, header),
    ).toBe(
      'deals.csv, line 2, column "id": a quoted cell has text after its closing quote ("y,z"); a " inside a quoted cell must be written twice ("")',
    );
    expect(
      quoteProblemMessage('deals.csv', { line: 2, column: 3, closed: { line: 4, after: 'g,h' } }, header),
    ).toBe(
      'deals.csv, line 2, column "to": a quoted cell opens here but only closes on line 4, with text after its closing quote ("g,h"); lines 2 to 4 would be read as one cell — is the " on line 2 a stray one?',
    );
  });

  test('readTable keeps no rows past a quote problem, and reports it', () => {
    expect(readTable('id,from,to\nd1,a,b\nd2,c,"d\nd3,e,f\n', 100)).toEqual({
      header: ['id', 'from', 'to'],
      rows: [],
      rowCount: 0,
      quoteProblem: { line: 3, column: 3 },
    });
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
