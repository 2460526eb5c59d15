/**
 * The compute view's rows as CSV: one line per company pair (a buyer and a provider, or in a provider's row a
 * provider and a customer) with the committed figures and what they include. Cells are guarded against formula
 * injection; UTF-8 with a byte-order mark, like the deals CSV.
 */
import { csvFormatRows } from 'd3-dsv';
import type { GraphModel } from '../graph/model.ts';
import { commitmentAmount, commitmentNotes } from '../insights/compute-format.ts';
import type { ComputeRow } from '../insights/compute.ts';
import { protectCell } from '../data/csv-cells.ts';
import { BOM } from './deals-csv.ts';

export const COMPUTE_CSV_COLUMNS = [
  'company',
  'company_name',
  'role',
  'counterparty',
  'counterparty_name',
  'committed_usd',
  'per_year_usd',
  'amount',
  'counted_deals',
  'undisclosed_deals',
  'ended_deals',
  'not_added_deals',
  'capacity_gw',
  'first_date',
  'latest_date',
  'deal_ids',
  'notes',
] as const;

export function computeCsv(model: GraphModel, rows: readonly ComputeRow[]): string {
  const id = (i: number) => model.companies[i]?.id ?? '';
  const name = (i: number) => model.companies[i]?.name ?? '';
  const lines = rows.flatMap((row) =>
    row.segments.map((s) =>
      [
        id(row.company),
        name(row.company),
        row.side,
        id(s.company),
        name(s.company),
        s.usd,
        s.perYearUsd,
        commitmentAmount(s),
        s.deals.length,
        s.undisclosed,
        s.ended.length,
        s.notCounted.length,
        s.gw ?? '',
        s.firstDate ?? '',
        s.latestDate ?? '',
        [...s.deals, ...s.ended, ...s.notCounted].map((i) => model.deals[i]?.deal.id ?? '').join(' '),
        commitmentNotes(s).join('; '),
      ].map((cell) => protectCell(String(cell))),
    ),
  );
  return BOM + csvFormatRows([[...COMPUTE_CSV_COLUMNS], ...lines]) + '\n';
}
