import { csvFormatRows } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CATEGORIES, DEFAULT_DEAL_TYPES } from '../data/defaults.ts';
import type { Issue } from '../data/issues.ts';
import type { ValidationResult } from '../data/validate.ts';
import { isPlainNetwork } from '../graph/plain-network.ts';
import { importFiles, type InputFile } from './index.ts';
import { CATEGORY_PALETTE, LINK_TYPE, TYPE_PALETTE } from './vocabulary.ts';
import { sourcesOf } from '../data/sources.ts';

const fixture = (name: string): InputFile => ({
  name,
  text: readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8'),
});

/** A CSV file from rows of cells (the first row is the header). */
function csv(name: string, rows: readonly (readonly string[])[]): InputFile {
  return { name, text: csvFormatRows(rows.map((r) => [...r])) };
}

function loaded(result: ValidationResult) {
  if (!result.ok) throw new Error(`should load: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.value;
}

/** Issues without the notices that most tests do not care about. */
const problems = (result: ValidationResult): Issue[] => result.issues.filter((i) => i.severity !== 'notice');

describe('the sample pair (tests/fixtures/import)', () => {
  const result = importFiles([fixture('deals.csv'), fixture('companies.csv')]);
  const map = loaded(result);

  test('loads with two notices and nothing skipped', () => {
    expect(result.issues).toEqual([
      {
        path: '',
        severity: 'notice',
        message: '1 deal has no type and is shown as "link".',
        file: 'deals.csv',
      },
      {
        path: '',
        severity: 'notice',
        message: '1 deal has no source and will be marked "unsourced".',
        file: 'deals.csv',
      },
    ]);
    expect(map.companies).toHaveLength(9);
    expect(map.deals).toHaveLength(8);
    expect(map.meta.title).toBe('deals');
  });

  test('companies: ids kept or slugified from names, accents and quotes kept in the text', () => {
    expect(map.companies.map((c) => c.id)).toEqual([
      'lumiere-labs',
      'nordvolt-compute',
      'societe-generale-d-informatique',
      'blabaer-capital',
      'halvleder',
      'cloudmont',
      'cloudmont-cloud',
      'zurich-data-parks',
      'atelier-robotique',
    ]);
    const lumiere = map.companies[0];
    expect(lumiere).toMatchObject({
      name: 'Lumière Labs',
      category: 'ai-lab',
      country: 'FR',
      founded: 2021,
      url: 'https://lumiere.example/',
      aliases: ['Lumiere', 'LL'],
      description: 'Paris lab behind the "Aurore" open-weight models, founded by three researchers.',
    });
    expect(map.companies.find((c) => c.id === 'cloudmont-cloud')?.parent).toBe('cloudmont');
    expect(map.companies.find((c) => c.id === 'zurich-data-parks')?.category).toBe('data-center');
  });

  test('categories: the defaults in use plus "Robotics" with a colour no declared default shows', () => {
    const used = ['ai-lab', 'hyperscaler', 'neocloud', 'chipmaker', 'investor', 'data-center'];
    expect(map.categories.slice(0, 6)).toEqual(DEFAULT_CATEGORIES.filter((c) => used.includes(c.id)));
    const robotics = map.categories[6];
    // The first palette colour that none of the six declared defaults uses: the first deal type's.
    const [color, colorDark] = CATEGORY_PALETTE[6] ?? [];
    expect([color, colorDark]).toEqual([DEFAULT_DEAL_TYPES[0]?.color, DEFAULT_DEAL_TYPES[0]?.colorDark]);
    expect(robotics).toEqual({ id: 'robotics', label: 'Robotics', color, colorDark });
    expect(map.categories).toHaveLength(7);
    const colours = map.categories.map((c) => c.color);
    expect(new Set(colours).size).toBe(colours.length);
  });

  test('deal types: the defaults in use plus "link" for the row without a type', () => {
    expect(map.dealTypes.map((t) => t.id)).toEqual(['investment', 'compute', 'chips', 'licensing', 'link']);
    expect(map.dealTypes.at(-1)).toEqual(LINK_TYPE);
    expect(map.deals.find((d) => d.id === 'lumiere-zurich-2026')?.type).toBe('link');
  });

  test('deals: names resolve to companies, words normalised, a line break inside a quoted summary', () => {
    const byId = new Map(map.deals.map((d) => [d.id, d]));
    expect(byId.get('lumiere-nordvolt-2025-compute')).toMatchObject({
      from: 'lumiere-labs',
      to: 'nordvolt-compute',
      amount: {
        value: 1.2e9,
        currency: 'EUR',
        usd: 1.3e9,
        kind: 'exact',
        scope: 'total',
        text: '€1.2 billion (≈ $1.3B)',
      },
      termYears: 5,
      summary:
        'Lumière Labs will rent GPU clusters in Luleå, Sweden — "the largest in the Nordics", per Nordvolt.',
      sources: [
        { url: 'https://news.example.com/lumiere-nordvolt', publisher: 'Example News', date: '2025-03-14' },
        { url: 'https://nordvolt.example/press/2025-03-14', publisher: 'Nordvolt', date: '2025-03-14' },
      ],
    });
    expect(byId.get('blabaer-lumiere-2024-seed')).toMatchObject({
      from: 'blabaer-capital',
      type: 'investment',
      summary: 'Seed round led by Blåbær Capital.\nOther investors joined on the same terms.',
      coParties: [
        {
          name: "Société Générale d'Informatique",
          id: 'societe-generale-d-informatique',
          role: 'co-investor',
        },
        { name: 'Angel investors' },
      ],
    });
    expect(byId.get('lumiere-halvleder-2025-chips')?.amount).toMatchObject({ kind: 'upTo', value: 5e8 });
    expect(byId.get('lumiere-cloudmont-cloud-2026-compute')).toMatchObject({
      to: 'cloudmont-cloud',
      amount: { scope: 'perYear' },
      sources: [
        {
          url: 'https://news.example.com/lumiere-cloudmont-cloud',
          publisher: 'Example News',
          date: '2026-02-03',
        },
        { url: 'https://cloudmont.example/blog/lumiere', publisher: 'Cloudmont' },
      ],
    });
    // No id in the file: from-to-date-n.
    expect(byId.get('nordvolt-compute-halvleder-2025-11-20-1')).toMatchObject({
      from: 'nordvolt-compute',
      to: 'halvleder',
      amount: { kind: 'undisclosed' },
    });
    // Imported files may lack sources: allowed, and counted in the notice above.
    expect(byId.get('lumiere-zurich-2026')?.sources).toEqual([]);
  });
});

describe('structure', () => {
  test('missing required columns name the file and the column', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['id', 'from', 'type'],
        ['x', 'a', 'compute'],
      ]),
    ]);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          severity: 'error',
          message: 'deals.csv: missing required column "to" (or "target" or "destination")',
          file: 'deals.csv',
          line: 1,
        },
      ],
    });
  });

  test.each([
    ['Source', 'target', 'weight'],
    ['origin', 'destination', 'count'],
    ['from', 'to', 'value'],
  ])('an edge list with a %s,%s,%s header loads as a plain network with weights', (a, b, w) => {
    const result = importFiles([
      csv('edges.csv', [
        [a, b, w],
        ['x', 'y', '3'],
        ['y', 'z', '0.5'],
      ]),
    ]);
    const map = loaded(result);
    expect(map.deals.map((d) => [d.from, d.to, d.status, d.amount, d.attributes])).toEqual([
      ['x', 'y', 'completed', undefined, { weight: 3 }],
      ['y', 'z', 'completed', undefined, { weight: 0.5 }],
    ]);
    expect(isPlainNetwork(map)).toBe(true);
    expect(result.issues.map((i) => i.message)).toContain(
      'No amounts, currencies, statuses or money deal types: the file is drawn as a plain network (links, not money flows).',
    );
  });

  test('a problem in an edge list names its own column', () => {
    const result = importFiles([
      csv('edges.csv', [
        ['source', 'target', 'date'],
        ['x', '', '2024'],
      ]),
    ]);
    expect(result.issues.find((i) => i.severity === 'warning')?.message).toBe(
      'Column "target": is empty — this deal was skipped',
    );
  });

  test('a header with no rows', () => {
    const result = importFiles([{ name: 'deals.csv', text: '\uFEFFfrom,to\r\n\r\n' }]);
    expect(result.issues.map((i) => i.message)).toEqual([
      'deals.csv: the header has no rows below it, so there is nothing to map',
    ]);
    expect(result.ok).toBe(false);
  });

  test('a companies CSV needs a "name" (or "id") column', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'to'],
        ['a', 'b'],
      ]),
      csv('companies.csv', [
        ['category', 'country'],
        ['investor', 'US'],
      ]),
    ]);
    expect(result.issues).toEqual([
      {
        path: '',
        severity: 'error',
        message: 'companies.csv: missing required column "name"',
        file: 'companies.csv',
        line: 1,
      },
    ]);
  });

  test('a companies CSV keeps its other columns as attributes: numbers, yes/no and text', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'to', 'status'],
        ['a', 'b', 'completed'],
      ]),
      csv('companies.csv', [
        ['id', 'name', 'Ticker', 'employees', 'public', 'code'],
        ['a', 'Alpha', 'ALP', '1200', 'true', "'007"],
        ['b', 'Beta', '', '', 'false', '7'],
      ]),
    ]);
    const map = loaded(result);
    expect(map.companies.map((c) => ({ ...c.attributes }))).toEqual([
      { Ticker: 'ALP', employees: 1200, public: true, code: '007' },
      { public: false, code: 7 },
    ]);
    expect(result.issues.map((i) => i.message)).toContain(
      '4 columns are not in the format and are kept as attributes: "Ticker", "employees", "public", "code".',
    );
  });

  test('column names ignore case and spaces; other columns are kept as attributes and counted', () => {
    const result = importFiles([
      csv('deals.csv', [
        [' FROM ', 'To', 'Analyst', 'End Date', 'date', 'x'],
        ['a', 'b', 'me', '2025', '2024', ''],
      ]),
    ]);
    const map = loaded(result);
    expect(map.deals[0]).toMatchObject({ from: 'a', to: 'b', date: '2024', endDate: '2025' });
    // A blank cell is no attribute.
    expect(map.deals[0]?.attributes).toEqual({ Analyst: 'me' });
    expect(result.issues).toContainEqual({
      path: '',
      severity: 'notice',
      message: '2 columns are not in the format and are kept as attributes: "Analyst", "x".',
      file: 'deals.csv',
      line: 1,
    });
  });

  test('a repeated column: the first is read', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'to', 'from'],
        ['a', 'b', 'c'],
      ]),
    ]);
    expect(loaded(result).deals[0]?.from).toBe('a');
    expect(problems(result)).toEqual([
      {
        path: 'from',
        severity: 'warning',
        message: 'Column "from" appears twice (columns 1 and 3); only the first is read.',
        file: 'deals.csv',
        line: 1,
        column: 3,
      },
    ]);
  });

  test('more than 60,000 deals are refused before anything is built', () => {
    const text = `from,to\n${'a,b\n'.repeat(60_001)}`;
    expect(importFiles([{ name: 'big.csv', text }]).issues).toEqual([
      {
        path: '',
        severity: 'error',
        message: 'big.csv: 60,001 rows of deals; the limit is 60,000',
        file: 'big.csv',
      },
    ]);
  });

  test('more than 20,000 companies are refused', () => {
    const companies = { name: 'companies.csv', text: `name\n${'x\n'.repeat(20_001)}` };
    expect(
      importFiles([
        csv('deals.csv', [
          ['from', 'to'],
          ['a', 'b'],
        ]),
        companies,
      ]).issues,
    ).toEqual([
      {
        path: '',
        severity: 'error',
        message: 'companies.csv: 20,001 rows of companies; the limit is 20,000',
        file: 'companies.csv',
      },
    ]);
    const rows = Array.from({ length: 10_001 }, (_, i) => [`a${i}`, `b${i}`]);
    const many = importFiles([csv('deals.csv', [['from', 'to'], ...rows])]);
    expect(many.ok).toBe(false);
    expect(many.issues.map((i) => i.message)).toEqual([
      'deals.csv: the deals name more than 20,000 companies, the limit',
    ]);
    expect(many.issues[0]?.line).toBe(10_002);
  });
});

describe('a stray quote refuses the file, naming the line where it opened and the column', () => {
  const error = (file: string, line: number, column: number, message: string) => ({
    ok: false,
    issues: [{ path: '', severity: 'error', message, file, line, column }],
  });

  test('a quote never closed in a cell: the rest of the file would be one cell', () => {
    const text = [
      'id,from,to,type,amount_value',
      'd0,microsoft,openai,investment,13000000000',
      'd1,openai,"aws,compute,38000000000',
      'd2,anthropic,google,cloud,',
      'd3,nvidia,openai,investment,',
      '',
    ].join('\n');
    expect(importFiles([{ name: 'deals.csv', text }])).toEqual(
      error(
        'deals.csv',
        3,
        3,
        'deals.csv, line 3, column "to": a quoted cell is never closed (missing "), so everything after it would be read as one cell',
      ),
    );
  });

  test('a quote opening a row (it used to end in "the companies list is empty")', () => {
    const text = 'id,from,to\r\n"d1,openai,aws\r\nd2,anthropic,google\r\n';
    expect(importFiles([{ name: 'deals.csv', text }])).toEqual(
      error(
        'deals.csv',
        2,
        1,
        'deals.csv, line 2, column "id": a quoted cell is never closed (missing "), so everything after it would be read as one cell',
      ),
    );
  });

  test('in the last cell of the file, and in the companies CSV', () => {
    expect(importFiles([{ name: 'deals.csv', text: 'from,to\na,b\nc,"d' }]).issues[0]?.message).toBe(
      'deals.csv, line 3, column "to": a quoted cell is never closed (missing "), so everything after it would be read as one cell',
    );
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'to'],
        ['a', 'b'],
      ]),
      { name: 'companies.csv', text: 'id,name,description\na,A,"Makes ""chips\nb,B,\n' },
    ]);
    expect(result).toEqual(
      error(
        'companies.csv',
        2,
        3,
        'companies.csv, line 2, column "description": a quoted cell is never closed (missing "), so everything after it would be read as one cell',
      ),
    );
  });

  test('in the header, recognised or not', () => {
    expect(importFiles([{ name: 'deals.csv', text: 'id,from,"to\nd1,a,b\n' }])).toEqual(
      error(
        'deals.csv',
        1,
        3,
        'deals.csv, line 1, column 3: a quoted cell is never closed (missing "), so everything after it would be read as one cell',
      ),
    );
    expect(importFiles([{ name: 'deals.csv', text: '"from,to\na,b\n' }])).toEqual(
      error(
        'deals.csv',
        1,
        1,
        'deals.csv, line 1, column 1: a quoted cell is never closed (missing "), so everything after it would be read as one cell',
      ),
    );
  });

  test('text after a closing quote: an undoubled quote, or two stray quotes swallowing the rows between', () => {
    expect(importFiles([{ name: 'deals.csv', text: 'from,to,summary\na,b,"The "big" one"\n' }])).toEqual(
      error(
        'deals.csv',
        2,
        3,
        'deals.csv, line 2, column "summary": a quoted cell has text after its closing quote ("big\\" one\\""); a " inside a quoted cell must be written twice ("")',
      ),
    );
    const text = 'id,from,to\nd1,openai,"aws\nd2,anthropic,google\nd3,nvidia,open"ai\nd4,a,b\n';
    expect(importFiles([{ name: 'deals.csv', text }])).toEqual(
      error(
        'deals.csv',
        2,
        3,
        'deals.csv, line 2, column "to": a quoted cell opens here but only closes on line 4, with text after its closing quote ("ai"); lines 2 to 4 would be read as one cell — is the " on line 2 a stray one?',
      ),
    );
  });

  test('well-formed quotes still load: commas, doubled quotes, line breaks, a quote inside a plain cell', () => {
    const text =
      'from,to,summary,notes\r\nopenai,aws,"Compute, ""lots"" of it",5" wide\r\nanthropic,google,"two\nlines",""\r\n';
    const map = loaded(importFiles([{ name: 'deals.csv', text }]));
    expect(map.deals.map((d) => [d.summary, d.notes])).toEqual([
      ['Compute, "lots" of it', '5" wide'],
      ['two\nlines', undefined],
    ]);
  });
});

describe('companies inferred from the deals', () => {
  test('ids are kept when valid, else slugified; names come from from_name/to_name or the cell', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'from_name', 'to', 'to_name'],
        ['openai', 'OpenAI', 'Société Générale', ''],
        ['OPENAI', '', 'aws', 'Amazon Web Services'],
        ['  société   générale ', '', 'Amazon Web Services', ''],
      ]),
    ]);
    const map = loaded(result);
    expect(map.companies.map((c) => [c.id, c.name, c.category])).toEqual([
      ['openai', 'OpenAI', 'other'],
      ['societe-generale', 'Société Générale', 'other'],
      ['aws', 'Amazon Web Services', 'other'],
    ]);
    expect(map.deals.map((d) => [d.from, d.to])).toEqual([
      ['openai', 'societe-generale'],
      ['openai', 'aws'],
      ['societe-generale', 'aws'],
    ]);
    expect(map.categories).toEqual(DEFAULT_CATEGORIES);
    expect(result.issues).toContainEqual({
      path: '',
      severity: 'notice',
      message: `3 companies were taken from the deals' "from" and "to" columns, with category "other".`,
      file: 'deals.csv',
    });
  });

  test('different names that make the same id get -2, -3… and a notice', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'to'],
        ['Acme Inc', 'Zeta'],
        ['Acme, Inc.', 'Zeta'],
        ['ACME INC', 'Acme Inc.'],
      ]),
    ]);
    const map = loaded(result);
    expect(map.companies.map((c) => [c.id, c.name])).toEqual([
      ['acme-inc', 'Acme Inc'],
      ['zeta', 'Zeta'],
      ['acme-inc-2', 'Acme, Inc.'],
      ['acme-inc-3', 'Acme Inc.'],
    ]);
    expect(result.issues.filter((i) => i.message.includes('makes the id'))).toEqual([
      {
        path: 'from',
        severity: 'notice',
        message:
          '"Acme, Inc." makes the id "acme-inc", which "Acme Inc" already has; it became "acme-inc-2".',
        file: 'deals.csv',
        line: 3,
        column: 1,
      },
      {
        path: 'to',
        severity: 'notice',
        message: '"Acme Inc." makes the id "acme-inc", which "Acme Inc" already has; it became "acme-inc-3".',
        file: 'deals.csv',
        line: 4,
        column: 2,
      },
    ]);
  });

  test('companies of the companies CSV are found by id, name, alias or original id text', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'to'],
        ['Amazon Web Services', 'OpenAI'],
        ['aws', 'Open AI Inc'],
        ['AWS', 'new co'],
      ]),
      csv('companies.csv', [
        ['id', 'name', 'aliases'],
        ['aws', 'AWS', 'Amazon Web Services'],
        ['Open AI Inc', 'OpenAI', ''],
      ]),
    ]);
    const map = loaded(result);
    expect(map.companies.map((c) => c.id)).toEqual(['aws', 'open-ai-inc', 'new-co']);
    expect(map.deals.map((d) => `${d.from}>${d.to}`)).toEqual([
      'aws>open-ai-inc',
      'aws>open-ai-inc',
      'aws>new-co',
    ]);
    expect(result.issues).toContainEqual({
      path: '',
      severity: 'notice',
      message: `1 company is not in companies.csv and was taken from the deals' "from" and "to" columns, with category "other".`,
      file: 'deals.csv',
    });
  });

  test('an empty "from" falls back to from_name; with neither the deal is skipped', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'from_name', 'to'],
        ['', 'Lumière Labs', 'b'],
        ['', '', 'b'],
        ['a', '', ' '],
      ]),
    ]);
    expect(loaded(result).deals.map((d) => d.from)).toEqual(['lumiere-labs']);
    expect(problems(result)).toEqual([
      {
        path: 'from',
        severity: 'warning',
        message: 'Column "from": is empty — this deal was skipped',
        file: 'deals.csv',
        line: 3,
        column: 1,
      },
      {
        path: 'to',
        severity: 'warning',
        message: 'Column "to": is empty — this deal was skipped',
        file: 'deals.csv',
        line: 4,
        column: 3,
      },
    ]);
  });

  test("the exporter's formula-guard apostrophe is removed; markup stays literal text", () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'to', 'summary'],
        ["'=Evil Corp", '<img src=x onerror=alert(1)>', '\'=HYPERLINK("https://evil.example")'],
        ["'Quoted", "''+1 Ltd", 'plain'],
      ]),
    ]);
    const map = loaded(result);
    expect(map.companies.map((c) => [c.id, c.name])).toEqual([
      ['evil-corp', '=Evil Corp'],
      ['img-src-x-onerror-alert-1', '<img src=x onerror=alert(1)>'],
      ['quoted', "'Quoted"],
      ['1-ltd', "'+1 Ltd"],
    ]);
    expect(map.deals[0]?.summary).toBe('=HYPERLINK("https://evil.example")');
  });
});

describe('defaults', () => {
  test('no type → "link" (declared), no status → "reported" in a file about money, with notices', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'to', 'amount_usd'],
        ['a', 'b', '5'],
        ['b', 'c', ''],
      ]),
    ]);
    const map = loaded(result);
    expect(map.deals.map((d) => [d.type, d.status])).toEqual([
      ['link', 'reported'],
      ['link', 'reported'],
    ]);
    expect(map.dealTypes).toEqual([LINK_TYPE]);
    expect(result.issues).toEqual([
      {
        path: '',
        severity: 'notice',
        message: '2 deals have no status and are read as "reported" (unconfirmed).',
        file: 'deals.csv',
      },
      {
        path: '',
        severity: 'notice',
        message: `3 companies were taken from the deals' "from" and "to" columns, with category "other".`,
        file: 'deals.csv',
      },
      {
        path: '',
        severity: 'notice',
        message: '2 deals have no type and are shown as "link".',
        file: 'deals.csv',
      },
      {
        path: '',
        severity: 'notice',
        message: '2 deals have no source and will be marked "unsourced".',
        file: 'deals.csv',
      },
    ]);
  });

  test('types that are all app defaults (by id or label, any case) declare nothing', () => {
    const map = loaded(
      importFiles([
        csv('deals.csv', [
          ['from', 'to', 'type', 'status'],
          ['a', 'b', 'Compute / cloud', 'Announced'],
          ['a', 'c', 'CHIPS', 'completed'],
        ]),
      ]),
    );
    expect(map.dealTypes).toEqual(DEFAULT_DEAL_TYPES);
    expect(map.deals.map((d) => [d.type, d.status])).toEqual([
      ['compute', 'announced'],
      ['chips', 'completed'],
    ]);
  });

  test('unknown types are declared with their text as label; they move money when a deal has a figure', () => {
    const map = loaded(
      importFiles([
        csv('deals.csv', [
          ['from', 'to', 'type', 'amount_value'],
          ['a', 'b', 'Loan', '5000000'],
          ['a', 'c', 'Board seat', ''],
          ['b', 'c', 'investment', ''],
          ['c', 'a', 'loan', ''],
        ]),
      ]),
    );
    expect(map.dealTypes).toEqual([
      DEFAULT_DEAL_TYPES[0],
      {
        id: 'loan',
        label: 'Loan',
        // The palette's first colour is investment's, declared already: new types take the next ones.
        color: TYPE_PALETTE[1]?.[0],
        colorDark: TYPE_PALETTE[1]?.[1],
        flow: 'money',
        dash: 'solid',
      },
      {
        id: 'board-seat',
        label: 'Board seat',
        color: TYPE_PALETTE[2]?.[0],
        colorDark: TYPE_PALETTE[2]?.[1],
        flow: 'none',
        dash: 'solid',
      },
    ]);
    expect(map.deals.map((d) => d.type)).toEqual(['loan', 'board-seat', 'investment', 'loan']);
  });

  test('a companies CSV category outside the defaults declares the list, with "other" for blank ones', () => {
    const map = loaded(
      importFiles([
        csv('deals.csv', [
          ['from', 'to'],
          ['a', 'b'],
          ['a', 'c'],
        ]),
        csv('companies.csv', [
          ['id', 'name', 'category'],
          ['a', 'A', 'Robotics'],
          ['b', 'B', ''],
        ]),
      ]),
    );
    expect(map.categories.map((c) => c.id)).toEqual(['other', 'robotics']);
    expect(map.companies.map((c) => c.category)).toEqual(['robotics', 'other', 'other']);
  });

  test('deal ids: kept, slugified, or generated from-to-date-n', () => {
    const map = loaded(
      importFiles([
        csv('deals.csv', [
          ['id', 'from', 'to', 'date', 'overlaps', 'superseded_by'],
          ['', 'a', 'b', '2025-11-03', 'Deal #1', ''],
          ['', 'a', 'b', '2025-11-03', '', ''],
          ['', 'a', 'b', '', '', ''],
          ['Deal #1', 'b', 'a', '11/3/2025', '', 'a-b-2025-11-03-2'],
          ['a', 'b', 'c', '', '', ''],
          ['keep_me.1', 'c', 'a', '2024', '', ''],
        ]),
      ]),
    );
    expect(map.deals.map((d) => d.id)).toEqual([
      'a-b-2025-11-03-1',
      'a-b-2025-11-03-2',
      'a-b-1',
      'keep_me.1',
    ]);
    expect(map.deals[0]?.overlaps).toBeUndefined(); // "Deal #1" became deal-1, skipped for its date
  });
});

describe('amounts and sources', () => {
  test('numbers are plain decimals or scientific notation; separators and units are refused', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'to', 'amount_value', 'amount_usd', 'term_years', 'capacity_gw'],
        ['a', 'b', '3.8E+10', '', '7', '0.75'],
        ['a', 'c', '38,000,000,000', '', '', ''],
        ['a', 'd', '', '$38B', '', ''],
        ['a', 'e', '5', '', 'seven', ''],
      ]),
    ]);
    expect(loaded(result).deals.map((d) => [d.amount?.value, d.termYears, d.capacityGw])).toEqual([
      [3.8e10, 7, 0.75],
    ]);
    expect(problems(result)).toEqual([
      {
        path: 'amount_value',
        severity: 'warning',
        message:
          'Column "amount_value": "38,000,000,000" is not a plain number: write it without thousands separators, with a dot for decimals (e.g. 38000000000 or 0.75) — this deal was skipped',
        file: 'deals.csv',
        line: 3,
        column: 3,
      },
      {
        path: 'amount_usd',
        severity: 'warning',
        message:
          'Column "amount_usd": "$38B" is not a plain number such as 38000000000, 0.75 or 3.8e10 (no currency signs, units or words) — this deal was skipped',
        file: 'deals.csv',
        line: 4,
        column: 4,
      },
      {
        path: 'term_years',
        severity: 'warning',
        message:
          'Column "term_years": "seven" is not a plain number such as 38000000000, 0.75 or 3.8e10 (no currency signs, units or words) — this deal was skipped',
        file: 'deals.csv',
        line: 5,
        column: 5,
      },
    ]);
  });

  test('secondary: yes/true/1 marks money for existing shares; anything but yes or no skips the deal', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'to', 'secondary'],
        ['a', 'b', 'yes'],
        ['a', 'c', 'No'],
        ['a', 'd', ''],
        ['a', 'e', 'TRUE'],
        ['a', 'f', 'maybe'],
      ]),
    ]);
    expect(loaded(result).deals.map((d) => [d.to, d.secondary])).toEqual([
      ['b', true],
      ['c', undefined],
      ['d', undefined],
      ['e', true],
    ]);
    expect(problems(result)).toEqual([
      {
        path: 'secondary',
        severity: 'warning',
        message: 'Column "secondary": should be "yes" or "no" (or empty) — this deal was skipped',
        file: 'deals.csv',
        line: 6,
        column: 3,
      },
    ]);
  });

  test('amount columns become one amount; the validator fills its defaults', () => {
    const map = loaded(
      importFiles([
        csv('deals.csv', [
          [
            'from',
            'to',
            'amount_value',
            'amount_currency',
            'amount_usd',
            'amount_kind',
            'amount_scope',
            'amount_text',
          ],
          ['a', 'b', '38000000000', '', '', '', '', ''],
          ['a', 'c', '1.3e9', 'eur', '1.5e9', 'Estimated', 'round', ''],
          ['a', 'd', '', '', '', 'undisclosed', '', 'not disclosed'],
          ['a', 'e', '150000000', 'USD', '', 'at least', 'Per_Month', ''],
          ['a', 'f', '', '', '', '', '', ''],
        ]),
      ]),
    );
    expect(map.deals.map((d) => d.amount)).toEqual([
      { value: 38e9, usd: 38e9, currency: 'USD', kind: 'exact', scope: 'total' },
      { value: 1.3e9, usd: 1.5e9, currency: 'EUR', kind: 'estimated', scope: 'round' },
      { currency: 'USD', kind: 'undisclosed', scope: 'total', text: 'not disclosed' },
      { value: 1.5e8, usd: 1.5e8, currency: 'USD', kind: 'atLeast', scope: 'perMonth' },
      undefined,
    ]);
  });

  test('sources split at " | ", in parallel with publishers and dates', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'to', 'sources', 'source_publishers', 'source_dates'],
        ['a', 'b', 'https://a.example/1 | https://b.example/x\\|y', 'A | ', ' | 2025-01-02'],
        ['a', 'c', 'https://c.example', 'C | D | E', ''],
        ['a', 'd', 'javascript:alert(1)', '', ''],
      ]),
    ]);
    expect(loaded(result).deals.map((d) => sourcesOf(d))).toEqual([
      [
        { url: 'https://a.example/1', publisher: 'A' },
        { url: 'https://b.example/x|y', date: '2025-01-02' },
      ],
      [{ url: 'https://c.example/', publisher: 'C' }],
      [],
    ]);
    expect(problems(result)).toEqual([
      {
        path: 'source_publishers',
        severity: 'warning',
        message: 'Column "source_publishers": 3 entries for 1 source; the extra ones were ignored',
        file: 'deals.csv',
        line: 3,
        column: 4,
      },
      {
        path: 'sources',
        severity: 'warning',
        message:
          'Column "sources": uses "javascript:", but only http: and https: links are allowed; this source was removed',
        file: 'deals.csv',
        line: 4,
        column: 3,
      },
    ]);
  });
});

describe("the validator's problems, moved to their line and column", () => {
  test('deals', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['id', 'from', 'to', 'type', 'date', 'status', 'overlaps', 'confidence'],
        ['d1', 'a', 'b', '', '2025', '', 'nope', ''],
        ['d2', 'a', 'b', '', '11/3/2025', '', '', ''],
        ['d3', 'a', 'b', '', '', 'rumour', '', ''],
        ['d1', 'a', 'c', '', '', '', '', ''],
        ['d5', 'a', 'a', '', '', '', '', 'HIGH'],
      ]),
    ]);
    expect(loaded(result).deals.map((d) => d.id)).toEqual(['d1']);
    expect(problems(result)).toEqual([
      {
        path: 'overlaps',
        severity: 'warning',
        message: 'Column "overlaps": "nope" is not a deal id; it was ignored',
        file: 'deals.csv',
        line: 2,
        column: 7,
      },
      {
        path: 'date',
        severity: 'warning',
        message:
          'Column "date": should be a date written YYYY, YYYY-MM or YYYY-MM-DD: "11/3/2025" — this deal was skipped',
        file: 'deals.csv',
        line: 3,
        column: 5,
      },
      {
        path: 'status',
        severity: 'warning',
        message:
          'Column "status": should be one of "announced", "completed", "reported", "terminated", but is "rumour" — this deal was skipped',
        file: 'deals.csv',
        line: 4,
        column: 6,
      },
      {
        path: 'id',
        severity: 'warning',
        message: 'Column "id": "d1" is already used by line 2 — this deal was skipped',
        file: 'deals.csv',
        line: 5,
        column: 1,
      },
      {
        path: 'to',
        severity: 'warning',
        message:
          'Column "to": a deal needs two different companies, but both sides are "a" — this deal was skipped',
        file: 'deals.csv',
        line: 6,
        column: 3,
      },
    ]);
  });

  test('companies, in the companies file', () => {
    const result = importFiles([
      csv('deals.csv', [
        ['from', 'to'],
        ['a', 'b'],
        ['c', 'b'],
      ]),
      csv('companies.csv', [
        ['id', 'name', 'country', 'founded', 'parent', 'url'],
        ['a', 'A', 'USA', '', '', ''],
        ['b', 'B', '', '1,999', '', ''],
        ['c', 'C', '', '', 'Nobody Inc', 'ftp://c.example'],
        ['d', 'D', '', '', 'nobody', ''],
      ]),
    ]);
    expect(loaded(result).deals).toEqual([]);
    expect(problems(result)).toEqual([
      {
        path: 'from',
        severity: 'warning',
        message: 'Column "from": "a" is not a company id (did you mean "c"?) — this deal was skipped',
        file: 'deals.csv',
        line: 2,
        column: 1,
      },
      {
        path: 'to',
        severity: 'warning',
        message: 'Column "to": "b" is not a company id (did you mean "c"?) — this deal was skipped',
        file: 'deals.csv',
        line: 3,
        column: 2,
      },
      {
        path: 'country',
        severity: 'warning',
        message:
          'Column "country": should be a two-letter country code such as "US": "USA" — this company was skipped',
        file: 'companies.csv',
        line: 2,
        column: 3,
      },
      {
        path: 'founded',
        severity: 'warning',
        message:
          'Column "founded": "1,999" is not a plain number: write it without thousands separators, with a dot for decimals (e.g. 38000000000 or 0.75) — this company was skipped',
        file: 'companies.csv',
        line: 3,
        column: 4,
      },
      {
        path: 'parent',
        severity: 'warning',
        message: 'Column "parent": "Nobody Inc" is not a company in this file; the parent link was removed',
        file: 'companies.csv',
        line: 4,
        column: 5,
      },
      {
        path: 'url',
        severity: 'warning',
        message:
          'Column "url": uses "ftp:", but only http: and https: links are allowed; the link was removed',
        file: 'companies.csv',
        line: 4,
        column: 6,
      },
      {
        path: 'parent',
        severity: 'warning',
        message: 'Column "parent": "nobody" is not a company id; the parent link was removed',
        file: 'companies.csv',
        line: 5,
        column: 5,
      },
    ]);
  });
});

test('hostile names and types: no prototype pollution, no pattern built from data', () => {
  const result = importFiles([
    csv('deals.csv', [
      ['__proto__', 'from', 'to', 'type', 'constructor'],
      ['x', '__proto__', 'constructor', '(a+)+$', 'y'],
      ['x', 'toString', 'hasOwnProperty', '__proto__', 'y'],
    ]),
    csv('companies.csv', [
      ['name', 'category', 'aliases'],
      ['__proto__', 'constructor', 'prototype; valueOf'],
    ]),
  ]);
  const map = loaded(result);
  expect(map.companies.map((c) => [c.id, c.name])).toEqual([
    ['proto', '__proto__'],
    ['constructor', 'constructor'],
    ['tostring', 'toString'],
    ['hasownproperty', 'hasOwnProperty'],
  ]);
  expect(map.dealTypes.map((t) => [t.id, t.label])).toEqual([
    ['a', '(a+)+$'],
    ['proto', '__proto__'],
  ]);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});
