/**
 * D3 links (or edges) → deals. Ends are `source`/`target` or `from`/`to` (any synonym in field-synonyms.ts);
 * the other names the table knows — `type`/`kind`, `date`, `end`, `amount`/`amount_usd`, `currency`, `status`,
 * `url`/`source_url`, `summary`, `weight`/`value`/`count` — fill the deal's fields and are checked by the one
 * validator; every other plain field is kept as an attribute. In a file about money (carriesMoney) a link's
 * `value` without an `amount` is its amount in US dollars; in a plain network it is a weight (an attribute)
 * and links are in effect, not unconfirmed reports.
 */
import type { AttributeValue } from '../data/attributes.ts';
import { isPlainObject } from '../data/collect.ts';
import { describe } from '../data/issues.ts';
import { DEFAULT_STATUS } from './csv-import.ts';
import { type D3Shape, DroppedFields, isScalar } from './d3-shape.ts';
import type { NodesRead } from './d3-nodes.ts';
import { edgeField, type EdgeField } from './field-synonyms.ts';
import { carriesMoney, PLAIN_STATUS, WEIGHT_ATTRIBUTE } from './money-vocabulary.ts';
import type { ImportLog } from './import-issues.ts';
import type { KeptAttributes } from './kept-attributes.ts';
import { IdAllocator, isItemId, slugify } from './slug.ts';
import type { DealTypes } from './vocabulary.ts';

/** What marks a deal whose amount came from a link's `value`. */
export const D3_VALUE_NOTE = 'value from a D3 file';

export interface LinkOut {
  readonly index: number;
  readonly fields: Record<string, unknown>;
  /** The file's key for each deal field read from it (`from` → `source`, `amount` → `value`), for problems. */
  readonly keys: ReadonlyMap<string, string>;
}

export interface LinksRead {
  readonly deals: readonly LinkOut[];
  /** Whether the file speaks of money (else it is a plain network). */
  readonly money: boolean;
  /** Links whose amount came from `value`. */
  readonly valued: number;
  /** Links of a money file without a status (read as reported). */
  readonly noStatus: number;
}

type Entry = readonly [key: string, value: AttributeValue];

export function readLinks(
  shape: D3Shape,
  nodes: NodesRead,
  log: ImportLog,
  types: DealTypes,
  kept: KeptAttributes,
  dropped: DroppedFields,
): LinksRead {
  const { links, where } = shape;
  const money = links.some((link) => isPlainObject(link) && carriesMoney(Object.entries(link)));
  const dealIds = new IdAllocator();
  for (const c of nodes.companies) dealIds.reserve(c.id);
  const deals: LinkOut[] = [];
  let valued = 0;
  let noStatus = 0;
  links.forEach((link, j) => {
    if (!isPlainObject(link)) {
      log.add(
        'warning',
        `should be an object, but is ${describe(link)} — this link was skipped`,
        where('links', j),
      );
      return;
    }
    const known = new Map<EdgeField, Entry>();
    const ends = new Map<'source' | 'target', readonly [string, unknown]>();
    const rest: Entry[] = [];
    for (const [key, value] of Object.entries(link)) {
      const field = edgeField(key);
      if ((field === 'source' || field === 'target') && !ends.has(field)) ends.set(field, [key, value]);
      else if (!isScalar(value)) dropped.add(where('links', j, key));
      else if (field && !known.has(field)) known.set(field, [key, value]);
      else rest.push([key, value]);
    }
    const keys = new Map<string, string>();
    const sides: string[] = [];
    for (const [side, deal] of [
      ['source', 'from'],
      ['target', 'to'],
    ] as const) {
      const [key, value] = ends.get(side) ?? [side, undefined];
      const found = nodes.resolve(value);
      if ('problem' in found) {
        log.add('warning', `${found.problem} — this link was skipped`, where('links', j, key));
        return;
      }
      sides.push(found.node.id);
      keys.set(deal, key);
    }
    const [from, to] = sides;
    if (from === undefined || to === undefined) return;

    const value = known.get('weight');
    const fromValue = money && value !== undefined && !known.has('amount') && isValueKey(value[0]);
    if (fromValue) {
      known.delete('weight');
      known.set('amount', value);
      valued++;
    }
    const take = (field: EdgeField, deal: string = field): AttributeValue | undefined => {
      const entry = known.get(field);
      if (entry) keys.set(deal, entry[0]);
      return entry?.[1];
    };
    const typeValue = take('type');
    const type = types.use(typeValue === undefined ? undefined : String(typeValue));
    const fields: Record<string, unknown> = { from, to, type };
    const date = take('date');
    if (date !== undefined) fields['date'] = String(date).trim();
    const endDate = take('endDate');
    if (endDate !== undefined) fields['endDate'] = String(endDate).trim();
    const status = take('status');
    if (status !== undefined) fields['status'] = String(status).trim().toLowerCase();
    else {
      fields['status'] = money ? DEFAULT_STATUS : PLAIN_STATUS;
      if (money) noStatus++;
    }
    const amount = take('amount');
    if (amount !== undefined) {
      const currencyValue = take('currency', 'amount');
      const currency = currencyValue === undefined ? 'USD' : String(currencyValue).trim().toUpperCase();
      fields['amount'] = { value: amount, currency, ...(currency === 'USD' ? { usd: amount } : {}) };
      if (fromValue) fields['notes'] = D3_VALUE_NOTE;
      types.hasFigure(type);
    } else {
      const currency = known.get('currency');
      if (currency) rest.push(currency);
    }
    const url = take('url', 'sources');
    if (url !== undefined) fields['sources'] = [{ url: String(url).trim() }];
    const summary = take('summary');
    if (summary !== undefined) fields['summary'] = String(summary);
    const weight = known.get('weight');
    if (weight) rest.unshift([WEIGHT_ATTRIBUTE, weight[1]]);
    const extra = kept.keep(rest, where('links', j));
    if (extra) fields['attributes'] = extra;

    const idEntry = known.get('id');
    const idText = idEntry === undefined ? '' : String(idEntry[1]).trim();
    let id: string;
    if (idText !== '' && isItemId(idText) && dealIds.reserve(idText)) id = idText;
    else if (idText !== '') id = dealIds.allocate(slugify(idText) || 'link');
    else id = dealIds.numbered(`${from}-${to}`);
    if (idEntry && idText !== '') keys.set('id', idEntry[0]);
    deals.push({ index: j, fields: { id, ...fields }, keys });
  });
  return { deals, money, valued, noStatus };
}

/** `value` (as D3 writes it), the one weight name that a money file means as an amount. */
function isValueKey(key: string): boolean {
  return key.trim().toLowerCase() === 'value';
}
