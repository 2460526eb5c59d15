/**
 * The visible deals as CSV: one row per deal, the columns below (documented in data/README.md, "CSV columns"),
 * written with d3-dsv. UTF-8 with a byte-order mark, so Excel reads the accents right; every cell is guarded
 * against formula injection and lists are escaped (see data/csv-cells.ts), so a later import reads back exactly
 * what the columns carry. A deal's attributes follow the fixed columns, one column per attribute name.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Visibility } from '../filters/types.ts';
import type { GraphModel } from '../graph/model.ts';
import { joinCoParties, joinList, protectCell } from '../data/csv-cells.ts';
import { visibleRecords } from './visible.ts';
import { NONE } from '../data/compact.ts';
import { sourcesOf } from '../data/sources.ts';
import {
  attributeCell,
  attributeHeaders,
  DEAL_CSV_COLUMNS,
  type DealCsvColumn,
} from '../data/csv-columns.ts';

export { DEAL_CSV_COLUMNS, type DealCsvColumn };

/** The byte-order mark that starts the file (Excel reads UTF-8 only with it). */
export const BOM = '\uFEFF';

export function dealsCsv(model: GraphModel, visibility: Visibility): string {
  const records = visibleRecords(model, visibility);
  // One column per attribute name, after the fixed columns, in the order the deals first use them.
  const names = [...new Set(records.flatMap((r) => Object.keys(r.deal.attributes ?? {})))];
  const rows = records.map((record) => {
    const d = record.deal;
    const name = (index: number) => model.companies[index]?.name ?? '';
    const amount = d.amount;
    const sources = sourcesOf(d);
    const cells: Record<DealCsvColumn, string | number | undefined> = {
      id: d.id,
      from: d.from,
      from_name: name(record.from),
      to: d.to,
      to_name: name(record.to),
      type: d.type,
      date: d.date,
      end_date: d.endDate,
      status: d.status,
      confidence: d.confidence,
      amount_value: amount?.value,
      amount_currency: amount?.currency,
      amount_usd: amount?.usd,
      amount_kind: amount?.kind,
      amount_scope: amount?.scope,
      amount_text: amount?.text,
      term_years: d.termYears,
      capacity_gw: d.capacityGw,
      summary: d.summary,
      notes: d.notes,
      co_parties: joinCoParties(d.coParties ?? NONE),
      overlaps: joinList(d.overlaps ?? NONE, '; '),
      superseded_by: d.supersededBy,
      secondary: d.secondary ? 'yes' : undefined,
      sources: joinList(
        sources.map((s) => s.url),
        ' | ',
      ),
      source_publishers: joinList(
        sources.map((s) => s.publisher ?? ''),
        ' | ',
      ),
      source_dates: joinList(
        sources.map((s) => s.date ?? ''),
        ' | ',
      ),
    };
    const attributes = d.attributes ?? {};
    return [
      ...DEAL_CSV_COLUMNS.map((column) => protectCell(cellText(cells[column]))),
      ...names.map((name) => {
        const value = Object.hasOwn(attributes, name) ? attributes[name] : undefined;
        return value === undefined ? '' : protectCell(attributeCell(value));
      }),
    ];
  });
  const header = [...DEAL_CSV_COLUMNS, ...attributeHeaders(names).map(protectCell)];
  return BOM + csvFormatRows([header, ...rows]) + '\n';
}

function cellText(value: string | number | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
}
