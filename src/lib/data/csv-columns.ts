/**
 * The deals CSV columns, in order: what the CSV export writes and the CSV importer reads, defined once.
 * Keep data/README.md ("CSV columns") in step; a test compares them.
 */
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
