/**
 * The one table of field names that graph files use for what the format knows, shared by the D3, GEXF, GraphML
 * and CSV edge-list importers. Names are compared like CSV columns (case, spaces, hyphens and underscores
 * ignored): `Source URL`, `source_url` and `sourceUrl` are one name. A field of a node or edge whose name is in
 * no row is kept as an attribute.
 */
import { columnKey } from './csv-table.ts';

export type NodeField = 'id' | 'name' | 'category' | 'url' | 'description' | 'country' | 'x' | 'y';
export type EdgeField =
  | 'id'
  | 'source'
  | 'target'
  | 'type'
  | 'date'
  | 'endDate'
  | 'amount'
  | 'currency'
  | 'status'
  | 'url'
  | 'summary'
  | 'weight';

const NODE_SYNONYMS: Readonly<Record<NodeField, readonly string[]>> = {
  id: ['id', 'key'],
  name: ['name', 'label', 'title'],
  category: ['category', 'group', 'type', 'kind', 'class', 'community', 'cluster', 'modularity class'],
  url: ['url', 'link', 'website', 'homepage', 'href'],
  description: ['description', 'desc'],
  country: ['country'],
  x: ['x'],
  y: ['y'],
};

const EDGE_SYNONYMS: Readonly<Record<EdgeField, readonly string[]>> = {
  id: ['id', 'key'],
  source: ['source', 'from', 'origin', 'src', 'start node'],
  target: ['target', 'to', 'destination', 'dest', 'dst', 'end node'],
  type: ['type', 'kind', 'category', 'relation', 'relationship', 'dealtype'],
  date: ['date', 'start', 'start date', 'year', 'time', 'timestamp'],
  endDate: ['end', 'end date', 'enddate'],
  amount: ['amount', 'amount usd', 'amountusd', 'usd', 'amount value', 'value usd'],
  currency: ['currency', 'amount currency'],
  status: ['status'],
  url: ['url', 'source url', 'sourceurl', 'link', 'href', 'sources'],
  summary: ['summary', 'description', 'desc'],
  weight: ['weight', 'value', 'count', 'strength'],
};

function index<F extends string>(table: Readonly<Record<F, readonly string[]>>): Map<string, F> {
  const out = new Map<string, F>();
  for (const field of Object.keys(table) as F[]) {
    for (const name of table[field]) if (!out.has(columnKey(name))) out.set(columnKey(name), field);
  }
  return out;
}

const NODE_INDEX = index(NODE_SYNONYMS);
const EDGE_INDEX = index(EDGE_SYNONYMS);

/** The node field a name stands for, or undefined (an attribute). */
export function nodeField(name: string): NodeField | undefined {
  return NODE_INDEX.get(columnKey(name));
}

/** The edge field a name stands for, or undefined (an attribute). */
export function edgeField(name: string): EdgeField | undefined {
  return EDGE_INDEX.get(columnKey(name));
}

/** Edge fields that say a file is about money: with none of them, it is drawn as a plain network. */
export const MONEY_FIELDS: ReadonlySet<EdgeField> = new Set(['amount', 'currency', 'status']);
