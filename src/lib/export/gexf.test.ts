import { describe, expect, test } from 'vitest';
import { frozenEdition } from '../data/test-fixtures.ts';
import { dealsGexf } from './gexf.ts';
import { FORBIDDEN_XML_CHARS, parseXml } from './parse-xml.test-helper.ts';
import { hostileFile, viewOf } from './test-fixtures.ts';
import { visibleRecords } from './visible.ts';

const edition = frozenEdition();
const GEXF = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';

function elements(doc: ReturnType<typeof parseXml>, name: string, ns = GEXF) {
  return Array.from(doc.getElementsByTagNameNS(ns, name));
}

function attvalues(element: { getElementsByTagNameNS: (ns: string, name: string) => ArrayLike<unknown> }) {
  const out: Record<string, string> = {};
  for (const a of Array.from(element.getElementsByTagNameNS(GEXF, 'attvalue')) as Element[]) {
    out[a.getAttribute('for') ?? ''] = a.getAttribute('value') ?? '';
  }
  return out;
}

describe('GEXF', () => {
  test('a well-formed GEXF 1.3 graph of the visible companies and deals', () => {
    const view = viewOf(edition, { types: ['compute'], from: '2025' });
    const doc = parseXml(dealsGexf(view.model, view.visibility, { positions: view.positions }));
    expect(doc.documentElement?.namespaceURI).toBe(GEXF);
    expect(doc.documentElement?.getAttribute('version')).toBe('1.3');
    const graph = elements(doc, 'graph')[0];
    expect(graph?.getAttribute('defaultedgetype')).toBe('directed');

    const nodes = elements(doc, 'node');
    expect(nodes).toHaveLength(view.visibility.visibleCompanyCount);
    const records = visibleRecords(view.model, view.visibility);
    const edges = elements(doc, 'edge');
    expect(edges.map((e) => e.getAttribute('id'))).toEqual(records.map((r) => r.deal.id));

    records.forEach((record, i) => {
      const edge = edges[i] as unknown as Element;
      expect(edge.getAttribute('source')).toBe(record.deal.from);
      expect(edge.getAttribute('target')).toBe(record.deal.to);
      expect(Number(edge.getAttribute('weight'))).toBe(record.headline.usd ?? 1);
      const values = attvalues(edge);
      expect(values['type']).toBe(record.deal.type);
      expect(values['status']).toBe(record.deal.status);
      expect(values['date']).toBe(record.deal.date);
      expect(values['amount_usd']).toBe(
        record.headline.usd === undefined ? undefined : String(record.headline.usd),
      );
    });

    const openai = nodes.find((n) => n.getAttribute('id') === 'openai') as unknown as Element;
    expect(openai.getAttribute('label')).toBe('OpenAI');
    expect(attvalues(openai)).toMatchObject({ category: 'AI lab', country: 'US' });
    const i = view.model.companyIndex.get('openai') ?? -1;
    const position = openai.getElementsByTagNameNS(VIZ, 'position')[0];
    expect(Number(position?.getAttribute('x'))).toBeCloseTo(view.positions[2 * i] ?? NaN, 1);
    expect(Number(position?.getAttribute('y'))).toBeCloseTo(-(view.positions[2 * i + 1] ?? NaN), 1);
    expect(openai.getElementsByTagNameNS(VIZ, 'color')[0]?.getAttribute('r')).toBe('213');
    expect(Number(openai.getElementsByTagNameNS(VIZ, 'size')[0]?.getAttribute('value'))).toBeGreaterThan(5);
  });

  test('markup and control characters in the data are escaped or dropped', () => {
    const view = viewOf(hostileFile());
    const text = dealsGexf(view.model, view.visibility, { positions: view.positions });
    expect(text).not.toMatch(FORBIDDEN_XML_CHARS);
    const doc = parseXml(text);
    const labels = elements(doc, 'node').map((n) => n.getAttribute('label'));
    expect(labels).toContain(`Open<AI> & "Co" 'x'`);
    expect(labels).toContain('=AWS; (cloud) | x');
    expect(elements(doc, 'description')[0]?.textContent).toContain('Hostile <map> & "co"');
    // An undisclosed deal weighs 1 and has no amount.
    const hidden = elements(doc, 'edge').find(
      (e) => e.getAttribute('id') === 'hidden-co-openai-2024-investment',
    );
    expect(hidden?.getAttribute('weight')).toBe('1');
    expect(attvalues(hidden as unknown as Element)['amount_usd']).toBeUndefined();
  });
});

test('node volume follows the view: as of a date and with its filters', () => {
  const volumeOf = (filters: Parameters<typeof viewOf>[1], id: string) => {
    const view = viewOf(edition, filters);
    const doc = parseXml(dealsGexf(view.model, view.visibility));
    const node = elements(doc, 'node').find((n) => n.getAttribute('id') === id);
    return node ? Number(attvalues(node as unknown as Element)['volume']) : undefined;
  };
  const now = volumeOf({}, 'openai') ?? 0;
  const before = volumeOf({ asof: '2024-12-31' }, 'openai') ?? 0;
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThan(now);
  expect(volumeOf({ types: ['compute'] }, 'openai')).toBeLessThan(now);
});
