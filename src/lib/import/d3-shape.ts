/**
 * The shape of a D3-style graph file: a `nodes` list and a `links` (or `edges`) list, checked before any item is
 * read, and where each item starts in the text (found only when a problem needs it), so that problems keep the
 * file's own paths (`links[12].source`) and lines.
 */
import { describe, formatPath } from '../data/issues.ts';
import { MAX_COMPANIES, MAX_DEALS } from '../data/validate.ts';
import { plural, type ImportLog, type Where } from './import-issues.ts';
import { listItemPlaces, type Place } from './json-places.ts';

export type D3List = 'nodes' | 'links';
/** Where an item (or one of its fields) is in the file. */
export type D3Where = (list: D3List, index: number, field?: string) => Where;

/** A field value the map can keep: text, a finite number or yes/no. */
export function isScalar(value: unknown): value is string | number | boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/** Fields that were not plain values (nested objects, lists, null) and were dropped: counted for one notice. */
export class DroppedFields {
  count = 0;
  first: string | undefined;

  add(where: Where): void {
    this.count++;
    this.first ??= where.path;
  }
}

export interface D3Shape {
  readonly nodes: readonly unknown[];
  readonly links: readonly unknown[];
  /** The file's name for its links: `links` or `edges`. */
  readonly linksKey: 'links' | 'edges';
  readonly where: D3Where;
}

function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** The two lists, or undefined after logging why the file cannot be read. */
export function readShape(
  file: string,
  text: string,
  data: Record<string, unknown>,
  log: ImportLog,
): D3Shape | undefined {
  const linksKey = Object.hasOwn(data, 'links') || !Object.hasOwn(data, 'edges') ? 'links' : 'edges';
  const nodes = own(data, 'nodes');
  const links = own(data, linksKey);
  if (!Array.isArray(nodes))
    log.add('error', `${file}: "nodes" should be a list, but is ${describe(nodes)}`, { file });
  else if (nodes.length === 0)
    log.add('error', `${file}: the "nodes" list is empty, so there is nothing to map`, { file });
  else if (nodes.length > MAX_COMPANIES)
    log.add(
      'error',
      `${file}: ${plural(nodes.length, 'node', 'nodes')}; the limit is ${MAX_COMPANIES.toLocaleString('en-US')}`,
      { file },
    );
  if (links === undefined)
    log.add('error', `${file}: missing "links" (or "edges") list (the graph's edges)`, { file });
  else if (!Array.isArray(links))
    log.add('error', `${file}: "${linksKey}" should be a list, but is ${describe(links)}`, { file });
  else if (links.length > MAX_DEALS)
    log.add(
      'error',
      `${file}: ${plural(links.length, 'link', 'links')}; the limit is ${MAX_DEALS.toLocaleString('en-US')}`,
      { file },
    );
  if (log.hasErrors || !Array.isArray(nodes) || !Array.isArray(links)) return undefined;

  let places: Map<string, Place[]> | undefined;
  const where: D3Where = (list, index, field) => {
    places ??= listItemPlaces(text, ['nodes', linksKey]);
    const name = list === 'nodes' ? 'nodes' : linksKey;
    const place = places.get(name)?.[index];
    return {
      file,
      path: formatPath(field === undefined ? [name, index] : [name, index, field]),
      ...(place ? { line: place.line, column: place.column } : {}),
    };
  };
  return { nodes, links, linksKey, where };
}
