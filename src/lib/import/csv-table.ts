/**
 * CSV text → header and rows, with each row's line number (the header is line 1; a line break inside a quoted
 * cell moves the next row down). Parsing is d3-dsv's; rows past the cap are counted, never kept. A stray `"`
 * that d3-dsv would read past silently is found first (see `findQuoteProblem`). Column names are matched
 * ignoring case, spaces, hyphens and underscores (`End date`, `end_date` and `endDate` are one column), through
 * Maps only.
 */
import { csvParseRows } from 'd3-dsv';
import { columnKey } from '../data/csv-columns.ts';
import { quote } from '../data/issues.ts';
import { unprotectCell } from '../data/csv-cells.ts';

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
  /** A quoted cell that is never closed or is closed badly: the rows cannot be trusted. */
  readonly quoteProblem?: QuoteProblem;
}

/** Parses `text` (BOM already removed), keeping at most `maxRows` rows. */
export function readTable(text: string, maxRows: number): CsvTable {
  const quoteProblem = findQuoteProblem(text);
  if (quoteProblem) {
    // Only the header is read: what lies beyond the stray quote is one run-on cell, not rows.
    return { header: headerOf(text), rows: [], rowCount: 0, quoteProblem };
  }
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

/** A quoted cell that d3-dsv would read wrongly: never closed, or closed and followed by more text. */
export interface QuoteProblem {
  /** 1-based line where the quoted cell opens (the header is line 1). */
  readonly line: number;
  /** 1-based position of the cell in its row. */
  readonly column: number;
  /**
   * Undefined when the quote is never closed (d3-dsv reads the rest of the file into this one cell). Else the
   * line of the closing quote and the text right after it (d3-dsv drops its first character and moves every
   * later cell of the row one column).
   */
  readonly closed?: {
    readonly line: number;
    readonly after: string;
    /**
     * Set when the closing quote is followed by a comma (`x",y`) but the cell spans lines and its row then has
     * more cells than the header: the row count of cells, the header's being the expected one.
     */
    readonly cells?: number;
  };
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const COMMA = 44;

/**
 * Finds the first quoted cell that RFC 4180 (and d3-dsv, which follows it) cannot read as the writer meant:
 *
 * - a cell that opens with `"` and has no closing `"` before the end of the file — d3-dsv then reads everything
 *   after it, every later row included, as that one cell;
 * - a closing `"` followed by anything but a comma, a line break or the end of the file (`"a"b`, `"a" ,`): a
 *   `"` inside a quoted cell that should have been doubled, or a stray `"` closed by the next stray one lines
 *   later, the rows in between swallowed;
 * - a quoted cell that spans lines and closes before a comma (`x",y`) in a row that then has more cells than
 *   the header: a stray `"` that merged the rows in between into one cell (a real multi-line cell, such as a
 *   summary with a line break, leaves its row as wide as the header).
 *
 * A `"` inside an unquoted cell (`5" disk`) is text, as in RFC 4180. Tokenises exactly as d3-dsv does (one
 * trailing line break ignored; LF, CR and CRLF end a row), in linear time.
 */
export function findQuoteProblem(text: string): QuoteProblem | undefined {
  let n = text.length;
  if (text.charCodeAt(n - 1) === LF) n--;
  if (text.charCodeAt(n - 1) === CR) n--;
  let i = 0;
  let line = 1;
  let column = 1;
  let headerCells = 0;
  // A quoted cell of the current row that spans lines and closed before a comma.
  let spanning: (QuoteProblem & { readonly closed: { line: number; after: string } }) | undefined;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === QUOTE) {
      const opened = { line, column };
      let close = -1;
      for (let from = i + 1; ;) {
        const q = text.indexOf('"', from);
        if (q < 0 || q >= n) break;
        if (text.charCodeAt(q + 1) !== QUOTE) {
          close = q;
          break;
        }
        from = q + 2; // "" is one quote inside the cell
      }
      if (close < 0) return opened;
      const breaks = lineBreaksIn(text, i + 1, close);
      line += breaks;
      i = close + 1;
      if (i >= n) return mergedRows(spanning, column, headerCells);
      c = text.charCodeAt(i);
      if (c !== COMMA && c !== LF && c !== CR) {
        return { ...opened, closed: { line, after: restOfLine(text, i, n) } };
      }
      if (breaks > 0 && c === COMMA && !spanning)
        spanning = { ...opened, closed: { line, after: restOfLine(text, i, n) } };
    } else {
      while (c !== COMMA && c !== LF && c !== CR) {
        if (++i >= n) return mergedRows(spanning, column, headerCells);
        c = text.charCodeAt(i);
      }
    }
    // text[i] ends the cell: a comma, or a line break that ends the row.
    i++;
    if (c === COMMA) column++;
    else {
      const merged = mergedRows(spanning, column, headerCells);
      if (merged) return merged;
      if (headerCells === 0) headerCells = column;
      spanning = undefined;
      if (c === CR && text.charCodeAt(i) === LF) i++;
      line++;
      column = 1;
    }
  }
  return mergedRows(spanning, column, headerCells);
}

/** The row's spanning quoted cell as a problem, when the row ends with more cells than the header. */
function mergedRows(
  spanning: (QuoteProblem & { readonly closed: { line: number; after: string } }) | undefined,
  cells: number,
  headerCells: number,
): QuoteProblem | undefined {
  if (!spanning || headerCells === 0 || cells <= headerCells) return undefined;
  return { ...spanning, closed: { ...spanning.closed, cells } };
}

/** Line breaks in text[from, to): LF, CR LF or a lone CR, each one line. */
function lineBreaksIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/** Up to 20 characters of the line from `from`, for a message (`quote` escapes them). */
function restOfLine(text: string, from: number, end: number): string {
  let to = Math.min(end, from + 20);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) to = i;
  }
  if (to < end && /[\ud800-\udbff][\udc00-\udfff]/.test(text.slice(to - 1, to + 1))) to--; // never half an emoji
  return text.slice(from, to);
}

/**
 * The sentence for a quote problem, naming the file, the line where the quote opened and its column (by the
 * header's name for it when there is one): `deals.csv, line 3, column "to": a quoted cell is never closed…`.
 */
export function quoteProblemMessage(file: string, problem: QuoteProblem, header: readonly string[]): string {
  const name = problem.line > 1 ? (header[problem.column - 1]?.trim() ?? '') : '';
  const where = `${file}, line ${problem.line}, column ${name === '' ? problem.column : quote(name)}`;
  const { closed } = problem;
  if (!closed) {
    return `${where}: a quoted cell is never closed (missing "), so everything after it would be read as one cell`;
  }
  const after = quote(closed.after);
  if (closed.cells !== undefined) {
    return `${where}: a quoted cell opens here and only closes on line ${closed.line} (before ${after}), which gives the row ${closed.cells} cells where the header has ${header.length}; lines ${problem.line} to ${closed.line} would be read as one cell — is the " on line ${problem.line} a stray one?`;
  }
  if (closed.line === problem.line) {
    return `${where}: a quoted cell has text after its closing quote (${after}); a " inside a quoted cell must be written twice ("")`;
  }
  return `${where}: a quoted cell opens here but only closes on line ${closed.line}, with text after its closing quote (${after}); lines ${problem.line} to ${closed.line} would be read as one cell — is the " on line ${problem.line} a stray one?`;
}

/** The first line of the text parsed as a CSV header (cheap: for telling files apart). */
export function headerOf(text: string): string[] {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  return csvParseRows(first.endsWith('\r') ? first.slice(0, -1) : first)[0] ?? [];
}

export { columnKey };

export interface Column<K extends string> {
  readonly name: K;
  /** 1-based position in the file. */
  readonly number: number;
}

/**
 * Where each known column is; unknown and repeated columns are listed for notices. `fallback` names the known
 * column that a header stands for when the file does not have that column itself (`source` for `from`).
 */
export class Columns<K extends string> {
  private readonly index = new Map<K, number>();
  readonly unknown: string[] = [];
  /** Unknown columns with a name, in file order, and where they are (their cells become attributes). */
  readonly extra: { readonly name: string; readonly index: number }[] = [];
  readonly repeated: { name: K; first: number; again: number }[] = [];
  /** Known columns read from a header of another name (`from` from `source`). */
  private readonly adopted = new Set<K>();

  constructor(
    readonly header: readonly string[],
    known: readonly K[],
    fallback?: (key: string) => K | undefined,
  ) {
    const byKey = new Map<string, K>();
    for (const name of known) byKey.set(columnKey(name), name);
    const unmatched: { raw: string; key: string; index: number }[] = [];
    header.forEach((raw, i) => {
      const key = columnKey(unprotectCell(raw));
      if (key === '') return;
      const name = byKey.get(key);
      if (name === undefined) {
        unmatched.push({ raw, key, index: i });
        return;
      }
      const first = this.index.get(name);
      if (first === undefined) this.index.set(name, i);
      else this.repeated.push({ name, first: first + 1, again: i + 1 });
    });
    for (const { raw, key, index } of unmatched) {
      const name = fallback?.(key);
      if (name !== undefined && !this.index.has(name)) {
        this.index.set(name, index);
        this.adopted.add(name);
        continue;
      }
      this.unknown.push(raw.trim());
      this.extra.push({ name: unprotectCell(raw).trim(), index });
    }
  }

  /** The column's name for messages: the file's header when it stands for another name (`source` for `from`). */
  label(name: K): string {
    const i = this.index.get(name);
    const raw = i === undefined ? undefined : this.header[i];
    return raw === undefined || !this.adopted.has(name) ? name : unprotectCell(raw).trim();
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
