/**
 * A D3-style graph `{nodes, links}` → the native format, then the one validator. Both common shapes: links
 * that name nodes by position (`"source": 0`) and links that name them by id (`"source": "Myriel"`, as in
 * D3's miserables.json). Only the known fields of each node and link are read, one level deep; every
 * lookup is a Map. Problems keep the file's own paths (`links[12].source`) and the line the item starts on.
 */
import { FORMAT_ID } from '../data/format.ts';
import { describe, formatPath, quote, type Issue, type PathPart } from '../data/issues.ts';
import { isPlainObject } from '../data/collect.ts';
import { closest } from '../data/suggest.ts';
import { MAX_COMPANIES, MAX_DEALS, validateDealMap, type ValidationResult } from '../data/validate.ts';
import { DEFAULT_STATUS } from './csv-import.ts';
import { ImportLog, itemPath, plural, renameItems, titleFromName, type Where } from './import-issues.ts';
import { listItemPlaces, type Place } from './json-places.ts';
import { IdAllocator, isCompanyId, isItemId, slugify } from './slug.ts';
import { Categories, DealTypes } from './vocabulary.ts';

/** What marks a deal whose amount came from a link's `value`. */
export const D3_VALUE_NOTE = 'value from a D3 file';

/**
 * "Did you mean" compares a missing id with every node id: offered for the first dangling links only, as many as
 * fit in about 200,000 comparisons (100 for small graphs, 10 for 20,000 nodes), so big files stay fast.
 */
const SUGGESTION_WORK = 200_000;
const MAX_SUGGESTIONS = 100;

const NODE_FIELDS = new Set(['id', 'name', 'label', 'group']);
const LINK_FIELDS = new Set(['id', 'source', 'target', 'value', 'type']);

function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

interface NodeOut {
  /** Index in the file's `nodes`. */
  readonly index: number;
  readonly id: string;
  /** Which field the id came from, for messages. */
  readonly idField: 'id' | 'name';
  readonly nameField: 'id' | 'name' | 'label';
  readonly fields: Record<string, unknown>;
}

interface LinkOut {
  readonly index: number;
  readonly fields: Record<string, unknown>;
  readonly hasId: boolean;
}

export function importD3(file: string, text: string, data: Record<string, unknown>): ValidationResult {
  const log = new ImportLog();
  const linksKey = Object.hasOwn(data, 'links') || !Object.hasOwn(data, 'edges') ? 'links' : 'edges';
  let placesCache: Map<string, Place[]> | undefined;
  const placeOf = (list: 'nodes' | 'links', index: number): Place | undefined => {
    placesCache ??= listItemPlaces(text, ['nodes', linksKey]);
    return placesCache.get(list === 'nodes' ? 'nodes' : linksKey)?.[index];
  };
  const where = (list: 'nodes' | 'links', index: number, field?: string): Where => {
    const place = placeOf(list, index);
    const name = list === 'nodes' ? 'nodes' : linksKey;
    return {
      file,
      path: `${name}[${index}]${field === undefined ? '' : `.${field}`}`,
      ...(place ? { line: place.line, column: place.column } : {}),
    };
  };

  // Structure, before any object is built.
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
  if (links === undefined) log.add('error', `${file}: missing "links" list (the graph's edges)`, { file });
  else if (!Array.isArray(links))
    log.add('error', `${file}: "${linksKey}" should be a list, but is ${describe(links)}`, { file });
  else if (links.length > MAX_DEALS)
    log.add(
      'error',
      `${file}: ${plural(links.length, 'link', 'links')}; the limit is ${MAX_DEALS.toLocaleString('en-US')}`,
      { file },
    );
  if (log.hasErrors || !Array.isArray(nodes) || !Array.isArray(links))
    return { ok: false, issues: log.issues };

  const categories = new Categories();
  const types = new DealTypes();
  let unknownFields = 0;
  let firstUnknown: string | undefined;
  const countUnknown = (
    item: Record<string, unknown>,
    known: ReadonlySet<string>,
    path: readonly PathPart[],
  ) => {
    for (const key of Object.keys(item)) {
      if (known.has(key)) continue;
      unknownFields++;
      firstUnknown ??= formatPath([...path, key]);
    }
  };

  // Nodes → companies. Ids that already are valid are taken first; the rest are slugs of their text.
  const numericIds = nodes.some((n) => isPlainObject(n) && typeof own(n, 'id') === 'number');
  const byText = new Map<string, number>(); // id (or name) as written → node index
  const byNumber = new Map<number, number>(); // numeric id → node index
  const byName = new Map<string, number>();
  const raw: ({ text: string; field: 'id' | 'name'; node: Record<string, unknown> } | undefined)[] = [];
  nodes.forEach((node, j) => {
    if (!isPlainObject(node)) {
      log.add(
        'warning',
        `should be an object, but is ${describe(node)} — this node was skipped`,
        where('nodes', j),
      );
      raw.push(undefined);
      return;
    }
    countUnknown(node, NODE_FIELDS, ['nodes', j]);
    const idValue = own(node, 'id');
    const nameValue = own(node, 'name');
    const field = idValue !== undefined ? 'id' : 'name';
    const value = field === 'id' ? idValue : nameValue;
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
      const problem =
        value === undefined
          ? 'has no "id" or "name"'
          : `"${field}" should be text or a number, but is ${describe(value)}`;
      log.add(
        'warning',
        `${problem} — this node was skipped`,
        where('nodes', j, value === undefined ? undefined : field),
      );
      raw.push(undefined);
      return;
    }
    const text = String(value).trim();
    if (text === '') {
      log.add('warning', `"${field}" is empty — this node was skipped`, where('nodes', j, field));
      raw.push(undefined);
      return;
    }
    const first = byText.get(text);
    if (first !== undefined) {
      log.add(
        'warning',
        `${quote(text)} is already used by nodes[${first}] — this node was skipped`,
        where('nodes', j, field),
      );
      raw.push(undefined);
      return;
    }
    byText.set(text, j);
    if (typeof idValue === 'number') byNumber.set(idValue, j);
    if (typeof nameValue === 'string' && nameValue.trim() !== '' && !byName.has(nameValue.trim()))
      byName.set(nameValue.trim(), j);
    raw.push({ text, field, node });
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
    const id = valid.has(j) ? r.text : ids.allocate(slugify(r.text) || 'node');
    const nameValue = own(r.node, 'name');
    const labelValue = own(r.node, 'label');
    const nameField: NodeOut['nameField'] =
      r.field === 'id' && typeof nameValue === 'string' && nameValue.trim() !== ''
        ? 'name'
        : typeof labelValue === 'string' && labelValue.trim() !== ''
          ? 'label'
          : r.field;
    const name =
      nameField === 'label' ? labelValue : nameField === 'name' && r.field === 'id' ? nameValue : r.text;
    const out: NodeOut = {
      index: j,
      id,
      idField: r.field,
      nameField,
      fields: { id, name, category: categories.useGroup(own(r.node, 'group')) },
    };
    companyOf.set(j, out);
    companies.push(out);
  });

  // Links → deals.
  const dealIds = new IdAllocator();
  for (const c of companies) dealIds.reserve(c.id);
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

  const out: LinkOut[] = [];
  let valued = 0;
  links.forEach((link, j) => {
    if (!isPlainObject(link)) {
      log.add(
        'warning',
        `should be an object, but is ${describe(link)} — this link was skipped`,
        where('links', j),
      );
      return;
    }
    countUnknown(link, LINK_FIELDS, [linksKey, j]);
    const ends: NodeOut[] = [];
    for (const side of ['source', 'target'] as const) {
      const found = resolve(own(link, side));
      if ('problem' in found) {
        log.add('warning', `${found.problem} — this link was skipped`, where('links', j, side));
        return;
      }
      ends.push(found.node);
    }
    const [from, to] = ends;
    if (!from || !to) return;
    const typeValue = own(link, 'type');
    const type = types.use(typeof typeValue === 'string' ? typeValue : undefined);
    const fields: Record<string, unknown> = { from: from.id, to: to.id, type, status: DEFAULT_STATUS };
    const value = own(link, 'value');
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
      fields['amount'] = { value, currency: 'USD', usd: value, kind: 'exact', scope: 'total' };
      fields['notes'] = D3_VALUE_NOTE;
      types.hasFigure(type);
      valued++;
    } else if (value !== undefined) {
      log.add(
        'warning',
        `should be a number of 0 or more (read as US dollars), but is ${describe(value)}; the value was ignored`,
        where('links', j, 'value'),
      );
    }
    const idValue = own(link, 'id');
    const idText =
      typeof idValue === 'string' ? idValue.trim() : typeof idValue === 'number' ? String(idValue) : '';
    let id: string;
    if (idText !== '' && isItemId(idText) && dealIds.reserve(idText)) id = idText;
    else if (idText !== '') id = dealIds.allocate(slugify(idText) || 'link');
    else id = dealIds.numbered(`${from.id}-${to.id}`);
    out.push({ index: j, fields: { id, ...fields }, hasId: idText !== '' });
  });

  const fileWhere: Where = { file };
  if (valued > 0) {
    log.add(
      'notice',
      `${plural(valued, 'link has', 'links have')} a "value"; it is read as an amount in US dollars and marked "${D3_VALUE_NOTE}".`,
      fileWhere,
    );
  }
  if (types.emptyCount > 0) {
    log.add(
      'notice',
      `${plural(types.emptyCount, 'link has', 'links have')} no "type" and ${types.emptyCount === 1 ? 'is' : 'are'} shown as "link".`,
      fileWhere,
    );
  }
  if (out.length > 0) {
    log.add(
      'notice',
      `D3 links have no status; ${out.length === 1 ? 'the deal is' : 'all deals are'} read as "${DEFAULT_STATUS}" (unconfirmed).`,
      fileWhere,
    );
  }
  if (unknownFields > 0) {
    log.add(
      'notice',
      `${plural(unknownFields, 'unknown field was', 'unknown fields were')} ignored (the first: ${firstUnknown ?? '?'}).`,
      fileWhere,
    );
  }

  const declaredCategories = categories.declared();
  const declaredTypes = types.declared();
  const native = {
    format: FORMAT_ID,
    meta: { title: titleFromName(file) },
    ...(declaredCategories ? { categories: declaredCategories } : {}),
    ...(declaredTypes ? { dealTypes: declaredTypes } : {}),
    companies: companies.map((c) => c.fields),
    deals: out.map((l) => l.fields),
  };
  const result = validateDealMap(native);
  const mapped = result.issues.map((issue) => placeIssue(issue, file, companies, out, where));
  const issues = [...log.issues, ...mapped];
  return result.ok ? { ok: true, value: result.value, issues } : { ok: false, issues };
}

const LINK_FIELD = new Map([
  ['from', 'source'],
  ['to', 'target'],
  ['type', 'type'],
  ['amount', 'value'],
  ['amount.value', 'value'],
  ['amount.usd', 'value'],
]);

/** The validator speaks of deals and companies; a D3 file has links and nodes. */
function inD3Words(message: string): string {
  return message
    .replace(/ — this deal was skipped$/, ' — this link was skipped')
    .replace(/ — this company was skipped$/, ' — this node was skipped');
}

function placeIssue(
  issue: Issue,
  file: string,
  companies: readonly NodeOut[],
  links: readonly LinkOut[],
  where: (list: 'nodes' | 'links', index: number, field?: string) => Where,
): Issue {
  const message = renameItems(inD3Words(issue.message), (list, index) => {
    const j = list === 'companies' ? companies[index]?.index : links[index]?.index;
    return j === undefined
      ? `${list}[${index}]`
      : (where(list === 'companies' ? 'nodes' : 'links', j).path ?? '');
  });
  const at = itemPath(issue.path);
  let place: Where = { file, path: issue.path };
  if (at?.list === 'companies') {
    const node = companies[at.index];
    const field =
      at.field === 'id'
        ? node?.idField
        : at.field === 'name'
          ? node?.nameField
          : at.field === 'category'
            ? 'group'
            : undefined;
    if (node) place = where('nodes', node.index, field);
  } else if (at?.list === 'deals') {
    const link = links[at.index];
    const field = at.field === 'id' ? (link?.hasId ? 'id' : undefined) : LINK_FIELD.get(at.field);
    if (link) place = where('links', link.index, field);
  } else place = { file, path: '' };
  return {
    path: place.path ?? '',
    severity: issue.severity,
    message,
    file,
    ...(place.line === undefined ? {} : { line: place.line }),
    ...(place.column === undefined ? {} : { column: place.column }),
  };
}
