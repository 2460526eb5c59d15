/**
 * A deals CSV (the export's columns) and an optional companies CSV → the native format, then the one
 * validator. This module only converts: it fills the documented defaults, makes ids, splits list cells, and
 * moves every problem the validator finds back to its line and column. See data/README.md, "Importing CSV and
 * D3 files".
 */
import { FORMAT_ID, type DealStatus } from '../data/format.ts';
import { quote, type Issue } from '../data/issues.ts';
import { MAX_COMPANIES, MAX_DEALS, validateDealMap, type ValidationResult } from '../data/validate.ts';
import { splitCoParties, splitList } from '../data/csv-cells.ts';
import {
  Columns,
  quoteProblemMessage,
  readNumber,
  readTable,
  type Column,
  type CsvRow,
  type CsvTable,
} from './csv-table.ts';
import {
  ImportLog,
  itemPath,
  plural,
  renameItems,
  sortByPlace,
  titleFromName,
  type Where,
} from './import-issues.ts';
import { DEAL_CSV_COLUMNS } from '../data/csv-columns.ts';
import { CsvAttributes } from './csv-attributes.ts';
import { edgeField } from './field-synonyms.ts';
import { KeptAttributes } from './kept-attributes.ts';
import { isMoneyType, PLAIN_STATUS } from './money-vocabulary.ts';
import { IdAllocator, isCompanyId, isItemId, matchKey, slugify } from './slug.ts';
import { Categories, DealTypes } from './vocabulary.ts';

/** The deals CSV columns: exactly what the export writes. */
export const DEAL_COLUMNS = DEAL_CSV_COLUMNS;

export const COMPANY_COLUMNS = [
  'id',
  'name',
  'category',
  'parent',
  'country',
  'founded',
  'url',
  'aliases',
  'description',
  'notes',
] as const;

type DealColumn = (typeof DEAL_COLUMNS)[number];
type CompanyColumn = (typeof COMPANY_COLUMNS)[number];

/** The status of imported deals that give none: unconfirmed until the file says otherwise. */
export const DEFAULT_STATUS: DealStatus = 'reported';

export interface CsvFile {
  readonly name: string;
  /** The text without its byte-order mark. */
  readonly text: string;
}

/** Deal fields → the column that holds them (validator paths, without list positions). */
const DEAL_FIELD_COLUMN = new Map<string, DealColumn>([
  ['id', 'id'],
  ['from', 'from'],
  ['to', 'to'],
  ['type', 'type'],
  ['date', 'date'],
  ['endDate', 'end_date'],
  ['status', 'status'],
  ['confidence', 'confidence'],
  ['amount', 'amount_value'],
  ['amount.value', 'amount_value'],
  ['amount.currency', 'amount_currency'],
  ['amount.usd', 'amount_usd'],
  ['amount.kind', 'amount_kind'],
  ['amount.scope', 'amount_scope'],
  ['amount.text', 'amount_text'],
  ['termYears', 'term_years'],
  ['capacityGw', 'capacity_gw'],
  ['summary', 'summary'],
  ['notes', 'notes'],
  ['coParties', 'co_parties'],
  ['coParties.name', 'co_parties'],
  ['coParties.id', 'co_parties'],
  ['coParties.role', 'co_parties'],
  ['overlaps', 'overlaps'],
  ['supersededBy', 'superseded_by'],
  ['secondary', 'secondary'],
  ['sources', 'sources'],
  ['sources.url', 'sources'],
  ['sources.publisher', 'source_publishers'],
  ['sources.date', 'source_dates'],
]);

const AMOUNT_KIND_WORDS = new Map([
  ['exact', 'exact'],
  ['upto', 'upTo'],
  ['atleast', 'atLeast'],
  ['estimated', 'estimated'],
  ['undisclosed', 'undisclosed'],
]);
const AMOUNT_SCOPE_WORDS = new Map([
  ['total', 'total'],
  ['peryear', 'perYear'],
  ['permonth', 'perMonth'],
  ['round', 'round'],
]);

/** `Up to`, `up_to`, `UPTO` → `upto`; unknown words pass through for the validator to name. */
function word(cell: string, words: ReadonlyMap<string, string>): string {
  let key = '';
  for (const ch of cell.toLowerCase()) if (ch !== ' ' && ch !== '_' && ch !== '-') key += ch;
  return words.get(key) ?? cell;
}

/** Where a company came from, to put the validator's problems back in place. */
interface Origin {
  readonly file: string;
  readonly line: number;
  /** The column of a company field (`name`, `category`…), when there is one. */
  readonly column: (field: string) => Column<string> | undefined;
}

interface CompanyDraft {
  readonly id: string;
  readonly origin: Origin;
  /** Fields of the native company. */
  fields: Record<string, unknown>;
  /** Dropped by the importer (already reported); its id still resolves, so its deals are reported too. */
  skipped: boolean;
  parentText?: string;
  parentRow?: CsvRow;
}

/** Companies by id and by matching name, id text or alias (first one wins). Maps only. */
class Registry {
  readonly drafts: CompanyDraft[] = [];
  readonly byId = new Map<string, CompanyDraft>();
  private readonly byKey = new Map<string, CompanyDraft>();
  readonly ids = new IdAllocator();

  add(draft: CompanyDraft, keys: readonly string[]): void {
    this.drafts.push(draft);
    if (!this.byId.has(draft.id)) this.byId.set(draft.id, draft);
    this.ids.reserve(draft.id);
    this.addKeys(draft, keys);
  }

  addKeys(draft: CompanyDraft, keys: readonly string[]): void {
    for (const key of keys) {
      const k = matchKey(key);
      if (k !== '' && !this.byKey.has(k)) this.byKey.set(k, draft);
    }
  }

  find(text: string): CompanyDraft | undefined {
    return this.byId.get(text) ?? this.byKey.get(matchKey(text));
  }
}

interface DealDraft {
  readonly row: CsvRow;
  readonly idText: string;
  readonly from: string;
  readonly to: string;
  /** The column each end was read from (`from`, or `from_name` when `from` is empty). */
  readonly fromColumn: DealColumn;
  readonly toColumn: DealColumn;
  readonly date: string | undefined;
  fields: Record<string, unknown>;
  overlapTexts: string[];
  supersededText: string;
  coPartyNames: { name: string; role?: string }[];
}

export function importCsv(dealsFile: CsvFile, companiesFile?: CsvFile): ValidationResult {
  const log = new ImportLog();
  const files = companiesFile ? [dealsFile.name, companiesFile.name] : [dealsFile.name];

  // Structure first: headers, required columns and row limits, before any object is built.
  const dealTable = readTable(dealsFile.text, MAX_DEALS);
  const dealColumns = new Columns<DealColumn>(dealTable.header, DEAL_COLUMNS, edgeEnd);
  checkDealsStructure(dealsFile.name, dealTable, dealColumns, log);
  let companyTable: CsvTable | undefined;
  let companyColumns: Columns<CompanyColumn> | undefined;
  if (companiesFile) {
    companyTable = readTable(companiesFile.text, MAX_COMPANIES);
    companyColumns = new Columns<CompanyColumn>(companyTable.header, COMPANY_COLUMNS);
    checkCompaniesStructure(companiesFile.name, companyTable, companyColumns, log);
  }
  if (log.hasErrors) return { ok: false, issues: log.issues };
  columnNotices(dealsFile.name, dealColumns, log);
  if (companiesFile && companyColumns) columnNotices(companiesFile.name, companyColumns, log);

  const categories = new Categories();
  const types = new DealTypes();
  const registry = new Registry();
  const kept = new KeptAttributes(log);
  if (companiesFile && companyTable && companyColumns) {
    const attributes = new CsvAttributes(companyColumns, kept, false);
    readCompanies(companiesFile.name, companyTable, companyColumns, registry, categories, attributes, log);
  }
  const listed = registry.drafts.length;
  const money = carriesMoneyRows(dealTable, dealColumns);
  const dealAttributes = new CsvAttributes(dealColumns, kept, !money);
  const deals = readDeals(dealsFile.name, dealTable, dealColumns, registry, categories, types, log, {
    money,
    attributes: dealAttributes,
  });
  if (deals === undefined) return { ok: false, issues: log.issues };
  resolveParents(registry, log);
  const inferred = registry.drafts.length - listed;
  const dealOut = finishDeals(dealsFile.name, deals, dealColumns, registry, log);

  const where: Where = { file: dealsFile.name };
  if (!money && dealOut.length > 0) {
    log.add(
      'notice',
      'No amounts, currencies, statuses or money deal types: the file is drawn as a plain network (links, not money flows).',
      where,
    );
  }
  kept.report(where);
  if (inferred > 0) {
    const what = companiesFile
      ? `${plural(inferred, 'company is', 'companies are')} not in ${companiesFile.name} and ${inferred === 1 ? 'was' : 'were'}`
      : `${plural(inferred, 'company was', 'companies were')}`;
    log.add('notice', `${what} taken from the deals' "from" and "to" columns, with category "other".`, where);
  }
  if (types.emptyCount > 0) {
    log.add(
      'notice',
      `${plural(types.emptyCount, 'deal has', 'deals have')} no type and ${types.emptyCount === 1 ? 'is' : 'are'} shown as "link".`,
      where,
    );
  }
  const companies = registry.drafts.filter((d) => !d.skipped);
  const declaredCategories = categories.declared();
  const declaredTypes = types.declared();
  const native = {
    format: FORMAT_ID,
    meta: { title: titleFromName(dealsFile.name) },
    ...(declaredCategories ? { categories: declaredCategories } : {}),
    ...(declaredTypes ? { dealTypes: declaredTypes } : {}),
    companies: companies.map((d) => d.fields),
    deals: dealOut.map((d) => d.fields),
  };
  const result = validateDealMap(native);
  const mapped = result.issues.map((issue) =>
    placeIssue(issue, dealsFile.name, companies, dealOut, dealColumns),
  );
  const issues = sortByPlace([...log.issues, ...mapped], files);
  return result.ok ? { ok: true, value: result.value, issues } : { ok: false, issues };
}

/**
 * A quoted cell never closed, or closed and followed by more text, refuses the file: d3-dsv would read the
 * rest of the file (or the lines up to the next stray quote) as one cell and shift the cells after it, so no
 * row from there on can be trusted. Returns whether the quotes are sound.
 */
function checkQuotes(file: string, table: CsvTable, log: ImportLog): boolean {
  const problem = table.quoteProblem;
  if (!problem) return true;
  log.add('error', quoteProblemMessage(file, problem, table.header), {
    file,
    line: problem.line,
    column: problem.column,
  });
  return false;
}

function checkDealsStructure(
  file: string,
  table: CsvTable,
  columns: Columns<DealColumn>,
  log: ImportLog,
): void {
  if (!checkQuotes(file, table, log)) return;
  const where = { file, line: 1 };
  for (const required of ['from', 'to'] as const) {
    if (columns.has(required)) continue;
    const also = required === 'from' ? '"source" or "origin"' : '"target" or "destination"';
    log.add('error', `${file}: missing required column "${required}" (or ${also})`, where);
  }
  if (log.hasErrors) return;
  if (table.rowCount === 0) {
    log.add('error', `${file}: the header has no rows below it, so there is nothing to map`, where);
  } else if (table.rowCount > MAX_DEALS) {
    log.add(
      'error',
      `${file}: ${plural(table.rowCount, 'row', 'rows')} of deals; the limit is ${MAX_DEALS.toLocaleString('en-US')}`,
      { file },
    );
  }
}

function checkCompaniesStructure(
  file: string,
  table: CsvTable,
  columns: Columns<CompanyColumn>,
  log: ImportLog,
): void {
  if (!checkQuotes(file, table, log)) return;
  if (!columns.has('name') && !columns.has('id')) {
    log.add('error', `${file}: missing required column "name"`, { file, line: 1 });
  } else if (table.rowCount > MAX_COMPANIES) {
    log.add(
      'error',
      `${file}: ${plural(table.rowCount, 'row', 'rows')} of companies; the limit is ${MAX_COMPANIES.toLocaleString('en-US')}`,
      { file },
    );
  }
}

function columnNotices<K extends string>(file: string, columns: Columns<K>, log: ImportLog): void {
  const n = columns.unknown.length;
  if (n > 0) {
    const names = columns.unknown
      .slice(0, 5)
      .map((name) => quote(name))
      .join(', ');
    log.add(
      'notice',
      `${plural(n, 'column is', 'columns are')} not in the format and ${n === 1 ? 'is' : 'are'} kept as attributes: ${names}${n > 5 ? ', …' : ''}.`,
      { file, line: 1 },
    );
  }
  for (const { name, first, again } of columns.repeated) {
    log.add(
      'warning',
      `Column "${name}" appears twice (columns ${first} and ${again}); only the first is read.`,
      { file, line: 1, column: again, path: name },
    );
  }
}

function cellWhere<K extends string>(
  file: string,
  row: CsvRow,
  columns: Columns<K>,
  name: K,
): Where & { prefix: string } {
  const column = columns.column(name);
  return {
    file,
    line: row.line,
    path: name,
    prefix: `Column "${columns.label(name)}": `,
    ...(column ? { column: column.number } : {}),
  };
}

function readCompanies(
  file: string,
  table: CsvTable,
  columns: Columns<CompanyColumn>,
  registry: Registry,
  categories: Categories,
  attributes: CsvAttributes<CompanyColumn>,
  log: ImportLog,
): void {
  const origin = (row: CsvRow): Origin => ({
    file,
    line: row.line,
    column: (field) => columns.column(field as CompanyColumn),
  });
  // Ids that are already valid are taken first, so that a slug made from a name never steals one.
  const pending: { row: CsvRow; idText: string; name: string }[] = [];
  for (const row of table.rows) {
    const idText = columns.get(row, 'id');
    const name = columns.text(row, 'name') ?? '';
    if (idText === '' && name === '') {
      const at = cellWhere(file, row, columns, columns.has('name') ? 'name' : 'id');
      log.add('warning', `${at.prefix}is empty and there is no id — this company was skipped`, at);
      continue;
    }
    pending.push({ row, idText, name });
  }
  const valid = new Set<CsvRow>();
  for (const p of pending) if (isCompanyId(p.idText) && registry.ids.reserve(p.idText)) valid.add(p.row);
  for (const { row, idText, name } of pending) {
    const id =
      valid.has(row) || isCompanyId(idText)
        ? idText
        : registry.ids.allocate(slugify(idText || name) || 'company');
    const fields: Record<string, unknown> = { id, name: name === '' ? idText : name };
    fields['category'] = categories.use(columns.get(row, 'category'));
    const aliases = splitList(columns.raw(row, 'aliases'), '; ')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    if (aliases.length > 0) fields['aliases'] = aliases;
    const country = columns.get(row, 'country');
    if (country !== '') fields['country'] = country.toUpperCase();
    const url = columns.get(row, 'url');
    if (url !== '') fields['url'] = url;
    const description = columns.text(row, 'description');
    if (description !== undefined) fields['description'] = description;
    const notes = columns.text(row, 'notes');
    if (notes !== undefined) fields['notes'] = notes;
    const extra = attributes.read(row, { file, line: row.line });
    if (extra) fields['attributes'] = extra;
    const draft: CompanyDraft = { id, origin: origin(row), fields, skipped: false };
    const founded = readNumber(columns.get(row, 'founded'));
    if (!founded.ok) {
      const at = cellWhere(file, row, columns, 'founded');
      log.add('warning', `${at.prefix}${founded.message} — this company was skipped`, at);
      draft.skipped = true;
    } else if (founded.value !== undefined) fields['founded'] = founded.value;
    const parent = columns.get(row, 'parent');
    if (parent !== '') {
      draft.parentText = parent;
      draft.parentRow = row;
    }
    registry.add(draft, [name, idText, ...aliases]);
  }
}

/** Parents name a company of the companies CSV by id, name or alias. */
function resolveParents(registry: Registry, log: ImportLog): void {
  for (const draft of registry.drafts) {
    const text = draft.parentText;
    if (text === undefined) continue;
    const found = registry.find(text);
    if (found) draft.fields['parent'] = found.id;
    else if (isCompanyId(text))
      draft.fields['parent'] = text; // the validator says it is unknown
    else {
      const column = draft.origin.column('parent');
      log.add(
        'warning',
        `Column "parent": ${quote(text)} is not a company in this file; the parent link was removed`,
        {
          file: draft.origin.file,
          line: draft.origin.line,
          path: 'parent',
          ...(column ? { column: column.number } : {}),
        },
      );
    }
  }
}

function readDeals(
  file: string,
  table: CsvTable,
  columns: Columns<DealColumn>,
  registry: Registry,
  categories: Categories,
  types: DealTypes,
  log: ImportLog,
  read: { readonly money: boolean; readonly attributes: CsvAttributes<DealColumn> },
): DealDraft[] | undefined {
  const drafts: DealDraft[] = [];
  let noStatus = 0;
  for (const row of table.rows) {
    const at = (name: DealColumn) => cellWhere(file, row, columns, name);
    const skip = (name: DealColumn, message: string) => {
      const where = at(name);
      log.add('warning', `${where.prefix}${message} — this deal was skipped`, where);
    };
    const ends: { id: string; column: DealColumn }[] = [];
    for (const side of ['from', 'to'] as const) {
      const nameColumn = side === 'from' ? 'from_name' : 'to_name';
      const name = columns.text(row, nameColumn);
      let ref = columns.get(row, side);
      let column: DealColumn = side;
      if (ref === '' && name !== undefined) {
        ref = name.trim();
        column = nameColumn;
      }
      if (ref === '') break;
      const company =
        registry.find(ref) ?? inferCompany(file, row, ref, name, side, columns, registry, categories, log);
      ends.push({ id: company.id, column });
    }
    const [from, to] = ends;
    if (!from || !to) {
      skip(from ? 'to' : 'from', 'is empty');
      continue;
    }
    if (registry.drafts.length > MAX_COMPANIES) {
      log.add(
        'error',
        `${file}: the deals name more than ${MAX_COMPANIES.toLocaleString('en-US')} companies, the limit`,
        { file, line: row.line },
      );
      return undefined;
    }

    const type = types.use(columns.get(row, 'type'));
    const fields: Record<string, unknown> = { from: from.id, to: to.id, type };
    const date = columns.get(row, 'date');
    if (date !== '') fields['date'] = date;
    const endDate = columns.get(row, 'end_date');
    if (endDate !== '') fields['endDate'] = endDate;
    const status = columns.get(row, 'status').toLowerCase();
    if (status === '' && read.money) noStatus++;
    fields['status'] = status !== '' ? status : read.money ? DEFAULT_STATUS : PLAIN_STATUS;
    const confidence = columns.get(row, 'confidence').toLowerCase();
    if (confidence !== '') fields['confidence'] = confidence;

    let bad = false;
    const numberOf = (name: DealColumn): number | undefined => {
      const read = readNumber(columns.get(row, name));
      if (read.ok) return read.value;
      if (!bad) skip(name, read.message);
      bad = true;
      return undefined;
    };
    const amount = readAmount(row, columns, numberOf);
    const termYears = numberOf('term_years');
    const capacityGw = numberOf('capacity_gw');
    const secondary = readYesNo(columns.get(row, 'secondary'));
    if (secondary === undefined) {
      skip('secondary', 'should be "yes" or "no" (or empty)');
      continue;
    }
    if (bad) continue;
    if (amount) {
      fields['amount'] = amount;
      if (amount['value'] !== undefined || amount['usd'] !== undefined) types.hasFigure(type);
    }
    if (termYears !== undefined) fields['termYears'] = termYears;
    if (capacityGw !== undefined) fields['capacityGw'] = capacityGw;
    if (secondary) fields['secondary'] = true;
    const summary = columns.text(row, 'summary');
    if (summary !== undefined) fields['summary'] = summary;
    const notes = columns.text(row, 'notes');
    if (notes !== undefined) fields['notes'] = notes;
    fields['sources'] = readSources(file, row, columns, log);
    const extra = read.attributes.read(row, { file, line: row.line });
    if (extra) fields['attributes'] = extra;

    const coPartyNames = splitCoParties(columns.raw(row, 'co_parties'))
      .map((p) => ({ name: p.name.trim(), ...(p.role?.trim() ? { role: p.role.trim() } : {}) }))
      .filter((p) => p.name !== '');
    drafts.push({
      row,
      idText: columns.get(row, 'id'),
      from: from.id,
      to: to.id,
      fromColumn: from.column,
      toColumn: to.column,
      date: date === '' ? undefined : date,
      fields,
      overlapTexts: splitList(columns.raw(row, 'overlaps'), '; ')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      supersededText: columns.get(row, 'superseded_by'),
      coPartyNames,
    });
  }
  if (noStatus > 0) {
    log.add(
      'notice',
      `${plural(noStatus, 'deal has', 'deals have')} no status and ${noStatus === 1 ? 'is' : 'are'} read as "${DEFAULT_STATUS}" (unconfirmed).`,
      { file },
    );
  }
  return drafts;
}

/** A deals CSV's `from`/`to` may be an edge list's `source`/`target`, `origin`/`destination`… */
function edgeEnd(key: string): DealColumn | undefined {
  const field = edgeField(key);
  return field === 'source' ? 'from' : field === 'target' ? 'to' : undefined;
}

const MONEY_COLUMNS: readonly DealColumn[] = [
  'amount_value',
  'amount_usd',
  'amount_currency',
  'amount_kind',
  'amount_text',
  'status',
];

/** Whether any row speaks of money (a figure, a status or a money deal type); else the file is a plain network. */
function carriesMoneyRows(table: CsvTable, columns: Columns<DealColumn>): boolean {
  const probe = new DealTypes();
  return table.rows.some(
    (row) =>
      MONEY_COLUMNS.some((name) => columns.get(row, name) !== '') ||
      isMoneyType(probe.use(columns.get(row, 'type'))),
  );
}

/** A company named only in the deals: its id is the cell when that is already an id, else a slug of it. */
function inferCompany(
  file: string,
  row: CsvRow,
  ref: string,
  name: string | undefined,
  side: 'from' | 'to',
  columns: Columns<DealColumn>,
  registry: Registry,
  categories: Categories,
  log: ImportLog,
): CompanyDraft {
  const base = isCompanyId(ref) ? ref : slugify(ref) || 'company';
  const id = registry.ids.allocate(base);
  if (id !== base) {
    const owner = registry.byId.get(base);
    log.add(
      'notice',
      `${quote(ref)} makes the id ${quote(base)}, which ${owner ? `${quote(String(owner.fields['name']))} already has` : 'is taken'}; it became ${quote(id)}.`,
      {
        file,
        line: row.line,
        path: side,
        ...(columns.column(side) ? { column: columns.column(side)?.number } : {}),
      },
    );
  }
  const nameColumn: DealColumn = side === 'from' ? 'from_name' : 'to_name';
  const fromNameColumn = name !== undefined;
  const origin: Origin = {
    file,
    line: row.line,
    column: (field) =>
      field === 'name' && fromNameColumn ? columns.column(nameColumn) : columns.column(side),
  };
  const draft: CompanyDraft = {
    id,
    origin,
    fields: { id, name: name ?? ref, category: categories.use(undefined) },
    skipped: false,
  };
  registry.add(draft, [ref, ...(name === undefined ? [] : [name])]);
  return draft;
}

function readAmount(
  row: CsvRow,
  columns: Columns<DealColumn>,
  numberOf: (name: DealColumn) => number | undefined,
): Record<string, unknown> | undefined {
  const value = numberOf('amount_value');
  const usd = numberOf('amount_usd');
  const currency = columns.get(row, 'amount_currency').toUpperCase();
  const kind = columns.get(row, 'amount_kind');
  const scope = columns.get(row, 'amount_scope');
  const text = columns.text(row, 'amount_text');
  if (
    value === undefined &&
    usd === undefined &&
    currency === '' &&
    kind === '' &&
    scope === '' &&
    text === undefined
  )
    return undefined;
  return {
    ...(value === undefined ? {} : { value }),
    ...(currency === '' ? {} : { currency }),
    ...(usd === undefined ? {} : { usd }),
    ...(kind === '' ? {} : { kind: word(kind, AMOUNT_KIND_WORDS) }),
    ...(scope === '' ? {} : { scope: word(scope, AMOUNT_SCOPE_WORDS) }),
    ...(text === undefined ? {} : { text }),
  };
}

/** `sources`, `source_publishers` and `source_dates` are parallel lists split at ` | `. */
function readSources(file: string, row: CsvRow, columns: Columns<DealColumn>, log: ImportLog): unknown[] {
  const urls = splitList(columns.raw(row, 'sources'), ' | ');
  const publishers = splitList(columns.raw(row, 'source_publishers'), ' | ');
  const dates = splitList(columns.raw(row, 'source_dates'), ' | ');
  for (const [name, list] of [
    ['source_publishers', publishers],
    ['source_dates', dates],
  ] as const) {
    if (list.length <= urls.length) continue;
    const at = cellWhere(file, row, columns, name);
    log.add(
      'warning',
      `${at.prefix}${plural(list.length, 'entry', 'entries')} for ${plural(urls.length, 'source', 'sources')}; the extra ones were ignored`,
      at,
    );
  }
  const sources: unknown[] = [];
  urls.forEach((raw, i) => {
    const url = raw.trim();
    if (url === '') return;
    const publisher = publishers[i]?.trim() ?? '';
    const date = dates[i]?.trim() ?? '';
    sources.push({ url, ...(publisher === '' ? {} : { publisher }), ...(date === '' ? {} : { date }) });
  });
  return sources;
}

/** Deal ids (kept, slugified or generated), then the references between deals and to co-parties. */
function finishDeals(
  file: string,
  drafts: readonly DealDraft[],
  columns: Columns<DealColumn>,
  registry: Registry,
  log: ImportLog,
): DealDraft[] {
  const ids = new IdAllocator();
  for (const id of registry.byId.keys()) ids.reserve(id);
  const original = new Map<string, string>();
  const idOf = new Map<DealDraft, string>();
  for (const d of drafts) {
    if (d.idText === '' || !isItemId(d.idText) || registry.byId.has(d.idText)) continue;
    ids.reserve(d.idText);
    idOf.set(d, d.idText);
    if (!original.has(d.idText)) original.set(d.idText, d.idText);
  }
  for (const d of drafts) {
    if (idOf.has(d)) continue;
    let id: string;
    if (d.idText === '') {
      const date = d.date !== undefined && isItemId(d.date) ? `-${d.date}` : '';
      id = ids.numbered(`${d.from}-${d.to}${date}`);
    } else if (isItemId(d.idText))
      id = d.idText; // a company's id too: the validator reports it
    else id = ids.allocate(slugify(d.idText) || 'deal');
    idOf.set(d, id);
    if (d.idText !== '' && !original.has(d.idText)) original.set(d.idText, id);
  }
  const dealRef = (d: DealDraft, text: string, name: DealColumn): string | undefined => {
    const found = original.get(text);
    if (found !== undefined) return found;
    if (isItemId(text)) return text; // the validator says it is unknown
    const at = cellWhere(file, d.row, columns, name);
    log.add('warning', `${at.prefix}${quote(text)} is not a deal id in this file; it was ignored`, at);
    return undefined;
  };
  for (const d of drafts) {
    const id = idOf.get(d) ?? '';
    const overlaps = d.overlapTexts.flatMap((text) => dealRef(d, text, 'overlaps') ?? []);
    const supersededBy = d.supersededText === '' ? undefined : dealRef(d, d.supersededText, 'superseded_by');
    const coParties = d.coPartyNames.map((party) => {
      const company = registry.find(party.name) ?? registry.byId.get(slugify(party.name));
      return company && !company.skipped ? { ...party, id: company.id } : party;
    });
    d.fields = {
      id,
      ...d.fields,
      ...(coParties.length > 0 ? { coParties } : {}),
      ...(overlaps.length > 0 ? { overlaps } : {}),
      ...(supersededBy === undefined ? {} : { supersededBy }),
    };
  }
  return [...drafts];
}

/** Moves one validator problem to its file, line and column, and names the column in the message. */
function placeIssue(
  issue: Issue,
  dealsFile: string,
  companies: readonly CompanyDraft[],
  deals: readonly DealDraft[],
  columns: Columns<DealColumn>,
): Issue {
  const at = itemPath(issue.path);
  let where: Where = { file: dealsFile };
  let column: Column<string> | undefined;
  if (at?.list === 'companies') {
    const origin = companies[at.index]?.origin;
    if (origin) {
      column = origin.column(at.field.split('.')[0] ?? '');
      where = { file: origin.file, line: origin.line };
    }
  } else if (at?.list === 'deals') {
    const deal = deals[at.index];
    if (deal) {
      const name =
        at.field === 'from'
          ? deal.fromColumn
          : at.field === 'to'
            ? deal.toColumn
            : DEAL_FIELD_COLUMN.get(at.field);
      column = name === undefined ? undefined : columns.column(name);
      where = { file: dealsFile, line: deal.row.line };
    }
  }
  const message = renameItems(issue.message, (list, index) => {
    const origin =
      list === 'companies' ? companies[index]?.origin : { file: dealsFile, line: deals[index]?.row.line };
    if (origin?.line === undefined) return `${list}[${index}]`;
    return origin.file === where.file ? `line ${origin.line}` : `line ${origin.line} of ${origin.file}`;
  });
  const placed: Issue = {
    path: column?.name ?? '',
    severity: issue.severity,
    message: column ? `Column "${column.name}": ${message}` : message,
    file: where.file,
    ...(where.line === undefined ? {} : { line: where.line }),
    ...(column ? { column: column.number } : {}),
  };
  return placed;
}

const YES_NO = new Map([
  ['', false],
  ['yes', true],
  ['true', true],
  ['1', true],
  ['no', false],
  ['false', false],
  ['0', false],
]);

/** A yes/no cell: true, false (also when empty), or undefined when it is neither. */
function readYesNo(cell: string): boolean | undefined {
  return YES_NO.get(cell.trim().toLowerCase());
}
