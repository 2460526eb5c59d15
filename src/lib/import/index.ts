/**
 * Importing a user's files: one file (our JSON format, a D3 `{nodes, links}` graph, or a deals CSV), or two
 * picked together (a deals CSV and a companies CSV). The importers only convert to the native format;
 * everything goes through the one validator (`validateDealMap`) at the end, so imported and native files obey
 * exactly the same rules. Never throws: every problem is an Issue that names its input file.
 * See data/README.md, "Importing CSV and D3 files".
 */
import { isPlainObject } from '../data/collect.ts';
import { describe } from '../data/issues.ts';
import { MAX_FILE_BYTES, parseDealMapText } from '../data/parse.ts';
import { validateDealMap, type ValidationResult } from '../data/validate.ts';
import { columnKey, findQuoteProblem, headerOf, quoteProblemMessage } from './csv-table.ts';
import { importCsv } from './csv-import.ts';
import { importD3 } from './d3-import.ts';
import { edgeField } from './field-synonyms.ts';
import { importGexf } from './gexf-import.ts';
import { importGraphml } from './graphml-import.ts';
import { xmlKind } from './xml-kind.ts';
import { rejected } from './import-issues.ts';

export interface InputFile {
  readonly name: string;
  readonly text: string;
}

export type ImportFormat = 'native' | 'd3' | 'csv-deals' | 'csv-companies' | 'gexf' | 'graphml' | 'unknown';

export { DEFAULT_STATUS } from './csv-import.ts';
export { D3_VALUE_NOTE } from './d3-import.ts';
export { LINK_TYPE } from './vocabulary.ts';
export { innerName, readFileText } from './read-file.ts';

interface Classified {
  readonly name: string;
  /** The text without a byte-order mark. */
  readonly body: string;
  readonly format: ImportFormat;
  /** The parsed JSON, for JSON formats. */
  readonly data?: unknown;
  /** For `unknown`: why, as a rejection naming the file. */
  readonly problem?: ValidationResult;
}

/** Which importer reads this file (by its name's extension, else by its content). */
export function detectFormat(file: InputFile): ImportFormat {
  try {
    return classify(file).format;
  } catch {
    return 'unknown';
  }
}

export function importFiles(files: readonly InputFile[]): ValidationResult {
  try {
    return importChecked(files);
  } catch {
    const names = files.map((f) => f.name).join(', ');
    return rejected(`Could not import ${names || 'the files'}: an unexpected problem occurred.`, {
      ...(names === '' ? {} : { file: names }),
    });
  }
}

function importChecked(files: readonly InputFile[]): ValidationResult {
  if (files.length === 0) return rejected('No file was given.');
  const names = files.map((f) => f.name).join(', ');
  if (files.length > 2) {
    return rejected(
      `Pick one file, or a deals CSV and a companies CSV together; ${files.length} files were given (${names}).`,
      { file: names },
    );
  }
  const classified = files.map(classify);
  if (classified.length === 1) {
    const [one] = classified;
    if (!one) return rejected('No file was given.');
    switch (one.format) {
      case 'native':
        // The same as parseDealMapText(text, name), without parsing the JSON a second time.
        return validateDealMap(one.data, { file: one.name });
      case 'd3':
        return importD3(one.name, one.body, one.data as Record<string, unknown>);
      case 'csv-deals':
        return importCsv({ name: one.name, text: one.body });
      case 'gexf':
        return importGexf(one.name, one.body);
      case 'graphml':
        return importGraphml(one.name, one.body);
      case 'csv-companies':
        return rejected(
          `${one.name}: this is a companies CSV (it has no "from" and "to" columns); pick it together with a deals CSV to import both`,
          { file: one.name },
        );
      case 'unknown':
        return one.problem ?? rejected(`${one.name}: this file could not be read`, { file: one.name });
    }
  }
  const problems = classified.flatMap((c) => (c.format === 'unknown' ? (c.problem?.issues ?? []) : []));
  if (problems.length > 0) return { ok: false, issues: problems };
  const deals = classified.find((c) => c.format === 'csv-deals');
  const companies = classified.find((c) => c.format === 'csv-companies');
  if (deals && companies) {
    return importCsv({ name: deals.name, text: deals.body }, { name: companies.name, text: companies.body });
  }
  const what = classified
    .map((c) => `${c.name} is ${FORMAT_WORDS.get(c.format) ?? 'unreadable'}`)
    .join(' and ');
  return rejected(
    `Two files can only be a deals CSV and a companies CSV picked together; ${what}. A JSON file is imported on its own.`,
    { file: names },
  );
}

const FORMAT_WORDS = new Map<ImportFormat, string>([
  ['native', 'an AI Deal Map JSON file'],
  ['d3', 'a D3 graph'],
  ['csv-deals', 'a deals CSV'],
  ['csv-companies', 'a companies CSV'],
  ['gexf', 'a GEXF graph'],
  ['graphml', 'a GraphML graph'],
]);

const CSV_EXTENSIONS = new Set(['csv', 'tsv', 'txt']);
const DEAL_KEYS = ['from', 'to', 'fromname', 'toname'];
const COMPANY_KEYS = ['name', 'category', 'parent', 'aliases', 'founded', 'country'];

function classify(file: InputFile): Classified {
  const { name } = file;
  const body = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const unknown = (message: string, line?: number): Classified => ({
    name,
    body,
    format: 'unknown',
    problem: rejected(message, { file: name, ...(line === undefined ? {} : { line }) }),
  });
  if (body.length > MAX_FILE_BYTES) {
    return unknown(
      `${name}: the file is ${megabytes(body.length)}, larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`,
    );
  }
  if (body.trim() === '') return unknown(`${name}: the file is empty`);
  // XML is told by its content, never read as CSV or JSON.
  const xml = xmlKind(body);
  if (xml === 'gexf' || xml === 'graphml') return { name, body, format: xml };
  if (xml !== undefined) {
    return unknown(
      `${name}: this is XML but neither GEXF nor GraphML (its root element is <${xml.root}>); the map reads GEXF, GraphML, JSON and CSV files`,
    );
  }
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
  const start = body.trimStart()[0];
  const looksJson = start === '{' || start === '[';
  const expectJson = extension === 'json' || (!CSV_EXTENSIONS.has(extension) && looksJson);

  if (expectJson) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      // The validator's own boundary reports the syntax error with its line and column (and a CSV hint).
      return { name, body, format: 'unknown', problem: parseDealMapText(body, name) };
    }
    if (isPlainObject(data)) {
      if (['format', 'companies', 'deals'].some((key) => Object.hasOwn(data, key))) {
        return { name, body, format: 'native', data };
      }
      if (Object.hasOwn(data, 'nodes')) return { name, body, format: 'd3', data };
    }
    const what = isPlainObject(data) ? 'an object without those lists' : describe(data);
    return unknown(
      `${name}: this JSON is neither an AI Deal Map file (with "companies" and "deals") nor a D3 graph (with "nodes" and "links"); it is ${what}`,
    );
  }

  if (looksJson) {
    return unknown(
      `${name}: this looks like JSON, not CSV (it starts with "${start}"); give the file a .json name to import it as JSON`,
      1,
    );
  }
  const keys = new Set(headerOf(body).map(columnKey));
  if (DEAL_KEYS.some((k) => keys.has(k)) || isEdgeList(keys)) return { name, body, format: 'csv-deals' };
  if (COMPANY_KEYS.some((k) => keys.has(k))) return { name, body, format: 'csv-companies' };
  // A stray quote in the header hides its column names (`"from,to` is one name): say so, not "no header".
  const stray = findQuoteProblem(body);
  if (stray?.line === 1) {
    return {
      name,
      body,
      format: 'unknown',
      problem: rejected(quoteProblemMessage(name, stray, []), { file: name, line: 1, column: stray.column }),
    };
  }
  const newline = body.indexOf('\n');
  const firstLine = newline < 0 ? body : body.slice(0, newline);
  if (keys.size <= 1 && (firstLine.includes(';') || firstLine.includes('\t'))) {
    const by = firstLine.includes('\t') ? 'tabs' : 'semicolons';
    return unknown(
      `${name}: the columns seem to be separated by ${by}; save the file as CSV with commas between the columns`,
      1,
    );
  }
  return unknown(
    `${name}: no header row found: line 1 should name the columns, with "from" and "to" for deals (or "name" for companies)`,
    1,
  );
}

/** A header with an edge list's two ends under other names: `source,target`, `origin,destination`… */
function isEdgeList(keys: ReadonlySet<string>): boolean {
  const fields = new Set([...keys].map(edgeField));
  return fields.has('source') && fields.has('target');
}

/** A size for messages: "61.2 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}
