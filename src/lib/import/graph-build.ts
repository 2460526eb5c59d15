/**
 * A graph read from a GEXF or GraphML file (nodes and edges with named scalar fields, optional positions and
 * colours) → the native format, then the one validator. Field names go through the shared synonym table
 * (field-synonyms.ts); every other field is kept as an attribute. A file with no money vocabulary (no amount,
 * currency or status field, no money deal type) is a plain network: its links are not deals with dollars, so
 * they are read as in effect ("completed"), not as unconfirmed reports, and a weight stays an attribute.
 */
import type { AttributeValue } from '../data/attributes.ts';
import { FORMAT_ID, type Point } from '../data/format.ts';
import { quote, type Issue } from '../data/issues.ts';
import { LIMITS } from '../data/schema.ts';
import { MAX_COMPANIES, MAX_DEALS, validateDealMap, type ValidationResult } from '../data/validate.ts';
import { DEFAULT_STATUS } from './csv-import.ts';
import { edgeField, nodeField } from './field-synonyms.ts';
import { carriesMoney, PLAIN_STATUS, WEIGHT_ATTRIBUTE } from './money-vocabulary.ts';
import { ImportLog, itemPath, plural, renameItems, titleFromName, type Where } from './import-issues.ts';
import { KeptAttributes } from './kept-attributes.ts';
import { IdAllocator, isCompanyId, isItemId, slugify } from './slug.ts';
import { Categories, DealTypes } from './vocabulary.ts';

export type Scalar = AttributeValue;

export interface GraphNode {
  readonly id: string;
  readonly fields: ReadonlyMap<string, Scalar>;
  readonly position?: Point;
  /** `#rrggbb`. */
  readonly color?: string;
  readonly where: Where;
}

export interface GraphEdge {
  readonly id?: string;
  readonly source: string;
  readonly target: string;
  readonly fields: ReadonlyMap<string, Scalar>;
  readonly undirected: boolean;
  readonly where: Where;
}

export interface GraphInput {
  readonly file: string;
  /** "GEXF", "GraphML": for messages. */
  readonly format: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Problems found while reading the file. */
  readonly log: ImportLog;
  /** Fields that are not scalars (nested markup) and were dropped. */
  readonly dropped: number;
}

export { PLAIN_STATUS };

export function buildGraph(input: GraphInput): ValidationResult {
  const { file, format, log } = input;
  if (input.nodes.length === 0)
    log.add('error', `${file}: the ${format} file has no nodes, so there is nothing to map`, { file });
  if (input.nodes.length > MAX_COMPANIES)
    log.add(
      'error',
      `${file}: ${plural(input.nodes.length, 'node', 'nodes')}; the limit is ${MAX_COMPANIES.toLocaleString('en-US')}`,
      { file },
    );
  if (input.edges.length > MAX_DEALS)
    log.add(
      'error',
      `${file}: ${plural(input.edges.length, 'edge', 'edges')}; the limit is ${MAX_DEALS.toLocaleString('en-US')}`,
      { file },
    );
  if (log.hasErrors) return { ok: false, issues: log.issues };

  const categories = new Categories();
  const types = new DealTypes();
  const colourOf = new Map<string, string>();
  const colourGroups = new Map<string, string>();
  const kept = new KeptAttributes(log);
  const attributes = (fields: Map<string, Scalar>, where: Where) => kept.keep(fields, where);

  // Nodes → companies: valid ids first, then slugs of the rest.
  const ids = new IdAllocator();
  const seen = new Set<string>();
  const nodes = input.nodes.filter((node) => {
    if (seen.has(node.id)) {
      log.add('warning', `the node id ${quote(node.id)} is used twice — this node was skipped`, node.where);
      return false;
    }
    seen.add(node.id);
    return true;
  });
  for (const node of nodes) if (isCompanyId(node.id)) ids.reserve(node.id);
  const companyId = new Map<string, string>();
  const companies: { fields: Record<string, unknown>; where: Where }[] = [];
  const layout: Record<string, [number, number]> = {};
  for (const node of nodes) {
    const id =
      isCompanyId(node.id) && !companyId.has(node.id) ? node.id : ids.allocate(slugify(node.id) || 'node');
    companyId.set(node.id, id);
    const known = new Map<string, Scalar>();
    const rest = new Map<string, Scalar>();
    for (const [name, value] of node.fields) {
      const field = nodeField(name);
      if (field && field !== 'id' && !known.has(field)) known.set(field, value);
      else if (field !== 'id') rest.set(name, value);
    }
    const name =
      String(known.get('name') ?? node.id)
        .slice(0, LIMITS.nameLength)
        .trim() || node.id;
    const categoryValue = known.get('category');
    let category: string;
    if (categoryValue !== undefined) category = categories.useGroup(categoryValue);
    else if (node.color !== undefined) {
      const group = colourGroups.get(node.color) ?? `${colourGroups.size + 1}`;
      colourGroups.set(node.color, group);
      category = categories.useGroup(Number(group));
    } else category = categories.use(undefined);
    if (node.color !== undefined && !colourOf.has(category)) colourOf.set(category, node.color);
    const fields: Record<string, unknown> = { id, name, category };
    const url = known.get('url');
    if (typeof url === 'string' && url.trim() !== '') fields['url'] = url.trim();
    const description = known.get('description');
    if (description !== undefined) fields['description'] = String(description);
    const country = known.get('country');
    if (typeof country === 'string' && /^[a-z]{2}$/i.test(country.trim()))
      fields['country'] = country.trim().toUpperCase();
    else if (country !== undefined) rest.set('country', country);
    const x = known.get('x');
    const y = known.get('y');
    const position = node.position ?? (typeof x === 'number' && typeof y === 'number' ? { x, y } : undefined);
    if (position) layout[id] = [position.x, position.y];
    const extra = attributes(rest, node.where);
    if (extra) fields['attributes'] = extra;
    companies.push({ fields, where: node.where });
  }

  // Edges → deals. Money vocabulary decides how they are read.
  const money = input.edges.some((edge) => carriesMoney(edge.fields));
  const dealIds = new IdAllocator();
  for (const id of companyId.values()) dealIds.reserve(id);
  for (const edge of input.edges) if (edge.id !== undefined && isItemId(edge.id)) dealIds.reserve(edge.id);
  const deals: { fields: Record<string, unknown>; where: Where }[] = [];
  let undirected = 0;
  let noStatus = 0;
  const usedIds = new Set<string>();
  for (const edge of input.edges) {
    const from = companyId.get(edge.source);
    const to = companyId.get(edge.target);
    if (from === undefined || to === undefined) {
      const missing = from === undefined ? edge.source : edge.target;
      log.add('warning', `${quote(missing)} is not a node id — this edge was skipped`, edge.where);
      continue;
    }
    const known = new Map<string, Scalar>();
    const rest = new Map<string, Scalar>();
    for (const [name, value] of edge.fields) {
      const field = edgeField(name);
      if (field === 'source' || field === 'target' || field === 'id') continue;
      if (field && !known.has(field) && !(field === 'weight' && money && known.has('amount')))
        known.set(field, value);
      else rest.set(name, value);
    }
    const typeValue = known.get('type');
    const type = types.use(typeValue === undefined ? undefined : String(typeValue));
    const fields: Record<string, unknown> = { from, to, type };
    const date = known.get('date');
    if (date !== undefined) fields['date'] = String(date);
    const endDate = known.get('endDate');
    if (endDate !== undefined) fields['endDate'] = String(endDate);
    const status = known.get('status');
    if (status !== undefined) fields['status'] = String(status).trim().toLowerCase();
    else {
      fields['status'] = money ? DEFAULT_STATUS : PLAIN_STATUS;
      if (money) noStatus++;
    }
    const amount = known.get('amount');
    if (amount !== undefined) {
      const currency = known.get('currency');
      fields['amount'] = {
        value: amount,
        ...(currency === undefined ? {} : { currency: String(currency).trim().toUpperCase() }),
        ...(currency === undefined || String(currency).trim().toUpperCase() === 'USD' ? { usd: amount } : {}),
      };
      types.hasFigure(type);
    }
    const weight = known.get('weight');
    if (weight !== undefined) rest.set(WEIGHT_ATTRIBUTE, weight);
    const url = known.get('url');
    if (typeof url === 'string' && url.trim() !== '') fields['sources'] = [{ url: url.trim() }];
    const summary = known.get('summary');
    if (summary !== undefined) fields['summary'] = String(summary);
    const extra = attributes(rest, edge.where);
    if (extra) fields['attributes'] = extra;
    let id: string;
    if (edge.id !== undefined && isItemId(edge.id) && !usedIds.has(edge.id) && !companyId.has(edge.id))
      id = edge.id;
    else id = dealIds.numbered(`${from}-${to}`);
    usedIds.add(id);
    if (edge.undirected) {
      undirected++;
      // A link without direction is drawn without an arrow; money always flows one way, from source to target.
      if (!money) fields['undirected'] = true;
    }
    deals.push({ fields: { id, ...fields }, where: edge.where });
  }

  const where: Where = { file };
  if (!money && deals.length > 0) {
    log.add(
      'notice',
      `No amounts, currencies, statuses or money deal types: the ${format} file is drawn as a plain network (links, not money flows).`,
      where,
    );
  }
  if (noStatus > 0) {
    log.add(
      'notice',
      `${plural(noStatus, 'edge has', 'edges have')} no status and ${noStatus === 1 ? 'is' : 'are'} read as "${DEFAULT_STATUS}" (unconfirmed).`,
      where,
    );
  }
  if (undirected > 0) {
    log.add(
      'notice',
      money
        ? `${plural(undirected, 'edge is', 'edges are')} undirected; as ${undirected === 1 ? 'it carries' : 'they carry'} money, ${undirected === 1 ? 'it is' : 'they are'} drawn as arrows from the file's source to its target.`
        : `${plural(undirected, 'edge is', 'edges are')} undirected and drawn without arrows.`,
      where,
    );
  }
  kept.report(where);
  if (input.dropped > 0) {
    log.add(
      'notice',
      `${plural(input.dropped, 'field was', 'fields were')} not plain values (nested markup) and ${input.dropped === 1 ? 'was' : 'were'} ignored.`,
      where,
    );
  }

  const declaredTypes = types.declared();
  const declaredCategories = categories.declared()?.map((c) => {
    const colour = colourOf.get(c.id);
    if (colour === undefined) return c;
    const { colorDark: _dark, ...rest } = c;
    return { ...rest, color: colour };
  });
  const native = {
    format: FORMAT_ID,
    meta: { title: titleFromName(file) },
    ...(declaredCategories ? { categories: declaredCategories } : {}),
    ...(declaredTypes ? { dealTypes: declaredTypes } : {}),
    companies: companies.map((c) => c.fields),
    deals: deals.map((d) => d.fields),
    ...(Object.keys(layout).length === companies.length ? { layout } : {}),
  };
  const result = validateDealMap(native);
  const placed = result.issues.map((issue) => placeIssue(issue, file, companies, deals));
  const issues = [...log.issues, ...placed];
  return result.ok ? { ok: true, value: result.value, issues } : { ok: false, issues };
}

function placeIssue(
  issue: Issue,
  file: string,
  companies: readonly { where: Where }[],
  deals: readonly { where: Where }[],
): Issue {
  const at = itemPath(issue.path);
  const item =
    at?.list === 'companies' ? companies[at.index] : at?.list === 'deals' ? deals[at.index] : undefined;
  const message = renameItems(
    issue.message
      .replace(/ — this deal was skipped$/, ' — this edge was skipped')
      .replace(/ — this company was skipped$/, ' — this node was skipped'),
    (list, index) => {
      const line = (list === 'companies' ? companies[index] : deals[index])?.where.line;
      return line === undefined
        ? `${list === 'companies' ? 'node' : 'edge'} ${index + 1}`
        : `the ${list === 'companies' ? 'node' : 'edge'} on line ${line}`;
    },
  );
  const where = item?.where;
  return {
    path: where?.path ?? (at ? at.field : issue.path),
    severity: issue.severity,
    message: at && at.field !== '' ? `${at.field}: ${message}` : message,
    file,
    ...(where?.line === undefined ? {} : { line: where.line }),
  };
}
