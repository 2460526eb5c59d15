/**
 * The fields of an imported node or edge that the format has no place for, kept as its `attributes`: names
 * trimmed and cut to the name limit, a text longer than the limit dropped with a warning at the item, and at
 * most LIMITS.attributes per item (counted, for one notice). Shared by the D3, GEXF, GraphML and CSV importers.
 */
import { attributesOf, type AttributeValue, type Attributes } from '../data/attributes.ts';
import { quote } from '../data/issues.ts';
import { LIMITS } from '../data/schema.ts';
import { plural, type ImportLog, type Where } from './import-issues.ts';

export class KeptAttributes {
  /** Items that had more fields than the limit. */
  private trimmed = 0;

  constructor(private readonly log: ImportLog) {}

  keep(fields: Iterable<readonly [string, AttributeValue]>, where: Where): Attributes | undefined {
    const kept: [string, AttributeValue][] = [];
    for (const [name, value] of fields) {
      const key = name.trim().slice(0, LIMITS.attributeName);
      if (key === '') continue;
      if (typeof value === 'string' && value.length > LIMITS.attributeText) {
        this.log.add(
          'warning',
          `the field ${quote(key)} is longer than ${LIMITS.attributeText.toLocaleString('en-US')} characters; it was dropped`,
          where,
        );
        continue;
      }
      kept.push([key, value]);
    }
    if (kept.length > LIMITS.attributes) this.trimmed++;
    return attributesOf(kept);
  }

  /** One notice for the items that had more fields than the limit. */
  report(where: Where): void {
    if (this.trimmed === 0) return;
    this.log.add(
      'notice',
      `${plural(this.trimmed, 'item has', 'items have')} more than ${LIMITS.attributes} fields; only the first ${LIMITS.attributes} were kept.`,
      where,
    );
  }
}
