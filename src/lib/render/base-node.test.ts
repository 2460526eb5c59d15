import { describe, expect, test } from 'vitest';
import type { Company } from '../data/format.ts';
import { RestingNode } from './base-node.ts';

const company: Company = { id: 'openai', name: 'OpenAI', category: 'ai-lab' };

describe('RestingNode', () => {
  test('reads id and name from its company and shares the look of every company at rest', () => {
    const node = new RestingNode(company, 7, 12.5, '#123456', false);
    expect([node.id, node.name, node.index, node.r, node.fill]).toEqual([
      'openai',
      'OpenAI',
      7,
      12.5,
      '#123456',
    ]);
    expect([node.opacity, node.selected, node.pinned]).toEqual([1, false, false]);
    expect([node.labelRank, node.labelMust]).toEqual([0, false]);
  });

  test('focus, label rank and always-labelled are kept apart, whatever is set after what', () => {
    for (const focused of [false, true]) {
      const node = new RestingNode(company, 0, 4, '#000', focused);
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
      }
    }
  });
});
