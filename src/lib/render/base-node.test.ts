import { describe, expect, test } from 'vitest';
import type { Company } from '../data/format.ts';
import { RestingNode, RestingNodes } from './base-node.ts';
import { PlacedNode } from './placed-node.ts';

const companies: Company[] = [
  { id: 'amazon', name: 'Amazon', category: 'cloud' },
  { id: 'openai', name: 'OpenAI', category: 'ai-lab' },
  { id: 'xai', name: 'xAI', category: 'ai-lab' },
];

describe('resting nodes', () => {
  test('read back their company, radius and fill, each node apart, and share the look of every company at rest', () => {
    const table = new RestingNodes(companies);
    const nodes = [table.add(2, 12.5, '#123456', true), table.add(0, 3.25, '#abcdef', false)];
    const read = () =>
      nodes.map((n) => [
        n.index,
        n.company,
        n.id,
        n.name,
        n.r,
        n.fill,
        n.focused,
        n.opacity,
        n.selected,
        n.pinned,
      ]);
    const expected = [
      [2, companies[2], 'xai', 'xAI', 12.5, '#123456', true, 1, false, false],
      [0, companies[0], 'amazon', 'Amazon', 3.25, '#abcdef', false, 1, false, false],
    ];
    expect(read()).toEqual(expected);
    expect(nodes.map((n) => [n.labelRank, n.labelMust])).toEqual([
      [0, false],
      [0, false],
    ]);
    // The same once the fill column is narrowed.
    table.done();
    expect(read()).toEqual(expected);
  });

  test('focus, label rank and always-labelled are kept apart, whatever is set after what', () => {
    for (const focused of [false, true]) {
      const table = new RestingNodes(companies);
      const node = table.add(1, 4, '#000', focused);
      const other = table.add(2, 4, '#000', !focused);
      for (const [rank, must] of [
        [0, true],
        [59_999, false],
        [3, true],
        [40_000, true],
        [1, false],
      ] as const) {
        node.labelRank = rank;
        node.labelMust = must;
        expect([node.focused, node.labelRank, node.labelMust]).toEqual([focused, rank, must]);
        node.labelRank = rank + 1;
        expect([node.focused, node.labelRank, node.labelMust]).toEqual([focused, rank + 1, must]);
        expect([other.focused, other.labelRank, other.labelMust]).toEqual([!focused, 0, false]);
      }
    }
  });

  test('the companies drawn, in the order added, as a typed list and as views; none added once done', () => {
    const table = new RestingNodes(companies);
    table.add(2, 1, '#000', false);
    table.add(0, 2, '#111', true);
    table.done();
    expect([...table.indices]).toEqual([2, 0]);
    const amazon = new RestingNode(table, 0);
    expect([amazon.id, amazon.r, amazon.focused]).toEqual(['amazon', 2, true]);
    expect([...table.indices].map((i) => new RestingNode(table, i).name)).toEqual(['xAI', 'Amazon']);
    expect(() => table.add(1, 3, '#222', false)).toThrow();
  });

  test('a placed company reads its place from the placement and its look from the columns', () => {
    const table = new RestingNodes(companies);
    table.add(1, 5.5, '#abcdef', true).labelRank = 9;
    table.done();
    const node = new PlacedNode(
      { positions: Float64Array.of(0, 0, 10, -20), heavy: new Float64Array(0), nodes: table },
      1,
    );
    expect([node.index, node.id, node.name, node.x, node.y, node.heavyX, node.heavyY]).toEqual([
      1,
      'openai',
      'OpenAI',
      10,
      -20,
      0,
      0,
    ]);
    expect([
      node.r,
      node.fill,
      node.focused,
      node.labelRank,
      node.labelMust,
      node.opacity,
      node.selected,
      node.pinned,
    ]).toEqual([5.5, '#abcdef', true, 9, false, 1, false, false]);
    expect(Object.getOwnPropertyNames(node)).toEqual(['index']);
  });

  test('a node holds its company index only', () => {
    const node = new RestingNodes(companies).add(1, 4, '#000', false);
    expect(Object.getOwnPropertyNames(node)).toEqual(['index']);
  });
});
