/**
 * GraphML (as Gephi, graphology, NetworkX and yEd write it) → a graph for graph-build.ts. Read with the
 * platform's XML parser after the DOCTYPE check: `<key>` declarations (name, type, default, for nodes or edges),
 * `<data>` values, node positions from `x`/`y` data and colours from `r`/`g`/`b` or a `#rrggbb` `color`, edges
 * with id, direction (`directed`, or the graph's `edgedefault`) and every data value. Data that holds markup
 * instead of a value (yEd's graphics) is ignored and counted.
 */
import type { ValidationResult } from '../data/validate.ts';
import { buildGraph, type GraphEdge, type GraphNode, type Scalar } from './graph-build.ts';
import { ImportLog } from './import-issues.ts';
import { children, child, rgbHex, typedValue } from './xml-read.ts';
import { graphRoot, type GraphFormat } from './xml-root.ts';
import { elementLines, platformXmlParser, type XmlParser } from './xml-safety.ts';

const GRAPHML: GraphFormat = {
  element: 'graphml',
  label: 'GraphML',
  namespace: /^http:\/\/graphml\.graphdrawing\.org\/xmlns\/?$/,
  expected: 'http://graphml.graphdrawing.org/xmlns',
};

interface Key {
  readonly name: string;
  readonly type: string;
  readonly fallback?: string;
}

export function importGraphml(
  file: string,
  text: string,
  parser: XmlParser | undefined = platformXmlParser(),
): ValidationResult {
  const opened = graphRoot(file, text, parser, GRAPHML);
  if (!opened.ok) return opened.result;
  const { root, graph } = opened;
  const log = new ImportLog();
  const keys = { node: new Map<string, Key>(), edge: new Map<string, Key>() };
  for (const key of children(root, 'key')) {
    const id = key.getAttribute('id');
    if (id === null) continue;
    const scope = key.getAttribute('for') ?? 'all';
    const fallback = child(key, 'default')?.textContent ?? undefined;
    const entry: Key = {
      name: key.getAttribute('attr.name') || id,
      type: key.getAttribute('attr.type') ?? 'string',
      ...(fallback === undefined ? {} : { fallback }),
    };
    if (scope === 'node' || scope === 'all') keys.node.set(id, entry);
    if (scope === 'edge' || scope === 'all') keys.edge.set(id, entry);
  }
  let dropped = 0;
  const values = (element: Element, table: Map<string, Key>): Map<string, Scalar> => {
    const given = new Map<string, string>();
    for (const data of children(element, 'data')) {
      const key = data.getAttribute('key');
      if (key === null) continue;
      if (!iterateElements(data).next().done) {
        dropped++;
        continue;
      }
      given.set(key, data.textContent ?? '');
    }
    const fields = new Map<string, Scalar>();
    for (const [id, key] of table) {
      const raw = given.get(id) ?? key.fallback;
      if (raw !== undefined && raw.trim() !== '') fields.set(key.name, typedValue(raw.trim(), key.type));
    }
    for (const [id, raw] of given) if (!table.has(id) && raw.trim() !== '') fields.set(id, raw.trim());
    return fields;
  };

  const nodeLines = elementLines(text, 'node');
  const edgeLines = elementLines(text, 'edge');
  const nodes: GraphNode[] = [];
  children(graph, 'node').forEach((element, i) => {
    const line = nodeLines[i];
    const where = { file, path: `node[${i}]`, ...(line === undefined ? {} : { line }) };
    const id = element.getAttribute('id');
    if (id === null || id.trim() === '') {
      log.add('warning', 'a <node> has no id — this node was skipped', where);
      return;
    }
    const fields = values(element, keys.node);
    const colour = pickColour(fields);
    nodes.push({ id: id.trim(), fields, ...(colour ? { color: colour } : {}), where });
  });
  const undirectedDefault = graph.getAttribute('edgedefault') === 'undirected';
  const edges: GraphEdge[] = [];
  children(graph, 'edge').forEach((element, i) => {
    const line = edgeLines[i];
    const where = { file, path: `edge[${i}]`, ...(line === undefined ? {} : { line }) };
    const source = element.getAttribute('source');
    const target = element.getAttribute('target');
    if (!source || !target) {
      log.add('warning', `an <edge> has no ${source ? 'target' : 'source'} — this edge was skipped`, where);
      return;
    }
    const directed = element.getAttribute('directed');
    const id = element.getAttribute('id');
    edges.push({
      ...(id === null || id.trim() === '' ? {} : { id: id.trim() }),
      source: source.trim(),
      target: target.trim(),
      fields: values(element, keys.edge),
      undirected: directed === null ? undirectedDefault : directed === 'false',
      where,
    });
  });
  return buildGraph({ file, format: 'GraphML', nodes, edges, log, dropped });
}

function* iterateElements(parent: Element): Generator<Element> {
  for (let node = parent.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 1) yield node as Element;
}

/** `r`, `g`, `b` fields (Gephi) or a `#rrggbb` colour field; those fields are then not attributes. */
function pickColour(fields: Map<string, Scalar>): string | undefined {
  const rgb = ['r', 'g', 'b'].map((c) => fields.get(c));
  if (rgb.every((v) => typeof v === 'number')) {
    const hex = rgbHex(rgb as number[]);
    if (hex) {
      for (const c of ['r', 'g', 'b']) fields.delete(c);
      return hex;
    }
  }
  for (const name of ['color', 'colour']) {
    const value = fields.get(name);
    if (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)) {
      fields.delete(name);
      return value.toLowerCase();
    }
  }
  return undefined;
}
