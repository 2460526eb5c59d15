/**
 * The extra columns of a deals or companies CSV (any column the format does not name) → each row's
 * `attributes`: one attribute per column, named by its header (`attribute:` removed, see csv-columns.ts),
 * numbers and `true`/`false` as written by the export read back as such, blank cells left out. In a plain
 * network (no money vocabulary) a `weight`, `value`, `count` or `strength` column is the link's weight.
 */
import type { AttributeValue, Attributes } from '../data/attributes.ts';
import { ATTRIBUTE_COLUMN_PREFIX, attributeOfHeader, cellAttribute } from '../data/csv-columns.ts';
import { unprotectCell } from '../data/csv-cells.ts';
import type { Columns, CsvRow } from './csv-table.ts';
import { edgeField } from './field-synonyms.ts';
import type { Where } from './import-issues.ts';
import type { KeptAttributes } from './kept-attributes.ts';
import { WEIGHT_ATTRIBUTE } from './money-vocabulary.ts';

export class CsvAttributes<K extends string> {
  private readonly names: readonly string[];

  constructor(
    private readonly columns: Columns<K>,
    private readonly kept: KeptAttributes,
    weights: boolean,
  ) {
    this.names = columns.extra.map(({ name }) => {
      const isWeight = weights && !name.startsWith(ATTRIBUTE_COLUMN_PREFIX) && edgeField(name) === 'weight';
      return isWeight ? WEIGHT_ATTRIBUTE : attributeOfHeader(name);
    });
  }

  /** Whether the file has any extra column. */
  get any(): boolean {
    return this.names.length > 0;
  }

  read(row: CsvRow, where: Where): Attributes | undefined {
    if (this.names.length === 0) return undefined;
    const fields: [string, AttributeValue][] = [];
    this.columns.extra.forEach(({ index }, i) => {
      const cell = unprotectCell(row.cells[index] ?? '');
      const name = this.names[i];
      if (cell.trim() !== '' && name !== undefined) fields.push([name, cellAttribute(cell)]);
    });
    return this.kept.keep(fields, where);
  }
}
