import { describe, expect, test } from 'vitest';
import { NONE } from '../data/compact.ts';
import { DEFAULT_DEAL_TYPES } from '../data/defaults.ts';
import type { DealType } from '../data/format.ts';
import { DealRecords, type DealRecord } from '../graph/deal-records.ts';
import { BaseEdges, type EdgeLook } from './base-edge.ts';

const [investment] = DEFAULT_DEAL_TYPES as [DealType];

/** Four deal records: i → i + 1, the second unconfirmed. */
function records(): DealRecord[] {
  const ids = ['a', 'b', 'c', 'd'];
  const table = new DealRecords(ids.length);
  for (const [i, id] of ids.entries())
    table.add({
      deal: { id, from: 'x', to: 'y', type: 'investment', status: 'completed', sources: NONE },
      from: i,
      to: i + 1,
      type: investment,
      start: undefined,
      end: undefined,
      headline: { usd: undefined, kind: 'exact', perYear: false, round: false },
      unconfirmed: i === 1,
      reason: undefined,
    });
  return table.records();
}

const look = (color: string, arrow: boolean): EdgeLook => ({
  color,
  dash: arrow ? undefined : '7 4',
  gap: arrow ? 3 : 1,
  arrow,
  ended: !arrow,
  opacity: arrow ? 0.85 : 0.34,
});

describe('base edges', () => {
  test('read back the width, look, fan offset and ends they were added with, each edge apart', () => {
    const deals = records();
    const [a, b, c, d] = deals as [DealRecord, DealRecord, DealRecord, DealRecord];
    const red = look('#ff0000', true);
    const blue = look('#0000ff', false);
    const table = new BaseEdges(deals);
    const added = [
      // Straight, fanned both ways (-0 drawn as 0), and a unit's deal drawn from its parent (9).
      table.add(d, 3, 4, 0, 1.2, red),
      table.add(b, 1, 2, 7.5, 4.25, blue),
      table.add(a, 0, 1, -0, 1.2, blue),
      table.add(c, 9, 3, -14, 9, red),
    ];
    const read = () =>
      added.map((e) => [
        e.index,
        e.id,
        e.record,
        e.from,
        e.to,
        e.offset,
        e.width,
        e.look,
        e.color,
        e.dash,
        e.gap,
        e.arrow,
        e.ended,
        e.opacity,
        e.unconfirmed,
        e.selected,
        e.emphasised,
      ]);
    const expected = [
      [3, 'd', d, 3, 4, 0, 1.2, red, '#ff0000', undefined, 3, true, false, 0.85, false, false, false],
      [1, 'b', b, 1, 2, 7.5, 4.25, blue, '#0000ff', '7 4', 1, false, true, 0.34, true, false, false],
      [0, 'a', a, 0, 1, 0, 1.2, blue, '#0000ff', '7 4', 1, false, true, 0.34, false, false, false],
      [2, 'c', c, 9, 3, -14, 9, red, '#ff0000', undefined, 3, true, false, 0.85, false, false, false],
    ];
    expect(read()).toEqual(expected);
    expect(Object.is(added[2]?.offset, 0)).toBe(true);
    // The same once the columns are narrowed.
    table.done();
    expect(read()).toEqual(expected);
  });

  test('an edge holds its deal index only (and its hover text where one is written)', () => {
    const deals = records();
    const table = new BaseEdges(deals);
    const edge = table.add(deals[0] as DealRecord, 0, 1, 0, 1.2, look('#000000', true));
    table.done();
    expect(Object.getOwnPropertyNames(edge)).toEqual(['index']);
    edge.title = 'a';
    expect(Object.getOwnPropertyNames(edge)).toEqual(['index', 'title']);
  });

  test('none is added once they are done (their columns are narrowed then)', () => {
    const deals = records();
    const table = new BaseEdges(deals);
    table.add(deals[0] as DealRecord, 0, 1, 0, 1.2, look('#000000', true));
    table.done();
    expect(() => table.add(deals[1] as DealRecord, 1, 2, 0, 1.2, look('#000000', true))).toThrow();
  });
});
