/**
 * Whether an imported file is about money. A file whose links carry no amount, currency or status and no money
 * deal type is a plain network (who knows whom): its links are in effect, not unconfirmed reports, and a
 * weight (`weight`, `value`, `count`…) stays an attribute, never dollars. Shared by every importer.
 */
import { DEFAULT_DEAL_TYPES } from '../data/defaults.ts';
import type { DealStatus } from '../data/format.ts';
import { edgeField, MONEY_FIELDS } from './field-synonyms.ts';

/** Links of a plain network are in effect: drawn solid, never as unconfirmed reports. */
export const PLAIN_STATUS: DealStatus = 'completed';

/** The name a weight is kept under, whatever the file called it (`value`, `count`…): edge widths read it. */
export const WEIGHT_ATTRIBUTE = 'weight';

const MONEY_TYPES = new Set(DEFAULT_DEAL_TYPES.filter((t) => t.flow === 'money').map((t) => t.id));

/** Whether a deal type named in a file is one of the app's money types (`investment`, `compute`…). */
export function isMoneyType(text: string): boolean {
  return MONEY_TYPES.has(text.trim().toLowerCase());
}

/**
 * Whether an edge's fields speak of money: an amount, currency or status field, or a type that is one of the
 * app's money deal types.
 */
export function carriesMoney(fields: Iterable<readonly [string, unknown]>): boolean {
  for (const [name, value] of fields) {
    const field = edgeField(name);
    if (field && MONEY_FIELDS.has(field)) return true;
    if (field === 'type' && typeof value === 'string' && isMoneyType(value)) return true;
  }
  return false;
}
