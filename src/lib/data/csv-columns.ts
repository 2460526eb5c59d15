/**
 * The deals CSV columns, in order: what the CSV export writes and the CSV importer reads, defined once, and how
 * the columns of a deal's attributes (one per attribute name, after these) are named. Keep data/README.md
 * ("CSV columns") in step; a test compares them.
 */
import type { AttributeValue } from './attributes.ts';

export const DEAL_CSV_COLUMNS = [
  'id',
  'from',
  'from_name',
  'to',
  'to_name',
  'type',
  'date',
  'end_date',
  'status',
  'confidence',
  'amount_value',
  'amount_currency',
  'amount_usd',
  'amount_kind',
  'amount_scope',
  'amount_text',
  'term_years',
  'capacity_gw',
  'summary',
  'notes',
  'co_parties',
  'overlaps',
  'superseded_by',
  'secondary',
  'sources',
  'source_publishers',
  'source_dates',
] as const;

export type DealCsvColumn = (typeof DEAL_CSV_COLUMNS)[number];

/** How column names are compared: lower case, without spaces, hyphens or underscores. */
export function columnKey(name: string): string {
  let out = '';
  for (const ch of name.slice(0, 200).toLowerCase())
    if (ch !== '_' && ch !== '-' && ch.trim() !== '') out += ch;
  return out;
}

/**
 * The header of an attribute's column: its name, or `attribute:` and its name when the name would read as one of
 * the fixed columns (or another attribute's column) — `attribute:date` is the attribute "date", not the deal's.
 */
export const ATTRIBUTE_COLUMN_PREFIX = 'attribute:';

/** Headers for attribute names, in order; names that would collide get the prefix. */
export function attributeHeaders(names: readonly string[]): string[] {
  const taken = new Set<string>(DEAL_CSV_COLUMNS.map(columnKey));
  return names.map((name) => {
    const key = columnKey(name);
    const header =
      taken.has(key) || key === '' || name.startsWith(ATTRIBUTE_COLUMN_PREFIX)
        ? `${ATTRIBUTE_COLUMN_PREFIX}${name}`
        : name;
    taken.add(key);
    return header;
  });
}

/** The attribute name a column header stands for (the prefix removed). */
export function attributeOfHeader(header: string): string {
  const name = header.trim();
  return name.startsWith(ATTRIBUTE_COLUMN_PREFIX) ? name.slice(ATTRIBUTE_COLUMN_PREFIX.length).trim() : name;
}

/**
 * An attribute as a cell: numbers in JavaScript's shortest form, `true`/`false`, text as it is — except text that
 * would read back as a number or yes/no, or that starts with an apostrophe: it gets an apostrophe in front, the
 * spreadsheet mark for "this is text".
 */
export function attributeCell(value: AttributeValue): string {
  if (typeof value !== 'string') return String(value);
  return value.startsWith("'") || typeof plainValue(value) !== 'string' ? `'${value}` : value;
}

/** A cell as an attribute value: the reverse of attributeCell. */
export function cellAttribute(cell: string): AttributeValue {
  return cell.startsWith("'") ? cell.slice(1) : plainValue(cell);
}

function plainValue(cell: string): AttributeValue {
  const text = cell.trim();
  if (text === 'true' || text === 'false') return text === 'true';
  const n = Number(text);
  return text !== '' && Number.isFinite(n) && String(n) === text ? n : cell;
}
