import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Issue } from '../data/issues.ts';
import type { ValidationResult } from '../data/validate.ts';
import { isPlainNetwork } from '../graph/plain-network.ts';
import { D3_VALUE_NOTE, DEFAULT_STATUS, importFiles, LINK_TYPE, type InputFile } from './index.ts';
import { CATEGORY_PALETTE } from './vocabulary.ts';
import { sourcesOf } from '../data/sources.ts';

const fixture = (name: string): InputFile => ({
  name,
  text: readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8'),
});

/** A D3 file with one item per line: nodes[j] on line 3 + j, links[k] on line 5 + nodes.length + k. */
function d3(nodes: readonly unknown[], links: readonly unknown[], name = 'graph.json'): InputFile {
  const items = (list: readonly unknown[]) => list.map((x) => JSON.stringify(x)).join(',\n');
  return { name, text: `{\n"nodes": [\n${items(nodes)}\n],\n"links": [\n${items(links)}\n]\n}\n` };
}

function loaded(result: ValidationResult) {
  if (!result.ok) throw new Error(`should load: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.value;
}

const PLAIN_NOTICE =
  'No amounts, currencies, statuses or money deal types: the graph is drawn as a plain network (links, not money flows); a "value" or "weight" is kept as the link\'s weight.';

const problems = (result: ValidationResult): Issue[] => result.issues.filter((i) => i.severity !== 'notice');

const NODES = [
  { id: 'Myriel', group: 1 },
  { id: 'Napoleon', group: 1 },
  { id: 'Valjean', group: 2 },
  { id: 'Javert', group: 4 },
];

describe('the miserables samples', () => {
  const byId = importFiles([fixture('miserables-id.json')]);
  const byIndex = importFiles([fixture('miserables-index.json')]);

  test('load with notices only', () => {
    expect(byId.issues.map((i) => [i.severity, i.message])).toEqual([
      ['notice', PLAIN_NOTICE],
      ['notice', '15 deals have no source and will be marked "unsourced".'],
    ]);
    expect(byId.issues.every((i) => i.file === 'miserables-id.json')).toBe(true);
  });

  test('links by index and links by id give the same map', () => {
    const a = loaded(byId);
    const b = loaded(byIndex);
    expect(b.companies).toEqual(a.companies);
    expect(b.deals).toEqual(a.deals);
    expect(b.categories).toEqual(a.categories);
    expect(b.dealTypes).toEqual(a.dealTypes);
  });

  test('nodes: slug ids, original names, groups as declared categories', () => {
    const map = loaded(byId);
    expect(map.companies.slice(0, 3)).toEqual([
      { id: 'myriel', name: 'Myriel', category: 'group-1' },
      { id: 'napoleon', name: 'Napoleon', category: 'group-1' },
      { id: 'mlle-baptistine', name: 'Mlle.Baptistine', category: 'group-1' },
    ]);
    expect(map.categories).toEqual(
      [1, 2, 3, 4, 5].map((n, i) => ({
        id: `group-${n}`,
        label: `Group ${n}`,
        color: CATEGORY_PALETTE[i]?.[0],
        colorDark: CATEGORY_PALETTE[i]?.[1],
      })),
    );
    expect(map.dealTypes).toEqual([LINK_TYPE]);
  });

  test('a plain network: value → a weight attribute, never dollars; links in effect, not reported', () => {
    const map = loaded(byId);
    expect(map.deals.find((d) => d.id === 'cosette-valjean-1')).toEqual({
      id: 'cosette-valjean-1',
      from: 'cosette',
      to: 'valjean',
      type: 'link',
      status: 'completed',
      attributes: { weight: 31 },
      sources: [],
    });
    expect(map.deals.every((d) => d.amount === undefined && d.status === 'completed')).toBe(true);
    expect(isPlainNetwork(map)).toBe(true);
  });
});

describe('nodes and groups', () => {
  test('name or label for the display name; default group ids kept; no group → "other"', () => {
    const map = loaded(
      importFiles([
        d3(
          [
            { id: 'oai', name: 'OpenAI', group: 'ai-lab' },
            { name: '<b>Ms. Ünïcode</b>', group: 'Hyperscaler' },
            { id: 7, label: 'Seven' },
          ],
          [
            { source: 'oai', target: '<b>Ms. Ünïcode</b>', type: 'compute' },
            { source: 'OpenAI', target: 7, type: 'Investment' },
          ],
        ),
      ]),
    );
    expect(map.companies.map((c) => [c.id, c.name, c.category])).toEqual([
      ['oai', 'OpenAI', 'ai-lab'],
      ['b-ms-unicode-b', '<b>Ms. Ünïcode</b>', 'hyperscaler'],
      ['7', 'Seven', 'other'],
    ]);
    // Every category and type is an app default: nothing is declared, so the app's colours apply.
    expect(map.categories.map((c) => c.id)).toContain('investor');
    expect(map.dealTypes.map((t) => t.id)).toContain('partnership');
    expect(map.deals.map((d) => [d.from, d.to, d.type])).toEqual([
      ['oai', 'b-ms-unicode-b', 'compute'],
      ['oai', '7', 'investment'],
    ]);
  });

  test('numeric node ids: links name them by id, not position', () => {
    const map = loaded(
      importFiles([
        d3(
          [
            { id: 10, name: 'Ten' },
            { id: 20, name: 'Twenty' },
          ],
          [{ source: 20, target: 10 }],
        ),
      ]),
    );
    expect(map.deals.map((d) => [d.from, d.to])).toEqual([['20', '10']]);
  });

  test('links of a simulated graph (source and target are node objects) and an "edges" list', () => {
    const text = JSON.stringify({
      nodes: [{ id: 'a' }, { id: 'b' }],
      edges: [{ source: { id: 'a', x: 1, vx: 0 }, target: { index: 1 }, value: 2.5 }],
    });
    const map = loaded(importFiles([{ name: 'sim.json', text }]));
    expect(map.deals.map((d) => [d.from, d.to, d.amount, d.attributes])).toEqual([
      ['a', 'b', undefined, { weight: 2.5 }],
    ]);
  });

  test('group numbers become group-<n>; unknown group words are declared with their text', () => {
    const map = loaded(
      importFiles([
        d3(
          [{ id: 'a', group: 3 }, { id: 'b', group: 'Labs' }, { id: 'c', group: 3 }, { id: 'd' }],
          [{ source: 'a', target: 'b' }],
        ),
      ]),
    );
    expect(map.categories.map((c) => [c.id, c.label])).toEqual([
      ['other', 'Other'],
      ['group-3', 'Group 3'],
      ['labs', 'Labs'],
    ]);
  });
});

describe('item problems keep the file path and line', () => {
  test('an index out of range, a missing node and duplicate node ids', () => {
    const result = importFiles([
      d3(
        [...NODES, { id: 'Myriel', group: 9 }],
        [
          { source: 1, target: 0, value: 1 },
          { source: 2, target: 12 },
          { source: 'Valjan', target: 'Myriel' },
          { source: 'Javert', target: 'Valjean', value: 17 },
          { source: -1, target: 0 },
          { source: 1.5, target: 0 },
          { source: null, target: 0 },
        ],
      ),
    ]);
    const map = loaded(result);
    expect(map.deals.map((d) => d.id)).toEqual(['napoleon-myriel-1', 'javert-valjean-1']);
    expect(map.companies).toHaveLength(4);
    expect(problems(result)).toEqual([
      {
        path: 'nodes[4].id',
        severity: 'warning',
        message: '"Myriel" is already used by nodes[0] — this node was skipped',
        file: 'graph.json',
        line: 7,
        column: 1,
      },
      {
        path: 'links[1].target',
        severity: 'warning',
        message: '12 is not a node index (the 5 nodes are numbered 0 to 4) — this link was skipped',
        file: 'graph.json',
        line: 11,
        column: 1,
      },
      {
        path: 'links[2].source',
        severity: 'warning',
        message: '"Valjan" is not a node id (did you mean "Valjean"?) — this link was skipped',
        file: 'graph.json',
        line: 12,
        column: 1,
      },
      {
        path: 'links[4].source',
        severity: 'warning',
        message: '-1 is not a node index (the 5 nodes are numbered 0 to 4) — this link was skipped',
        file: 'graph.json',
        line: 14,
        column: 1,
      },
      {
        path: 'links[5].source',
        severity: 'warning',
        message: '1.5 is not a node index (the 5 nodes are numbered 0 to 4) — this link was skipped',
        file: 'graph.json',
        line: 15,
        column: 1,
      },
      {
        path: 'links[6].source',
        severity: 'warning',
        message: 'should be a node index or id, but is null — this link was skipped',
        file: 'graph.json',
        line: 16,
        column: 1,
      },
    ]);
  });

  test('a node without id or name, links to it, bad values, and problems the validator finds', () => {
    const result = importFiles([
      d3(
        [{ id: 'a' }, { group: 1 }, 'b', { id: 'c', name: 'x'.repeat(201) }, { id: 'd' }],
        [
          { source: 0, target: 1 },
          { source: 0, target: 0 },
          { source: 0, target: 4, value: -3 },
          { source: 0, target: 4, value: '5' },
          { source: 0, target: 3 },
          { source: 'a', target: 'd', id: 'a' },
        ],
      ),
    ]);
    // A plain network: a negative or text "value" is a weight, kept as written, not a problem.
    expect(loaded(result).deals.map((d) => [d.id, d.attributes?.['weight']])).toEqual([
      ['a-d-1', -3],
      ['a-d-2', '5'],
      ['a-2', undefined],
    ]);
    expect(problems(result)).toEqual([
      {
        path: 'nodes[1]',
        severity: 'warning',
        message: 'has no "id" or "name" — this node was skipped',
        file: 'graph.json',
        line: 4,
        column: 1,
      },
      {
        path: 'nodes[2]',
        severity: 'warning',
        message: 'should be an object, but is text — this node was skipped',
        file: 'graph.json',
        line: 5,
        column: 1,
      },
      {
        path: 'links[0].target',
        severity: 'warning',
        message: 'nodes[1] was skipped — this link was skipped',
        file: 'graph.json',
        line: 10,
        column: 1,
      },
      {
        path: 'nodes[3].name',
        severity: 'warning',
        message: 'should be at most 200 characters long — this node was skipped',
        file: 'graph.json',
        line: 6,
        column: 1,
      },
      {
        path: 'links[1].target',
        severity: 'warning',
        message: 'a deal needs two different companies, but both sides are "a" — this link was skipped',
        file: 'graph.json',
        line: 11,
        column: 1,
      },
      {
        path: 'links[4].target',
        severity: 'warning',
        message: '"c" is not a company id (did you mean "a"?) — this link was skipped',
        file: 'graph.json',
        line: 14,
        column: 1,
      },
    ]);
  });

  test('"did you mean" is offered for the first dangling links only', () => {
    const links = Array.from({ length: 105 }, () => ({ source: 'Myriell', target: 'Napoleon' }));
    const messages = problems(importFiles([d3(NODES, links)])).map((i) => i.message);
    expect(messages).toHaveLength(105);
    expect(messages.filter((m) => m.includes('did you mean "Myriel"?'))).toHaveLength(100);
    expect(messages.at(-1)).toBe('"Myriell" is not a node id — this link was skipped');
  });

  test('lines follow the file as written (pretty-printed)', () => {
    const text = JSON.stringify(
      {
        nodes: NODES,
        links: [
          { source: 0, target: 1 },
          { source: 0, target: 99 },
        ],
      },
      null,
      2,
    );
    const result = importFiles([{ name: 'pretty.json', text }]);
    const issue = problems(result)[0];
    expect(issue?.path).toBe('links[1].target');
    const line = text.split('\n')[(issue?.line ?? 0) - 1];
    expect(line?.trim()).toBe('{');
    expect(text.split('\n')[issue?.line ?? 0]?.trim()).toBe('"source": 0,');
    expect(text.split('\n')[(issue?.line ?? 0) + 1]?.trim()).toBe('"target": 99');
  });

  test('only nested values are dropped and counted, never walked (deep nesting is harmless)', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const text = `{"nodes":[{"id":"a","x":1,"extra":${deep}},{"id":"b","meta":{"k":1}}],"links":[{"source":"a","target":"b","weight":2,"tags":["x"]}]}`;
    const result = importFiles([{ name: 'deep.json', text }]);
    const map = loaded(result);
    expect(map.deals.map((d) => d.attributes)).toEqual([{ weight: 2 }]);
    expect(map.companies[0]?.attributes).toEqual({ x: 1 });
    expect(result.issues).toContainEqual({
      path: '',
      severity: 'notice',
      message:
        '3 fields were not a plain value (text, number or true/false) and were ignored (the first: nodes[0].extra).',
      file: 'deep.json',
    });
  });
});

test('an odd dropped key is quoted and escaped in the notice; an odd kept one is kept as written', () => {
  const text = JSON.stringify({
    nodes: [
      { id: 'a', 'x\u202Ey': [1] },
      { id: 'b', 'y\u202Ez': 2 },
    ],
    links: [],
  });
  const result = importFiles([{ name: 'g.json', text }]);
  expect(result.issues).toContainEqual({
    path: '',
    severity: 'notice',
    message:
      '1 field was not a plain value (text, number or true/false) and was ignored (the first: nodes[0]["x\\u202ey"]).',
    file: 'g.json',
  });
  expect(loaded(result).companies[1]?.attributes).toEqual({ 'y\u202Ez': 2 });
});

describe('structure', () => {
  test.each([
    [{ nodes: {}, links: [] }, 'g.json: "nodes" should be a list, but is an object'],
    [{ nodes: [], links: [] }, 'g.json: the "nodes" list is empty, so there is nothing to map'],
    [{ nodes: [{ id: 'a' }] }, 'g.json: missing "links" (or "edges") list (the graph\'s edges)'],
    [{ nodes: [{ id: 'a' }], links: 'x' }, 'g.json: "links" should be a list, but is text'],
  ])('%j is refused', (file, message) => {
    expect(importFiles([{ name: 'g.json', text: JSON.stringify(file) }])).toEqual({
      ok: false,
      issues: [{ path: '', severity: 'error', message, file: 'g.json' }],
    });
  });

  test('more than 20,000 nodes or 60,000 links are refused before anything is built', () => {
    const nodes = `[${'{},'.repeat(20_000)}{}]`;
    expect(importFiles([{ name: 'n.json', text: `{"nodes":${nodes},"links":[]}` }]).issues).toEqual([
      { path: '', severity: 'error', message: 'n.json: 20,001 nodes; the limit is 20,000', file: 'n.json' },
    ]);
    const links = `[${'0,'.repeat(60_000)}0]`;
    expect(importFiles([{ name: 'l.json', text: `{"nodes":[{"id":"a"}],"links":${links}}` }]).issues).toEqual(
      [{ path: '', severity: 'error', message: 'l.json: 60,001 links; the limit is 60,000', file: 'l.json' }],
    );
  });
});

describe('a graph file with its own fields', () => {
  const OWN = d3(
    [
      {
        key: 'oai',
        label: 'OpenAI',
        category: 'AI lab',
        url: 'https://openai.com/',
        founded: 2015,
        public: false,
      },
      { key: 'msft', title: 'Microsoft', type: 'hyperscaler', country: 'us', ticker: 'MSFT' },
      { key: 'nv', name: 'Nvidia', group: 'chips', country: 'United States' },
    ],
    [
      {
        from: 'msft',
        to: 'oai',
        kind: 'investment',
        date: '2023-01',
        amount: 1e10,
        source_url: 'https://example.com/a',
        round: 'C',
      },
      { from: 'nv', to: 'msft', kind: 'compute', date: '2023-13-40', amount_usd: 5e9 },
      { from: 'oai', to: 'nv', type: 'Investment', amount: -4, status: 'announced' },
      { from: 'nv', to: 'oai', type: 'supply', value: 7, weight_kg: 3 },
    ],
    'own.json',
  );

  test('known names fill the native fields; every other plain field is kept as an attribute', () => {
    const result = importFiles([OWN]);
    const map = loaded(result);
    expect(map.companies.map((c) => [c.id, c.name, c.category, c.url, c.country, c.attributes])).toEqual([
      ['oai', 'OpenAI', 'ai-lab', 'https://openai.com/', undefined, { founded: 2015, public: false }],
      ['msft', 'Microsoft', 'hyperscaler', undefined, 'US', { ticker: 'MSFT' }],
      ['nv', 'Nvidia', 'chips', undefined, undefined, { country: 'United States' }],
    ]);
    const first = map.deals[0];
    expect([first?.from, first?.to, first?.type, first?.date, first?.amount?.usd, first?.status]).toEqual([
      'msft',
      'oai',
      'investment',
      '2023-01',
      1e10,
      'reported',
    ]);
    expect(first && sourcesOf(first).map((s) => s.url)).toEqual(['https://example.com/a']);
    expect(first?.attributes).toEqual({ round: 'C' });
    // A money file: a link's "value" without an "amount" is its amount in US dollars.
    const last = map.deals.at(-1);
    expect([last?.amount?.value, last?.amount?.currency, last?.notes, last?.attributes]).toEqual([
      7,
      'USD',
      D3_VALUE_NOTE,
      { weight_kg: 3 },
    ]);
    expect(isPlainNetwork(map)).toBe(false);
    expect(result.issues.map((i) => i.message)).not.toContainEqual(expect.stringMatching(/ignored/));
  });

  test("a bad date and a negative amount are reported at the file's own field and drop only that link", () => {
    const result = importFiles([OWN]);
    expect(loaded(result).deals.map((d) => [d.from, d.to])).toEqual([
      ['msft', 'oai'],
      ['nv', 'oai'],
    ]);
    expect(problems(result).map((i) => [i.path, i.line, i.message])).toEqual([
      ['links[1].date', 9, expect.stringMatching(/this link was skipped$/)],
      ['links[2].amount', 10, expect.stringMatching(/this link was skipped$/)],
    ]);
  });

  test('x and y on every node become the frozen layout', () => {
    const map = loaded(
      importFiles([
        d3(
          [
            { id: 'a', x: 10, y: -5 },
            { id: 'b', x: 0, y: 20.5 },
          ],
          [{ source: 'a', target: 'b' }],
        ),
      ]),
    );
    expect([...(map.layout ?? [])]).toEqual([
      ['a', { x: 10, y: -5 }],
      ['b', { x: 0, y: 20.5 }],
    ]);
  });

  test('a money file without statuses reads its links as reported, and says so', () => {
    const result = importFiles([d3(NODES.slice(0, 2), [{ source: 0, target: 1, amount: 5 }])]);
    expect(loaded(result).deals[0]?.status).toBe(DEFAULT_STATUS);
    expect(result.issues.map((i) => i.message)).toContain(
      `1 link has no "status" and is read as "${DEFAULT_STATUS}" (unconfirmed).`,
    );
  });
});
