import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDealMapText } from '../data/parse.ts';
import { minimalFile } from '../data/test-fixtures.ts';
import { detectFormat, importFiles, type InputFile } from './index.ts';

const fixture = (name: string): InputFile => ({
  name,
  text: readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8'),
});
const bundledText = readFileSync(new URL('../../../data/ai-deals.json', import.meta.url), 'utf8');

describe('detectFormat', () => {
  test.each([
    ['deals.csv', 'csv-deals'],
    ['companies.csv', 'csv-companies'],
    ['miserables-id.json', 'd3'],
    ['miserables-index.json', 'd3'],
  ] as const)('%s → %s', (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });

  test.each([
    [{ name: 'ai-deals.json', text: bundledText }, 'native'],
    [{ name: 'data', text: '\uFEFF  {"companies": [], "deals": []}' }, 'native'],
    [{ name: 'x.JSON', text: '{"format": "other"}' }, 'native'],
    [{ name: 'graph', text: '{"nodes": [], "links": []}' }, 'd3'],
    [{ name: 'deals.txt', text: 'From,TO\na,b' }, 'csv-deals'],
    [{ name: 'list', text: 'name,category\nA,other' }, 'csv-companies'],
    [{ name: 'x.json', text: '{"foo": 1}' }, 'unknown'],
    [{ name: 'x.json', text: '[1, 2]' }, 'unknown'],
    [{ name: 'x.json', text: 'from,to\na,b' }, 'unknown'],
    [{ name: 'x.json', text: '{"companies": [' }, 'unknown'],
    [{ name: 'x.csv', text: '{"companies": []}' }, 'unknown'],
    [{ name: 'x.csv', text: 'a,b,c\n1,2,3' }, 'unknown'],
    [{ name: 'x.csv', text: '' }, 'unknown'],
  ])('%j → %s', (file, format) => {
    expect(detectFormat(file)).toBe(format);
  });
});

describe('native JSON', () => {
  test('gives exactly what parseDealMapText gives', () => {
    const bom = `\uFEFF${bundledText}`;
    expect(importFiles([{ name: 'ai-deals.json', text: bom }])).toEqual(
      parseDealMapText(bom, 'ai-deals.json'),
    );
    const broken = JSON.stringify({ ...minimalFile(), format: undefined, extra: 1 });
    expect(importFiles([{ name: 'mine.json', text: broken }])).toEqual(parseDealMapText(broken, 'mine.json'));
  });

  test('the bundled data loads with no problem at all', () => {
    const result = importFiles([{ name: 'ai-deals.json', text: bundledText }]);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });
});

describe('structural problems name the file', () => {
  const rejects = (files: InputFile[], issue: Record<string, unknown>) => {
    const result = importFiles(files);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([{ path: '', severity: 'error', ...issue }]);
  };

  test('no file, too many files', () => {
    rejects([], { message: 'No file was given.' });
    const f = { name: 'a.csv', text: 'from,to\na,b' };
    rejects([f, { ...f, name: 'b.csv' }, { ...f, name: 'c.csv' }], {
      message:
        'Pick one file, or a deals CSV and a companies CSV together; 3 files were given (a.csv, b.csv, c.csv).',
      file: 'a.csv, b.csv, c.csv',
    });
  });

  test('empty files and files over the size limit', () => {
    rejects([{ name: 'deals.csv', text: '\uFEFF \n ' }], {
      message: 'deals.csv: the file is empty',
      file: 'deals.csv',
    });
    rejects([{ name: 'big.csv', text: 'x'.repeat(50 * 1024 * 1024 + 1) }], {
      message: 'big.csv: the file is 50 MB, larger than the 50 MB limit',
      file: 'big.csv',
    });
  });

  test('JSON that is not JSON gets its line and column, and a hint when it looks like CSV', () => {
    rejects([{ name: 'deals.json', text: 'from,to\nopenai,aws\n' }], {
      message: 'The file is not valid JSON (line 1, column 1). It looks like CSV: load it as a CSV file.',
      file: 'deals.json',
      line: 1,
      column: 1,
    });
  });

  test('a CSV file that holds JSON gets a hint', () => {
    rejects([{ name: 'deals.csv', text: '{"nodes": [], "links": []}' }], {
      message:
        'deals.csv: this looks like JSON, not CSV (it starts with "{"); give the file a .json name to import it as JSON',
      file: 'deals.csv',
      line: 1,
    });
  });

  test('JSON that is neither format', () => {
    rejects([{ name: 'x.json', text: '{"items": []}' }], {
      message:
        'x.json: this JSON is neither an AI Deal Map file (with "companies" and "deals") nor a D3 graph (with "nodes" and "links"); it is an object without those lists',
      file: 'x.json',
    });
    rejects([{ name: 'x.json', text: '[{"id": 1}]' }], {
      message:
        'x.json: this JSON is neither an AI Deal Map file (with "companies" and "deals") nor a D3 graph (with "nodes" and "links"); it is a list',
      file: 'x.json',
    });
  });

  test('a CSV without a header, or separated by semicolons or tabs', () => {
    rejects([{ name: 'deals.csv', text: 'openai,aws,compute\nanthropic,aws,compute' }], {
      message:
        'deals.csv: no header row found: line 1 should name the columns, with "from" and "to" for deals (or "name" for companies)',
      file: 'deals.csv',
      line: 1,
    });
    rejects([{ name: 'deals.csv', text: 'from;to;type\na;b;compute' }], {
      message:
        'deals.csv: the columns seem to be separated by semicolons; save the file as CSV with commas between the columns',
      file: 'deals.csv',
      line: 1,
    });
    rejects([{ name: 'deals.tsv', text: 'from\tto\na\tb' }], {
      message:
        'deals.tsv: the columns seem to be separated by tabs; save the file as CSV with commas between the columns',
      file: 'deals.tsv',
      line: 1,
    });
  });

  test('a companies CSV alone, and pairs that are not a deals CSV plus a companies CSV', () => {
    rejects([fixture('companies.csv')], {
      message:
        'companies.csv: this is a companies CSV (it has no "from" and "to" columns); pick it together with a deals CSV to import both',
      file: 'companies.csv',
    });
    rejects([fixture('deals.csv'), { ...fixture('deals.csv'), name: 'more.csv' }], {
      message:
        'Two files can only be a deals CSV and a companies CSV picked together; deals.csv is a deals CSV and more.csv is a deals CSV. A JSON file is imported on its own.',
      file: 'deals.csv, more.csv',
    });
    rejects([fixture('miserables-id.json'), fixture('companies.csv')], {
      message:
        'Two files can only be a deals CSV and a companies CSV picked together; miserables-id.json is a D3 graph and companies.csv is a companies CSV. A JSON file is imported on its own.',
      file: 'miserables-id.json, companies.csv',
    });
    rejects([fixture('deals.csv'), { name: 'c.csv', text: '' }], {
      message: 'c.csv: the file is empty',
      file: 'c.csv',
    });
  });

  test('the pair may come in either order', () => {
    const a = importFiles([fixture('deals.csv'), fixture('companies.csv')]);
    const b = importFiles([fixture('companies.csv'), fixture('deals.csv')]);
    expect(b).toEqual(a);
  });
});

describe('never throws', () => {
  const awkward: InputFile[] = [
    { name: '', text: '' },
    { name: '.json', text: '\uD800' },
    { name: 'x.csv', text: '\uD800,\uDFFF\n"unterminated' },
    { name: 'x.csv', text: 'from,to\n"a\n' },
    { name: 'x.csv', text: 'from,to\n\u0000,\u202E\n' },
    { name: 'deep.json', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}` },
    { name: 'deep.json', text: `{"nodes": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "links": []}` },
    {
      name: 'x.json',
      text: '{"nodes": [{"id": {"toString": 1}}], "links": [{"source": {"id": {}}, "target": []}]}',
    },
    { name: 'x.json', text: '{"__proto__": {"polluted": 1}, "nodes": [{"id": "__proto__"}], "links": []}' },
    { name: 'x.json', text: 'null' },
    { name: 'x.csv', text: ',,,\n,,,' },
  ];
  test.each(awkward.map((f) => [f.name, f.text.slice(0, 30), f] as const))('%s %j', (_n, _t, file) => {
    const result = importFiles([file]);
    expect(result.ok === true || result.issues.some((i) => i.severity === 'error')).toBe(true);
    for (const issue of result.issues) expect(issue.file).toBe(file.name === '' ? issue.file : file.name);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
