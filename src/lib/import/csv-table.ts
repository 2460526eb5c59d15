/**
 * CSV text → header and rows, with each row's line number (the header is line 1; a line break inside a quoted
 * cell moves the next row down). Parsing is d3-dsv's; rows past the cap are counted, never kept. Column names
 * are matched ignoring case, spaces, hyphens and underscores (`End date`, `end_date` and `endDate` are one
 * column), through Maps only.
 */
import { csvParseRows } from 'd3-dsv';
import { quote } from '../data/issues.ts';
import { unprotectCell } from '../export/csv-cells.ts';

export interface CsvRow {
  /** 1-based line where the row starts (the header is line 1). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  /** Rows with at least one non-blank cell, up to the cap. */
  readonly rows: readonly CsvRow[];
  /** Rows with at least one non-blank cell, all of them. */
  readonly rowCount: number;
}

/** Parses `text` (BOM already removed), keeping at most `maxRows` rows. */
export function readTable(text: string, maxRows: number): CsvTable {
  let header: string[] = [];
  const rows: CsvRow[] = [];
  let rowCount = 0;
  let nextLine = 1;
  csvParseRows(text, (cells, index) => {
    const line = nextLine;
    nextLine += 1 + lineBreaks(cells);
    if (index === 0) {
      header = cells;
      return null;
    }
    if (cells.every((cell) => cell.trim() === '')) return null;
    rowCount++;
    if (rowCount <= maxRows) rows.push({ line, cells });
    return null;
  });
  return { header, rows, rowCount };
}

function lineBreaks(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    if (!cell.includes('\n') && !cell.includes('\r')) continue;
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      if (c === 10 || (c === 13 && cell.charCodeAt(i + 1) !== 10)) n++;
    }
  }
  return n;
}

/** The first line of the text parsed as a CSV header (cheap: for telling files apart). */
export function headerOf(text: string): string[] {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  return csvParseRows(first.endsWith('\r') ? first.slice(0, -1) : first)[0] ?? [];
}

/** How column names are compared: lower case, without spaces, hyphens or underscores. */
export function columnKey(name: string): string {
  let out = '';
  for (const ch of name.slice(0, 200).toLowerCase())
    if (ch !== '_' && ch !== '-' && ch.trim() !== '') out += ch;
  return out;
}

export interface Column<K extends string> {
  readonly name: K;
  /** 1-based position in the file. */
  readonly number: number;
}

/** Where each known column is; unknown and repeated columns are listed for notices. */
export class Columns<K extends string> {
  private readonly index = new Map<K, number>();
  readonly unknown: string[] = [];
  readonly repeated: { name: K; first: number; again: number }[] = [];

  constructor(
    readonly header: readonly string[],
    known: readonly K[],
  ) {
    const byKey = new Map<string, K>();
    for (const name of known) byKey.set(columnKey(name), name);
    header.forEach((raw, i) => {
      const key = columnKey(unprotectCell(raw));
      if (key === '') return;
      const name = byKey.get(key);
      if (name === undefined) {
        this.unknown.push(raw.trim());
        return;
      }
      const first = this.index.get(name);
      if (first === undefined) this.index.set(name, i);
      else this.repeated.push({ name, first: first + 1, again: i + 1 });
    });
  }

  has(name: K): boolean {
    return this.index.has(name);
  }

  column(name: K): Column<K> | undefined {
    const i = this.index.get(name);
    return i === undefined ? undefined : { name, number: i + 1 };
  }

  /** The cell's text as written (formula protection undone), '' when the column or cell is absent. */
  raw(row: CsvRow, name: K): string {
    const i = this.index.get(name);
    return i === undefined ? '' : unprotectCell(row.cells[i] ?? '');
  }

  /** The cell trimmed (for ids, codes, numbers, dates and links). */
  get(row: CsvRow, name: K): string {
    return this.raw(row, name).trim();
  }

  /** The cell as written, or undefined when blank (free text keeps its spaces and line breaks). */
  text(row: CsvRow, name: K): string | undefined {
    const cell = this.raw(row, name);
    return cell.trim() === '' ? undefined : cell;
  }
}

export type NumberCell =
  | { readonly ok: true; readonly value: number | undefined }
  | { readonly ok: false; readonly message: string };

/**
 * A plain decimal number, optionally in scientific notation (`38000000000`, `0.75`, `3.8e10`, `3.8E+10` —
 * spreadsheets write large figures that way). No thousands separators, currency signs, units or spaces inside.
 * A leading minus is read, so that the validator can say the figure must not be negative.
 */
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function readNumber(cell: string): NumberCell {
  const text = cell.trim();
  if (text === '') return { ok: true, value: undefined };
  if (text.length <= 40 && PLAIN_NUMBER.test(text)) return { ok: true, value: Number(text) };
  if (text.includes(',')) {
    return {
      ok: false,
      message: `${quote(text)} is not a plain number: write it without thousands separators, with a dot for decimals (e.g. 38000000000 or 0.75)`,
    };
  }
  return {
    ok: false,
    message: `${quote(text)} is not a plain number such as 38000000000, 0.75 or 3.8e10 (no currency signs, units or words)`,
  };
}
