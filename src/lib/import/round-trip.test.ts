/**
 * Export → import is lossless for everything the deals CSV carries: the bundled data, the frozen 2026-11-26
 * edition (and a file of awkward text) is exported with the app's own CSV exporter and read back with the importer, field by field.
 */
import { csvFormatRows } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Company, DealMap } from '../data/format.ts';
import { validateDealMap } from '../data/validate.ts';
import { joinList } from '../data/csv-cells.ts';
import { DEAL_CSV_COLUMNS, dealsCsv } from '../export/deals-csv.ts';
import { csvCarried, frozenEdition } from '../data/test-fixtures.ts';
import { hostileFile } from '../export/test-fixtures.ts';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS } from '../filters/types.ts';
import { buildModel } from '../graph/model.ts';
import { COMPANY_COLUMNS, DEAL_COLUMNS } from './csv-import.ts';
import { importFiles } from './index.ts';

const bundled: unknown = JSON.parse(
  readFileSync(new URL('../../../data/ai-deals.json', import.meta.url), 'utf8'),
);

function load(file: unknown): DealMap {
  const result = validateDealMap(file);
  if (!result.ok) throw new Error('fixture should load');
  return result.value;
}

/** The whole pipeline of the Export menu with no filters: every deal. */
function exportCsv(map: DealMap): string {
  const model = buildModel(map);
  return dealsCsv(model, applyFilters(model, NO_FILTERS));
}

function reimport(files: { name: string; text: string }[]): DealMap {
  const result = importFiles(files);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

function compareDeals(original: DealMap, back: DealMap) {
  const before = new Map(original.deals.map((d) => [d.id, d]));
  expect(back.deals.map((d) => d.id).toSorted()).toEqual([...before.keys()].toSorted());
  for (const deal of back.deals) {
    const source = before.get(deal.id);
    if (!source) throw new Error(`unexpected deal ${deal.id}`);
    expect(csvCarried(deal), deal.id).toEqual(csvCarried(source));
  }
}

test('the importer reads exactly the columns the exporter writes', () => {
  expect([...DEAL_COLUMNS]).toEqual([...DEAL_CSV_COLUMNS]);
});

describe.each([
  ['the bundled data', bundled],
  ['the frozen 2026-11-26 edition', frozenEdition()],
])('%s', (_name, file) => {
  const original = load(file);
  const csv = exportCsv(original);
  const result = importFiles([{ name: 'ai-deals.csv', text: csv }]);
  const back = reimport([{ name: 'ai-deals.csv', text: csv }]);

  test('every deal comes back, field by field', () => {
    expect(back.deals).toHaveLength(original.deals.length);
    compareDeals(original, back);
  });

  test('with no problem: one notice, for the companies taken from the deals', () => {
    expect(result.issues).toEqual([
      {
        path: '',
        severity: 'notice',
        message: `${original.companies.length} companies were taken from the deals' "from" and "to" columns, with category "other".`,
        file: 'ai-deals.csv',
      },
    ]);
  });

  test('companies keep their ids and names; types are the defaults, so nothing is declared', () => {
    const names = new Map(original.companies.map((c) => [c.id, c.name]));
    expect(new Map(back.companies.map((c) => [c.id, c.name]))).toEqual(names);
    expect(back.dealTypes).toEqual(original.dealTypes);
  });

  test('with a companies CSV, the companies come back too', () => {
    const companiesCsv = csvFormatRows([[...COMPANY_COLUMNS], ...original.companies.map(companyRow)]);
    const pair = reimport([
      { name: 'ai-deals.csv', text: csv },
      { name: 'companies.csv', text: companiesCsv },
    ]);
    // Former ids and valuations are not CSV columns.
    expect(pair.companies).toEqual(
      original.companies.map(({ valuations: _valuations, formerIds: _formerIds, ...c }) => c),
    );
    expect(pair.categories).toEqual(original.categories);
    compareDeals(original, pair);
  });
});

describe('co-parties of the frozen 2026-11-26 edition', () => {
  const original = load(frozenEdition());
  const csv = exportCsv(original);
  const back = reimport([{ name: 'ai-deals.csv', text: csv }]);

  test('co-party ids, which the CSV does not carry, are found again by name where the name matches', () => {
    const ids = (map: DealMap) =>
      map.deals.flatMap((d) => (d.coParties ?? []).map((p) => `${d.id}/${p.name}/${p.id ?? ''}`));
    const before = ids(original).filter((s) => !s.endsWith('/'));
    const after = new Set(ids(back));
    const found = before.filter((s) => after.has(s));
    expect(before).toHaveLength(35);
    expect(found).toHaveLength(34); // "a16z" is an alias of andreessen-horowitz, not its name
    expect(ids(back).filter((s) => !s.endsWith('/') && !before.includes(s))).toEqual([]);
  });

  test('with a companies CSV, every linked co-party keeps its id', () => {
    const companiesCsv = csvFormatRows([[...COMPANY_COLUMNS], ...original.companies.map(companyRow)]);
    const pair = reimport([
      { name: 'ai-deals.csv', text: csv },
      { name: 'companies.csv', text: companiesCsv },
    ]);
    const coParties = (map: DealMap) => map.deals.flatMap((d) => d.coParties ?? []);
    expect(coParties(pair).filter((p) => p.id !== undefined)).toHaveLength(35);
  });
});

function companyRow(c: Company): string[] {
  return [
    c.id,
    c.name,
    c.category,
    c.parent ?? '',
    c.country ?? '',
    c.founded === undefined ? '' : String(c.founded),
    c.url ?? '',
    joinList(c.aliases ?? [], '; '),
    c.description ?? '',
    c.notes ?? '',
  ];
}

test('awkward text survives: quotes, commas, line breaks, separators, formulas, markup', () => {
  const original = load(hostileFile());
  const csv = exportCsv(original);
  const back = reimport([{ name: 'hostile.csv', text: csv }]);
  compareDeals(original, back);
  expect(new Map(back.companies.map((c) => [c.id, c.name]))).toEqual(
    new Map(original.companies.map((c) => [c.id, c.name])),
  );
});

test('attributes come back, one column per name, whatever their names and values', () => {
  const attributes = [
    { region: 'us-east-1', weight: 3, public: true, date: 'not the deal date', '=x': '-1', value: 0.25 },
    { region: 'eu', 'attribute:odd': '007', count: -2, Date: 'again', flag: 'true', quoted: "'5" },
  ];
  const original = load({
    format: 'ai-deal-map/1',
    companies: [
      { id: 'a', name: 'A', category: 'other' },
      { id: 'b', name: 'B', category: 'other' },
    ],
    deals: attributes.map((a, i) => ({
      id: `d${i}`,
      from: 'a',
      to: 'b',
      type: 'investment',
      status: 'completed',
      sources: [{ url: 'https://example.com/' }],
      attributes: a,
    })),
  });
  const csv = exportCsv(original);
  expect(csv.split('\n')[0]?.split(',').slice(DEAL_CSV_COLUMNS.length)).toEqual([
    'region',
    'weight',
    'public',
    'attribute:date',
    "'=x",
    'value',
    'attribute:attribute:odd',
    'count',
    'attribute:Date',
    'flag',
    'quoted',
  ]);
  compareDeals(original, reimport([{ name: 'attributes.csv', text: csv }]));
});
