import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { frozenEdition } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS } from '../filters/types.ts';
import { buildModel, type GraphModel } from '../graph/model.ts';
import { importGexf } from '../import/gexf-import.ts';
import { importGraphml } from '../import/graphml-import.ts';
import { importFiles } from '../import/index.ts';
import type { XmlParser } from '../import/xml-safety.ts';
import { linkKeys, plainLinks } from './plain-links.ts';
import { styleScene } from './style.ts';

/** @xmldom/xmldom standing in for the browser's DOMParser. */
const parser: XmlParser = {
  parseFromString: (text) => new DOMParser().parseFromString(text, 'application/xml') as unknown as Document,
};

function imported(name: string, text: string): GraphModel {
  const result = name.endsWith('.gexf')
    ? importGexf(name, text, parser)
    : name.endsWith('.graphml')
      ? importGraphml(name, text, parser)
      : importFiles([{ name, text }]);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return buildModel(result.value);
}

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

function edges(model: GraphModel) {
  const positions = new Float64Array(model.companies.length * 2).map((_, i) => i * 10);
  return styleScene({
    model,
    positions,
    visibility: applyFilters(model, NO_FILTERS),
    selection: undefined,
    hovered: undefined,
    theme: 'light',
    pinned: new Set(),
    edgeTitle: (r) => r.deal.id,
  }).edges;
}

describe('a plain network', () => {
  const miserables = imported('miserables-id.json', fixture('miserables-id.json'));

  test('D3 miserables: width follows the weight, arrows show direction, nothing reads as money', () => {
    const scene = edges(miserables);
    const byId = new Map(scene.map((e) => [e.id, e]));
    // valjean–cosette has weight 31, the file's largest; myriel–napoleon weight 1.
    const heavy = byId.get('cosette-valjean-1');
    const light = byId.get('napoleon-myriel-1');
    expect(heavy?.width).toBeCloseTo(9);
    expect(light?.width).toBeLessThan(3);
    expect(scene.every((e) => e.arrow && !e.unconfirmed)).toBe(true);
    expect(linkKeys(plainLinks(miserables))).toEqual({
      width: 'Width: weight',
      arrow: 'Arrow: link direction',
      arrowhead: true,
    });
    expect(plainLinks(miserables).reportedKey).toBe(false);
  });

  test('an undirected GraphML file is drawn without arrows, and the legend says so', () => {
    const graphml = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="undirected">
    <node id="a"/><node id="b"/><node id="c"/>
    <edge source="a" target="b"/><edge source="b" target="c"/>
  </graph>
</graphml>`;
    const model = imported('u.graphml', graphml);
    expect(edges(model).map((e) => e.arrow)).toEqual([false, false]);
    expect(linkKeys(plainLinks(model))).toEqual({
      width: 'Width: same for every link',
      arrow: 'No arrows: links have no direction',
      arrowhead: false,
    });
  });

  test('a Gephi file with defaultedgetype="undirected": no arrows', () => {
    const model = imported('gephi-1.2.gexf', fixture('gephi-1.2.gexf'));
    const scene = edges(model);
    const undirected = new Set(model.deals.filter((d) => d.deal.undirected).map((d) => d.deal.id));
    expect(undirected.size).toBe(2);
    expect(scene).toHaveLength(2);
    expect(scene.map((e) => e.arrow)).toEqual([false, false]);
  });
});

test('a map of money keeps its keys: width is the amount, arrows the money', () => {
  const result = validateDealMap(frozenEdition());
  if (!result.ok) throw new Error('should load');
  const model = buildModel(result.value);
  expect(linkKeys(plainLinks(model))).toEqual({
    width: 'Width: amount',
    arrow: 'Arrow: money flows to',
    arrowhead: true,
  });
  expect(plainLinks(model).reportedKey).toBe(true);
});
