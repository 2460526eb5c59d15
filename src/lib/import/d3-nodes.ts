/**
 * D3 nodes → companies. Field names go through the shared synonym table (field-synonyms.ts): `id`/`key` for the
 * id (else the name), `name`/`label`/`title`, `group`/`category`/`type`…, `url`, `description`, `country`, `x`/`y`
 * (a position); every other plain field is kept as an attribute. Ids that already are valid are kept, the rest
 * become slugs of their text. Links find nodes by position, by id or by name (`resolve`).
 */
import type { AttributeValue } from '../data/attributes.ts';
import { isPlainObject } from '../data/collect.ts';
import { describe, quote } from '../data/issues.ts';
import { closest } from '../data/suggest.ts';
import { type D3Shape, DroppedFields, isScalar } from './d3-shape.ts';
import { nodeField, type NodeField } from './field-synonyms.ts';
import { plural, type ImportLog } from './import-issues.ts';
import type { KeptAttributes } from './kept-attributes.ts';
import { IdAllocator, isCompanyId, slugify } from './slug.ts';
import type { Categories } from './vocabulary.ts';

/**
 * "Did you mean" compares a missing id with every node id: offered for the first dangling links only, as many as
 * fit in about 200,000 comparisons (100 for small graphs, 10 for 20,000 nodes), so big files stay fast.
 */
const SUGGESTION_WORK = 200_000;
const MAX_SUGGESTIONS = 100;

export interface NodeOut {
  /** Index in the file's `nodes`. */
  readonly index: number;
  readonly id: string;
  /** The file's key for each company field read from it (`name` → `label`), for problems. */
  readonly keys: ReadonlyMap<string, string>;
  readonly fields: Record<string, unknown>;
  readonly position?: readonly [number, number];
}

export interface NodesRead {
  readonly companies: readonly NodeOut[];
  /** The node a link end names (a position, an id, a name or a simulated node object), or why not. */
  readonly resolve: (value: unknown) => { node: NodeOut } | { problem: string };
}

interface Raw {
  readonly text: string;
  readonly idKey: string;
  readonly known: ReadonlyMap<NodeField, readonly [key: string, value: AttributeValue]>;
  readonly rest: readonly (readonly [string, AttributeValue])[];
}

export function readNodes(
  shape: D3Shape,
  log: ImportLog,
  categories: Categories,
  kept: KeptAttributes,
  dropped: DroppedFields,
): NodesRead {
  const { nodes, where } = shape;
  const numericIds = nodes.some((n) => isPlainObject(n) && typeof firstOf(n, 'id') === 'number');
  const byText = new Map<string, number>(); // id (or name) as written → node index
  const byNumber = new Map<number, number>(); // numeric id → node index
  const byName = new Map<string, number>();
  const raw: (Raw | undefined)[] = nodes.map((node, j) => {
    if (!isPlainObject(node)) {
      log.add(
        'warning',
        `should be an object, but is ${describe(node)} — this node was skipped`,
        where('nodes', j),
      );
      return undefined;
    }
    const known = new Map<NodeField, readonly [string, AttributeValue]>();
    const rest: [string, AttributeValue][] = [];
    let idKey: string | undefined;
    let idValue: unknown;
    for (const [key, value] of Object.entries(node)) {
      const field = nodeField(key);
      if (field === 'id' && idKey === undefined) {
        idKey = key;
        idValue = value;
      } else if (!isScalar(value)) dropped.add(where('nodes', j, key));
      else if (field && field !== 'id' && !known.has(field)) known.set(field, [key, value]);
      else rest.push([key, value]);
    }
    const name = known.get('name');
    const key = idKey ?? name?.[0];
    const value = idKey === undefined ? name?.[1] : idValue;
    if (
      key === undefined ||
      (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value)))
    ) {
      const problem =
        key === undefined
          ? 'has no "id" or "name"'
          : `"${key}" should be text or a number, but is ${describe(value)}`;
      log.add('warning', `${problem} — this node was skipped`, where('nodes', j, key));
      return undefined;
    }
    const text = String(value).trim();
    if (text === '') {
      log.add('warning', `"${key}" is empty — this node was skipped`, where('nodes', j, key));
      return undefined;
    }
    const first = byText.get(text);
    if (first !== undefined) {
      log.add(
        'warning',
        `${quote(text)} is already used by nodes[${first}] — this node was skipped`,
        where('nodes', j, key),
      );
      return undefined;
    }
    byText.set(text, j);
    if (typeof value === 'number' && idKey !== undefined) byNumber.set(value, j);
    const nameText = typeof name?.[1] === 'string' ? name[1].trim() : '';
    if (idKey !== undefined && nameText !== '' && !byName.has(nameText)) byName.set(nameText, j);
    return { text, idKey: key, known, rest };
  });

  const ids = new IdAllocator();
  const valid = new Set<number>();
  raw.forEach((r, j) => {
    if (r && isCompanyId(r.text) && ids.reserve(r.text)) valid.add(j);
  });
  const companyOf = new Map<number, NodeOut>();
  const companies: NodeOut[] = [];
  raw.forEach((r, j) => {
    if (!r) return;
    const out = company(r, j, valid.has(j) ? r.text : ids.allocate(slugify(r.text) || 'node'), categories);
    const extra = kept.keep(out.rest, where('nodes', j));
    if (extra) out.node.fields['attributes'] = extra;
    companyOf.set(j, out.node);
    companies.push(out.node);
  });

  const nodeCount = nodes.length;
  let suggestions = Math.min(MAX_SUGGESTIONS, Math.floor(SUGGESTION_WORK / Math.max(1, byText.size)));
  const resolve = (value: unknown): { node: NodeOut } | { problem: string } => {
    let ref = value;
    if (isPlainObject(ref)) ref = own(ref, 'id') ?? own(ref, 'name') ?? own(ref, 'index'); // a simulated link
    if (typeof ref === 'number') {
      if (numericIds) {
        const j = byNumber.get(ref);
        const node = j === undefined ? undefined : companyOf.get(j);
        return node ? { node } : { problem: `${ref} is not a node id` };
      }
      if (!Number.isInteger(ref) || ref < 0 || ref >= nodeCount) {
        return {
          problem: `${ref} is not a node index (the ${plural(nodeCount, 'node is', 'nodes are')} numbered 0 to ${nodeCount - 1})`,
        };
      }
      const node = companyOf.get(ref);
      return node ? { node } : { problem: `nodes[${ref}] was skipped` };
    }
    if (typeof ref === 'string') {
      const text = ref.trim();
      const j = byText.get(text) ?? byName.get(text);
      if (j === undefined) {
        const guess = text.length <= 120 && suggestions-- > 0 ? closest(text, byText.keys()) : undefined;
        return {
          problem: `${quote(text)} is not a node id${guess ? ` (did you mean ${quote(guess)}?)` : ''}`,
        };
      }
      const node = companyOf.get(j);
      return node ? { node } : { problem: `nodes[${j}] was skipped` };
    }
    return { problem: `should be a node index or id, but is ${describe(ref)}` };
  };
  return { companies, resolve };
}

/** The company fields of one node, and the fields left over for its attributes. */
function company(
  r: Raw,
  index: number,
  id: string,
  categories: Categories,
): { node: NodeOut; rest: (readonly [string, AttributeValue])[] } {
  const keys = new Map<string, string>([['id', r.idKey]]);
  const rest = [...r.rest];
  const value = (field: NodeField) => r.known.get(field)?.[1];
  const name = r.known.get('name');
  const nameText = name === undefined ? '' : String(name[1]).trim();
  keys.set('name', nameText !== '' && name ? name[0] : r.idKey);
  const fields: Record<string, unknown> = { id, name: nameText !== '' ? nameText : r.text };
  const category = r.known.get('category');
  fields['category'] = categories.useGroup(category?.[1]);
  if (category) keys.set('category', category[0]);
  for (const field of ['url', 'description'] as const) {
    const entry = r.known.get(field);
    if (entry === undefined) continue;
    fields[field] = String(entry[1]).trim();
    keys.set(field, entry[0]);
  }
  const country = r.known.get('country');
  if (country && typeof country[1] === 'string' && /^[a-z]{2}$/i.test(country[1].trim())) {
    fields['country'] = country[1].trim().toUpperCase();
    keys.set('country', country[0]);
  } else if (country) rest.push(country);
  const x = value('x');
  const y = value('y');
  const placed = typeof x === 'number' && typeof y === 'number';
  if (!placed) {
    for (const field of ['x', 'y'] as const) {
      const entry = r.known.get(field);
      if (entry) rest.push(entry);
    }
  }
  const node: NodeOut = { index, id, keys, fields, ...(placed ? { position: [x, y] as const } : {}) };
  return { node, rest };
}

function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** The value of a node's first key that stands for `field`. */
function firstOf(node: Record<string, unknown>, field: NodeField): unknown {
  for (const key of Object.keys(node)) if (nodeField(key) === field) return node[key];
  return undefined;
}
