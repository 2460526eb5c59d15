/**
 * A company's or deal's own fields beyond the format's (`"attributes": {"weight": 3, "source_db": "x"}`): what
 * users' graph files carry (GEXF/GraphML attributes, extra CSV columns, D3 fields). Values are plain text,
 * numbers or yes/no; the names and the count are bounded (LIMITS). They are kept as data only: shown as text in
 * the details panel, a value that is an http(s) address as a link through the URL gate.
 */
import { LIMITS } from './schema.ts';

export type AttributeValue = string | number | boolean;
export type Attributes = Readonly<Record<string, AttributeValue>>;

/** A fresh object without a prototype, so no name (`__proto__`, `constructor`) can reach Object.prototype. */
export function attributesOf(entries: Iterable<readonly [string, AttributeValue]>): Attributes | undefined {
  const out = Object.create(null) as Record<string, AttributeValue>;
  let n = 0;
  for (const [name, value] of entries) {
    if (n >= LIMITS.attributes) break;
    if (Object.hasOwn(out, name)) continue;
    out[name] = value;
    n++;
  }
  return n === 0 ? undefined : Object.freeze(out);
}

/** An attribute value as text (numbers in plain digits, yes/no for booleans). */
export function attributeText(value: AttributeValue): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : value;
}
