import { csvParse, csvParseRows } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { GraphModel } from '../graph/model.ts';
import { splitCoParties, splitList, unprotectCell } from '../data/csv-cells.ts';
import { BOM, DEAL_CSV_COLUMNS, dealsCsv, type DealCsvColumn } from './deals-csv.ts';
import { csvCarried, frozenEdition } from '../data/test-fixtures.ts';
import { hostileFile, viewOf, type TestView } from './test-fixtures.ts';
import { visibleRecords } from './visible.ts';

const bundled: unknown = JSON.parse(
  readFileSync(new URL('../../../data/ai-deals.json', import.meta.url), 'utf8'),
);
const edition = frozenEdition();

/** Reads the CSV the way an importer would: BOM off, d3-dsv, formula protection undone. */
function readCsv(text: string): Record<DealCsvColumn, string>[] {
  expect(text.startsWith(BOM)).toBe(true);
  return csvParse(text.slice(BOM.length)).map((row) => {
    const out = {} as Record<DealCsvColumn, string>;
    for (const column of DEAL_CSV_COLUMNS) out[column] = unprotectCell(row[column] ?? '');
    return out;
  });
}

const number = (cell: string) => (cell === '' ? undefined : Number(cell));
const text = (cell: string) => (cell === '' ? undefined : cell);

/** What a row says about a deal, as structured values. */
function fromRow(row: Record<DealCsvColumn, string>) {
  const urls = splitList(row.sources, ' | ');
  return {
    id: row.id,
    from: row.from,
    to: row.to,
    type: row.type,
    date: text(row.date),
    endDate: text(row.end_date),
    status: row.status,
    confidence: text(row.confidence),
    amount:
      row.amount_kind === ''
        ? undefined
        : {
            value: number(row.amount_value),
            currency: row.amount_currency,
            usd: number(row.amount_usd),
            kind: row.amount_kind,
            scope: row.amount_scope,
            text: text(row.amount_text),
          },
    termYears: number(row.term_years),
    capacityGw: number(row.capacity_gw),
    summary: text(row.summary),
    notes: text(row.notes),
    coParties: splitCoParties(row.co_parties),
    overlaps: splitList(row.overlaps, '; '),
    supersededBy: text(row.superseded_by),
    secondary: row.secondary === 'yes' ? true : undefined,
    sources: urls.map((url, i) => ({
      url,
      publisher: text(splitList(row.source_publishers, ' | ')[i] ?? ''),
      date: text(splitList(row.source_dates, ' | ')[i] ?? ''),
    })),
  };
}

function expectRoundTrip(view: TestView): Record<DealCsvColumn, string>[] {
  const csv = dealsCsv(view.model, view.visibility);
  const rows = readCsv(csv);
  const records = visibleRecords(view.model, view.visibility);
  expect(rows).toHaveLength(view.visibility.visibleDeals.length);
  rows.forEach((row, i) => {
    const record = records[i];
    if (!record) throw new Error('a row too many');
    expect(fromRow(row)).toEqual(csvCarried(record.deal));
    expect(row.from_name).toBe(nameOf(view.model, record.from));
    expect(row.to_name).toBe(nameOf(view.model, record.to));
  });
  return rows;
}

function nameOf(model: GraphModel, index: number): string {
  return model.companies[index]?.name ?? '';
}

describe('deals CSV', () => {
  test('starts with a BOM and the documented header', () => {
    const view = viewOf(edition);
    const csv = dealsCsv(view.model, view.visibility);
    expect(csvParseRows(csv.slice(1))[0]).toEqual([...DEAL_CSV_COLUMNS]);
    expect(csv.split('\n')[0]).toBe(BOM + DEAL_CSV_COLUMNS.join(','));
  });

  test('the columns are documented in data/README.md, in order', () => {
    const readme = readFileSync(new URL('../../../data/README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## CSV columns'));
    const documented = [...section.matchAll(/^\| `([a-z_]+)`/gm)].map((m) => m[1]);
    expect(documented).toEqual([...DEAL_CSV_COLUMNS]);
  });

  test.each([
    ['every deal', {}],
    ['compute deals from 2025', { types: ['compute'], from: '2025' }],
    ['OpenAI focus', { focus: ['openai'] }],
  ])('one row per visible deal, every column read back exactly: %s', (_name, filters) => {
    const view = viewOf(edition, filters);
    const rows = expectRoundTrip(view);
    expect(rows.map((r) => r.id)).toEqual(visibleRecords(view.model, view.visibility).map((r) => r.deal.id));
  });

  test('every deal of the bundled data reads back exactly', () => {
    const view = viewOf(bundled);
    expect(expectRoundTrip(view)).toHaveLength(view.model.deals.length);
  });

  test('commas, quotes, line breaks, separators and formulas survive', () => {
    const view = viewOf(hostileFile());
    const rows = expectRoundTrip(view);
    const row = rows.find((r) => r.id === 'openai-aws-2025-compute');
    expect(row?.summary).toBe('Line one, with "quotes"\nline two; =not a formula\r\nline three');
    expect(row?.from_name).toBe(`Open<AI> & "Co" 'x'\u0001\u000B`);
    expect(row?.to_name).toBe('=AWS; (cloud) | x');
  });

  test('no cell starts with a character that makes a spreadsheet run it', () => {
    const view = viewOf(hostileFile());
    const raw = csvParseRows(dealsCsv(view.model, view.visibility).slice(1));
    const cells = raw.flat();
    expect(cells.some((c) => c.startsWith("'="))).toBe(true);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  test('an empty view is a header only', () => {
    const view = viewOf(edition, { types: [] });
    expect(readCsv(dealsCsv(view.model, view.visibility))).toEqual([]);
  });
});
