import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { patched } from '../data/test-fixtures.ts';
import type { ValidationResult } from '../data/validate.ts';
import { dealsGexf } from '../export/gexf.ts';
import { viewOf } from '../export/test-fixtures.ts';
import { importGexf } from './gexf-import.ts';
import { importGraphml } from './graphml-import.ts';
import { detectFormat, importFiles } from './index.ts';
import type { XmlParser } from './xml-safety.ts';

/** @xmldom/xmldom standing in for the browser's DOMParser: errors throw, as a parsererror would report. */
const parser: XmlParser = {
  parseFromString: (text) =>
    new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'application/xml') as unknown as Document,
};
const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const gexf = (text: string, name = 'graph.gexf') => importGexf(name, text, parser);
const graphml = (text: string, name = 'graph.graphml') => importGraphml(name, text, parser);

function loaded(result: ValidationResult) {
  if (!result.ok) throw new Error(`should load: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.value;
}
const messages = (result: ValidationResult) => result.issues.map((i) => i.message);

describe('GEXF import', () => {
  for (const version of ['1.1', '1.2']) {
    test(`a Gephi ${version}draft file: ids, labels, attributes, colours and positions`, () => {
      const result = gexf(fixture(`gephi-${version}.gexf`));
      const map = loaded(result);
      expect(map.companies.map((c) => [c.id, c.name])).toEqual([
        ['0', 'Myriel'],
        ['1', 'Napoleon'],
        ['2', 'Valjean'],
      ]);
      // Modularity classes become categories; Gephi's colours are theirs.
      const myriel = map.companies[0];
      expect(map.categories.find((c) => c.id === myriel?.category)?.color).toBe('#eb5148');
      expect(map.categories.find((c) => c.id === map.companies[2]?.category)?.color).toBe('#36a0c8');
      expect({ ...myriel?.attributes }).toEqual({ role: 'bishop', size: 28.7 });
      expect(myriel?.url).toBe('https://example.org/myriel');
      expect(map.companies[1]?.attributes?.['role']).toBe('member');
      // Positions are the frozen layout, y flipped (Gephi's axis points up).
      expect(map.layout.get('0')).toEqual({ x: -266.8, y: -299.6 });
      expect(map.layout.get('2')).toEqual({ x: 10, y: 20 });
      // A plain network: no dollars, links in effect, the weight an attribute.
      expect(map.deals).toHaveLength(2);
      const knows = map.deals.find((d) => d.from === '2');
      expect(knows?.amount).toBeUndefined();
      expect(knows?.status).toBe('completed');
      expect({ ...knows?.attributes }).toEqual({ since: '1815', label: 'knows', weight: 8 });
      expect(messages(result)).toContainEqual(expect.stringMatching(/drawn as a plain network/));
      expect(messages(result)).toContainEqual('2 edges are undirected and drawn without arrows.');
      expect(map.deals.filter((d) => d.undirected === true)).toHaveLength(2);
      const dangling = result.issues.find((i) => /"9" is not a node id/.test(i.message));
      expect(dangling).toMatchObject({ file: 'graph.gexf', line: 48, severity: 'warning' });
    });
  }

  test('a 1.3 file with money fields: amounts, types, dates; a bad date drops that edge, at its line', () => {
    const result = gexf(fixture('graphology-1.3.gexf'));
    const map = loaded(result);
    expect(map.deals).toHaveLength(1);
    expect(map.deals[0]).toMatchObject({ from: 'fund-a', to: 'lab-b', type: 'investment', date: '2023-05' });
    expect(map.deals[0]?.amount?.usd).toBe(100_000_000);
    expect(map.deals[0]?.status).toBe('reported');
    expect(map.companies.map((c) => c.category)).toEqual(['investor', 'ai-lab']);
    const bad = result.issues.find((i) => i.severity === 'warning');
    expect(bad).toMatchObject({ file: 'graph.gexf', line: 17 });
    expect(bad?.message).toMatch(/^date: is not a real calendar date: "2024-13-01" — this edge was skipped$/);
  });

  test('hostile and broken XML is refused with a clear message naming the file', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="&lol2;"/></nodes></graph></gexf>`;
    expect(gexf(laughs).issues[0]).toMatchObject({
      severity: 'error',
      file: 'graph.gexf',
      line: 1,
      message: expect.stringMatching(
        /^graph\.gexf: the file contains a <!DOCTYPE> declaration; DOCTYPE and entity declarations are refused/,
      ),
    });
    const external = `<?xml version="1.0"?>\n<!DOCTYPE gexf [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">]><gexf><graph><nodes><node id="a" label="&xxe;"/></nodes></graph></gexf>`;
    expect(gexf(external).issues[0]).toMatchObject({ severity: 'error', line: 2 });
    const wrong = `<gexf xmlns="http://example.com/not-gexf"><graph><nodes><node id="a"/></nodes></graph></gexf>`;
    expect(messages(gexf(wrong))[0]).toMatch(
      /namespace "http:\/\/example.com\/not-gexf"; GEXF files use http:\/\/gexf.net\/1.3/,
    );
    expect(messages(gexf('<gexf><graph><nodes><node id="a"></nodes></graph></gexf>'))[0]).toMatch(
      /^graph\.gexf: the XML is not well-formed/,
    );
    expect(messages(gexf('<gexf xmlns="http://gexf.net/1.3"><graph><nodes/></graph></gexf>'))[0]).toBe(
      'graph.gexf: the GEXF file has no nodes, so there is nothing to map',
    );
  });

  test('missing ids and a huge attribute skip only what is wrong', () => {
    const huge = 'x'.repeat(100_000);
    const result = gexf(`<gexf xmlns="http://gexf.net/1.3"><graph>
<attributes class="node"><attribute id="n" title="note" type="string"/></attributes>
<nodes>
<node label="no id"/>
<node id="a" label="A"><attvalues><attvalue for="n" value="${huge}"/></attvalues></node>
<node id="b" label="B"/>
</nodes>
<edges><edge target="a"/><edge source="a" target="b"/></edges>
</graph></gexf>`);
    const map = loaded(result);
    expect(map.companies.map((c) => c.id)).toEqual(['a', 'b']);
    expect(map.companies[0]?.attributes).toBeUndefined();
    expect(map.deals).toHaveLength(1);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ line: 4, message: 'a <node> has no id — this node was skipped' }),
    );
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        line: 5,
        message: 'the field "note" is longer than 1,000 characters; it was dropped',
      }),
    );
    expect(result.issues).toContainEqual(
      expect.objectContaining({ line: 8, message: 'an <edge> has no source — this edge was skipped' }),
    );
  });
});

describe('GraphML import', () => {
  test('keys, data, colours from r/g/b, positions from x/y, direction; markup data ignored and counted', () => {
    const result = graphml(fixture('networkx.graphml'));
    const map = loaded(result);
    expect(map.companies.map((c) => [c.id, c.name])).toEqual([
      ['alpha', 'Alpha'],
      ['beta', 'Beta'],
    ]);
    expect(map.categories.find((c) => c.id === map.companies[0]?.category)?.color).toBe('#0a141e');
    expect(map.layout.get('alpha')).toEqual({ x: 1.5, y: 2.5 });
    expect({ ...map.companies[0]?.attributes }).toEqual({ founded: true });
    expect(map.deals.map((d) => d.attributes?.['weight'])).toEqual([3, 1]);
    expect(messages(result)).toContain('1 field was not plain values (nested markup) and was ignored.');
    expect(messages(result)).toContain('1 edge is undirected and drawn without arrows.');
    expect(map.deals.map((d) => d.undirected)).toEqual([undefined, true]);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ line: 15, message: 'a <node> has no id — this node was skipped' }),
    );
  });

  test('refuses entities and other XML', () => {
    expect(messages(graphml('<!DOCTYPE graphml SYSTEM "http://evil.example/x.dtd"><graphml/>'))[0]).toMatch(
      /DOCTYPE and entity declarations are refused/,
    );
    expect(messages(graphml('<graphml xmlns="urn:other"><graph/></graphml>'))[0]).toMatch(
      /GraphML files use http:\/\/graphml.graphdrawing.org\/xmlns/,
    );
  });
});

describe('detection by content', () => {
  test('GEXF and GraphML are never read as CSV, whatever their name', () => {
    expect(detectFormat({ name: 'graph.csv', text: fixture('gephi-1.2.gexf') })).toBe('gexf');
    expect(detectFormat({ name: 'graph.txt', text: fixture('networkx.graphml') })).toBe('graphml');
    expect(detectFormat({ name: 'graph.xml', text: '\uFEFF<?xml version="1.0"?>\n<!-- c --><gexf/>' })).toBe(
      'gexf',
    );
    const other = importFiles([{ name: 'page.xml', text: '<?xml version="1.0"?><html><body/></html>' }]);
    expect(messages(other)[0]).toBe(
      'page.xml: this is XML but neither GEXF nor GraphML (its root element is <html>); the map reads GEXF, GraphML, JSON and CSV files',
    );
  });
});

describe('GEXF round trip', () => {
  test('the GEXF export opens again with its companies, deals, layout and types intact', () => {
    const file = patched((f) => {
      f.dealTypes = [
        { id: 'compute', label: 'Compute / cloud', color: '#332288', flow: 'money' },
        { id: 'investment', label: 'Investment', color: '#117733', flow: 'money' },
        { id: 'joint-venture', label: 'Joint venture', color: '#aa4499', flow: 'none' },
      ];
      f.deals.push({
        id: 'amazon-openai-jv',
        from: 'amazon',
        to: 'openai',
        type: 'joint-venture',
        date: '2026-01',
        status: 'announced',
      });
    });
    const { model, visibility, positions } = viewOf(file);
    const again = loaded(gexf(dealsGexf(model, visibility, { positions }), 'export.gexf'));
    const before = model.map;
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...again.companies].sort(byId).map((c) => [c.id, c.name, c.category])).toEqual(
      [...before.companies].sort(byId).map((c) => [c.id, c.name, c.category]),
    );
    const deal = (d: (typeof before.deals)[number]) => [
      d.id,
      d.from,
      d.to,
      d.type,
      d.date,
      d.status,
      d.amount?.usd,
    ];
    expect([...again.deals].sort(byId).map(deal)).toEqual([...before.deals].sort(byId).map(deal));
    expect(again.dealTypes.map((t) => t.id).sort()).toEqual(['compute', 'investment', 'joint-venture']);
    for (const [i, c] of model.companies.entries()) {
      const point = again.layout.get(c.id);
      expect(point?.x).toBeCloseTo(positions[2 * i] ?? NaN, 6);
      expect(point?.y).toBeCloseTo(positions[2 * i + 1] ?? NaN, 6);
    }
  });

  test('a plain network comes back from our GEXF export as it was: undirected links, weights, no money', () => {
    const file = loaded(
      gexf(`<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<nodes><node id="a" label="A"/><node id="b" label="B"/><node id="c" label="C"/></nodes>
<edges><edge id="e1" source="a" target="b" weight="3"/><edge id="e2" source="b" target="c" type="directed" weight="0.5"/></edges>
</graph></gexf>`),
    );
    const links = (map: typeof file) =>
      map.deals.map((d) => [d.id, d.undirected === true, d.attributes?.['weight'], d.status]);
    expect(links(file)).toEqual([
      ['e1', true, 3, 'completed'],
      ['e2', false, 0.5, 'completed'],
    ]);
    const { model, visibility, positions } = viewOf(file);
    const exported = dealsGexf(model, visibility, { positions });
    expect(exported).toMatch(/<edge id="e1" [^>]*type="undirected"/);
    expect(exported).not.toMatch(/<edge id="e2" [^>]*type="undirected"/);
    const result = gexf(exported, 'export.gexf');
    expect(links(loaded(result))).toEqual(links(file));
    expect(messages(result)).toContainEqual(expect.stringMatching(/drawn as a plain network/));
  });
});
