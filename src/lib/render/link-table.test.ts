import { describe, expect, test } from 'vitest';
import { linkTable, linkTableInSlices } from './link-table.ts';
import { sceneEdge } from './test-scene.ts';

const edges = [
  sceneEdge(0, 0, 1),
  sceneEdge(1, 1, 2, { offset: -3, width: 4, selected: true }),
  sceneEdge(2, 2, 0, { aggregate: { count: 3 } }),
  { ...sceneEdge(3, 0, 2), emphasised: true },
];

describe('linkTable', () => {
  test('holds each link’s ends, reach, whether it is brought forward, and the aggregates', () => {
    const table = linkTable(edges);
    expect([...table.from]).toEqual([0, 1, 2, 0]);
    expect([...table.to]).toEqual([1, 2, 0, 2]);
    expect([...table.bend]).toEqual([0, 6, 0, 0]);
    expect(table.pad[1]).toBe(16);
    expect([...table.forward]).toEqual([0, 1, 0, 1]);
    expect(table.aggregates).toEqual([2]);
  });

  test('is made once per list of links, whether in slices or at once', async () => {
    const list = [...edges];
    let pauses = 0;
    const sliced = await linkTableInSlices(list, {
      budgetMs: 0,
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(linkTable(list)).toBe(sliced);
    expect(await linkTableInSlices(list)).toBe(sliced);
    expect(linkTable([...list])).not.toBe(sliced);
    expect(pauses).toBe(0);
  });

  test('a long list is made in slices that pause between steps', async () => {
    const long = Array.from({ length: 10_000 }, (_, i) => sceneEdge(i, i % 7, (i + 1) % 7));
    let pauses = 0;
    const table = await linkTableInSlices(long, {
      budgetMs: 0,
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(pauses).toBe(2);
    expect(table.from[9_999]).toBe(9_999 % 7);
    expect(linkTable(long)).toBe(table);
  });
});
