/**
 * GEXF (1.1draft, 1.2draft and 1.3, as Gephi and graphology write them) → a graph for graph-build.ts. Read with
 * the platform's XML parser after the DOCTYPE check (xml-safety.ts): node ids and labels, declared attributes
 * with their types and defaults, `viz:color` (r/g/b or hex), `viz:size` and `viz:position` (the frozen layout,
 * y flipped: Gephi's axis points up, the map's down), edges with id, weight, label, kind, direction and
 * `start`/`end` dates.
 */
import type { ValidationResult } from '../data/validate.ts';
import { buildGraph, type GraphEdge, type GraphNode, type Scalar } from './graph-build.ts';
import { ImportLog } from './import-issues.ts';
import { children, child, colourOf, numberAttr, typedValue } from './xml-read.ts';
import { graphRoot, type GraphFormat } from './xml-root.ts';
import { elementLines, platformXmlParser, type XmlParser } from './xml-safety.ts';

const GEXF: GraphFormat = {
  element: 'gexf',
  label: 'GEXF',
  namespace: /^https?:\/\/(www\.)?gexf\.net\/1\.(1draft|2draft|2|3)\/?$/,
  expected: 'http://gexf.net/1.3 (or http://www.gexf.net/1.2draft, 1.1draft)',
};

interface Declared {
  readonly title: string;
  readonly type: string;
  readonly fallback?: string;
}

export function importGexf(
  file: string,
  text: string,
  parser: XmlParser | undefined = platformXmlParser(),
): ValidationResult {
  const opened = graphRoot(file, text, parser, GEXF);
  if (!opened.ok) return opened.result;
  const { root, graph } = opened;
  const log = new ImportLog();
  const undirectedDefault = graph.getAttribute('defaultedgetype') === 'undirected';
  const declared = { node: new Map<string, Declared>(), edge: new Map<string, Declared>() };
  for (const list of children(graph, 'attributes')) {
    const target = list.getAttribute('class') === 'edge' ? declared.edge : declared.node;
    for (const attribute of children(list, 'attribute')) {
      const id = attribute.getAttribute('id');
      if (id === null) continue;
      const fallback = child(attribute, 'default')?.textContent ?? undefined;
      target.set(id, {
        title: attribute.getAttribute('title') || id,
        type: attribute.getAttribute('type') ?? 'string',
        ...(fallback === undefined ? {} : { fallback }),
      });
    }
  }
  let dropped = 0;
  const values = (element: Element, table: Map<string, Declared>): Map<string, Scalar> => {
    const fields = new Map<string, Scalar>();
    const given = new Map<string, string>();
    for (const list of children(element, 'attvalues')) {
      for (const value of children(list, 'attvalue')) {
        const key = value.getAttribute('for') ?? value.getAttribute('id');
        const raw = value.getAttribute('value');
        if (key === null || raw === null) {
          dropped++;
          continue;
        }
        given.set(key, raw);
      }
    }
    for (const [id, attribute] of table) {
      const raw = given.get(id) ?? attribute.fallback;
      if (raw !== undefined) fields.set(attribute.title, typedValue(raw, attribute.type));
    }
    for (const [id, raw] of given) if (!table.has(id)) fields.set(id, raw);
    return fields;
  };

  const nodeLines = elementLines(text, 'node');
  const edgeLines = elementLines(text, 'edge');
  const nodes: GraphNode[] = [];
  let nodeIndex = 0;
  for (const element of children(child(graph, 'nodes'), 'node')) {
    const line = nodeLines[nodeIndex];
    const where = { file, path: `nodes[${nodeIndex}]`, ...(line === undefined ? {} : { line }) };
    nodeIndex++;
    const id = element.getAttribute('id');
    if (id === null || id.trim() === '') {
      log.add('warning', 'a <node> has no id — this node was skipped', where);
      continue;
    }
    const fields = values(element, declared.node);
    const label = element.getAttribute('label');
    if (label !== null && label.trim() !== '') fields.set('label', label);
    const viz = (name: string) => children(element, name).find((c) => c.namespaceURI !== root.namespaceURI);
    const position = viz('position');
    const x = position ? numberAttr(position, 'x') : undefined;
    const y = position ? numberAttr(position, 'y') : undefined;
    const size = viz('size');
    const sizeValue = size ? numberAttr(size, 'value') : undefined;
    if (sizeValue !== undefined) fields.set('size', sizeValue);
    const colourElement = viz('color');
    const color = colourElement ? colourOf(colourElement) : undefined;
    nodes.push({
      id: id.trim(),
      fields,
      ...(x !== undefined && y !== undefined ? { position: { x, y: y === 0 ? 0 : -y } } : {}),
      ...(color ? { color } : {}),
      where,
    });
  }

  const edges: GraphEdge[] = [];
  let edgeIndex = 0;
  for (const element of children(child(graph, 'edges'), 'edge')) {
    const line = edgeLines[edgeIndex];
    const where = { file, path: `edges[${edgeIndex}]`, ...(line === undefined ? {} : { line }) };
    edgeIndex++;
    const source = element.getAttribute('source');
    const target = element.getAttribute('target');
    if (!source || !target) {
      log.add('warning', `an <edge> has no ${source ? 'target' : 'source'} — this edge was skipped`, where);
      continue;
    }
    const fields = values(element, declared.edge);
    for (const name of ['kind', 'label', 'start', 'end']) {
      const value = element.getAttribute(name);
      if (value !== null && value.trim() !== '' && !fields.has(name)) fields.set(name, value.trim());
    }
    const weight = numberAttr(element, 'weight');
    if (weight !== undefined) fields.set('weight', weight);
    const type = element.getAttribute('type');
    const id = element.getAttribute('id');
    edges.push({
      ...(id === null || id.trim() === '' ? {} : { id: id.trim() }),
      source: source.trim(),
      target: target.trim(),
      fields,
      undirected: type === null ? undirectedDefault : type !== 'directed',
      where,
    });
  }
  return buildGraph({ file, format: 'GEXF', nodes, edges, log, dropped });
}
