import { describe, expect, test } from 'vitest';
import { validateDealMap } from '../data/validate.ts';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS, type FilterState } from '../filters/types.ts';
import { cycleDeals, cycleDetails, findCycles } from './cycles.ts';
import { buildModel, type GraphModel } from './model.ts';
import { mergedMoneyGraph } from './money-graph.ts';

type Spec = [from: string, to: string, type?: string, date?: string, extra?: Record<string, unknown>];

const COMPANIES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'amazon', 'aws', 'lab'];

function modelOf(deals: Spec[]): GraphModel {
  const result = validateDealMap({
    format: 'ai-deal-map/1',
    meta: { title: 'Cycles', updated: '2026-01-01' },
    companies: COMPANIES.map((id) => ({
      id,
      name: id.toUpperCase(),
      category: 'other',
      ...(id === 'aws' ? { parent: 'amazon' } : {}),
    })),
    deals: deals.map(([from, to, type = 'investment', date = '2024-01-01', extra = {}], i) => ({
      id: `d${i}`,
      from,
      to,
      type,
      date,
      status: 'completed',
      amount: { value: (i + 1) * 1e9 },
      sources: [{ url: 'https://example.com' }],
      ...extra,
    })),
  });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return buildModel(result.value);
}

function cyclesOf(model: GraphModel, filters: Partial<FilterState> = {}, cap?: number) {
  const visibility = applyFilters(model, { ...NO_FILTERS, ...filters });
  const include = cycleDeals(model, visibility.deals, visibility.asof);
  const merged = mergedMoneyGraph(model, include);
  const found = findCycles(merged.graph, cap === undefined ? {} : { cap });
  return { found, cycles: cycleDetails(model, merged, found, include, visibility.counted) };
}

const ids = (model: GraphModel, filters: Partial<FilterState> = {}) =>
  cyclesOf(model, filters).cycles.map((c) => c.ids.join('>'));

const ring = (nodes: string[]): Spec[] => nodes.map((n, i) => [n, nodes[(i + 1) % nodes.length] as string]);

describe('findCycles on hand-made money graphs', () => {
  test('a two-company loop: money each way', () => {
    expect(
      ids(
        modelOf([
          ['a', 'b'],
          ['b', 'a', 'compute'],
        ]),
      ),
    ).toEqual(['a>b']);
  });

  test('3-, 4- and 5-company cycles are found; a 6-company cycle is not', () => {
    expect(ids(modelOf(ring(['a', 'b', 'c'])))).toEqual(['a>b>c']);
    expect(ids(modelOf(ring(['a', 'b', 'c', 'd'])))).toEqual(['a>b>c>d']);
    expect(ids(modelOf(ring(['a', 'b', 'c', 'd', 'e'])))).toEqual(['a>b>c>d>e']);
    expect(ids(modelOf(ring(['a', 'b', 'c', 'd', 'e', 'f'])))).toEqual([]);
  });

  test('each cycle once, rotated to start at its smallest id, in money order', () => {
    expect(ids(modelOf(ring(['c', 'a', 'b'])))).toEqual(['a>b>c']);
    expect(ids(modelOf(ring(['d', 'c', 'b', 'a'])))).toEqual(['a>d>c>b']);
  });

  test('business units are merged into their parent: money to AWS reaches Amazon', () => {
    const model = modelOf([
      ['amazon', 'lab'],
      ['lab', 'aws', 'compute'],
    ]);
    expect(ids(model)).toEqual(['amazon>lab']);
    const [cycle] = cyclesOf(model).cycles;
    expect(cycle?.hops.map((h) => h.deals.map((d) => d.deal.id))).toEqual([['d0'], ['d1']]);
  });

  test('money between a unit and its own parent is no hop', () => {
    expect(
      ids(
        modelOf([
          ['amazon', 'aws'],
          ['aws', 'amazon'],
        ]),
      ),
    ).toEqual([]);
  });

  test('partnerships, terminated deals and purchases of existing shares are not money flows', () => {
    expect(
      ids(
        modelOf([
          ['a', 'b'],
          ['b', 'a', 'partnership'],
        ]),
      ),
    ).toEqual([]);
    expect(
      ids(
        modelOf([
          ['a', 'b'],
          ['b', 'a', 'compute', '2024-01-01', { status: 'terminated' }],
        ]),
      ),
    ).toEqual([]);
    expect(
      ids(
        modelOf([
          ['a', 'b'],
          ['b', 'a', 'investment', '2024-01-01', { secondary: true }],
        ]),
      ),
    ).toEqual([]);
  });

  test('the search stops at the cap and says so', () => {
    const complete: Spec[] = [];
    for (const x of ['a', 'b', 'c', 'd', 'e', 'f'])
      for (const y of ['a', 'b', 'c', 'd', 'e', 'f']) if (x !== y) complete.push([x, y]);
    const model = modelOf(complete);
    expect(cyclesOf(model).found.capped).toBe(false);
    const capped = cyclesOf(model, {}, 10);
    expect(capped.found.capped).toBe(true);
    expect(capped.cycles).toHaveLength(10);
    expect(new Set(capped.cycles.map((c) => c.ids.join('>'))).size).toBe(10);
  });

  test('the search stops when its time is up and says so', () => {
    const complete: Spec[] = [];
    for (const x of COMPANIES.slice(0, 7))
      for (const y of COMPANIES.slice(0, 7)) if (x !== y) complete.push([x, y]);
    const model = modelOf(complete);
    const merged = mergedMoneyGraph(model, new Uint8Array(model.deals.length).fill(1));
    const all = findCycles(merged.graph).cycles.length;
    const found = findCycles(merged.graph, { deadline: 0, now: () => 1 });
    expect(found.timedOut).toBe(true);
    expect(found.capped).toBe(false);
    expect(found.cycles.length).toBeLessThan(all);
  });
});

describe('cycles as of a date', () => {
  const model = modelOf([
    ['a', 'b', 'investment', '2023-03-01'],
    ['b', 'a', 'compute', '2024-06-15'],
    ['a', 'c', 'investment', '2022-01-01', { endDate: '2025-01-21' }],
    ['c', 'a', 'compute', '2023-01-01'],
  ]);

  test('a cycle is absent the day before its closing date and present on it', () => {
    expect(ids(model, { asof: '2024-06-14' })).toEqual(['a>c']);
    expect(ids(model, { asof: '2024-06-15' })).toEqual(['a>b', 'a>c']);
    const ab = cyclesOf(model, { asof: '2024-06-15' }).cycles[0];
    expect(ab?.closed).toBe(Date.UTC(2024, 5, 15));
  });

  test('an ended relationship drops out on its end date', () => {
    expect(ids(model, { asof: '2025-01-20' })).toContain('a>c');
    expect(ids(model, { asof: '2025-01-21' })).toEqual(['a>b']);
  });

  test('hop amounts stay per hop; the smallest hop bounds what went round', () => {
    const [ab] = cyclesOf(model, { asof: '2025-06-01' }).cycles;
    expect(ab?.hops.map((h) => h.usd)).toEqual([1e9, 2e9]);
    expect(ab?.smallestHopUsd).toBe(1e9);
  });

  test('an undisclosed hop is counted, not summed, and leaves no smallest hop', () => {
    const m = modelOf([
      ['a', 'b'],
      ['b', 'a', 'compute', '2024-01-01', { amount: { kind: 'undisclosed' } }],
    ]);
    const [cycle] = cyclesOf(m).cycles;
    expect(cycle?.hops[1]).toMatchObject({ usd: undefined, undisclosed: 1 });
    expect(cycle?.smallestHopUsd).toBeUndefined();
  });

  test("a cycle's hops, worked out when first read, are its deals pair by pair through merged units; kept once read", () => {
    const m = modelOf([
      ['lab', 'aws', 'compute', '2024-02-01'],
      ['lab', 'amazon', 'investment', '2024-03-01'],
      ['amazon', 'lab', 'investment', '2024-04-01'],
      ['a', 'b', 'investment', '2024-05-01'],
      ['b', 'a', 'investment', '2024-06-01'],
    ]);
    const { cycles } = cyclesOf(m);
    const amazon = cycles.find((c) => c.ids.join('>') === 'amazon>lab');
    const hops = amazon?.hops;
    expect(hops?.map((h) => h.deals.map((d) => d.deal.id))).toEqual([['d2'], ['d0', 'd1']]);
    expect(hops?.map((h) => h.usd)).toEqual([3e9, 1e9 + 2e9]);
    expect(amazon?.hops).toBe(hops);
    // The date it closed and its smallest hop, kept without the hops, agree with them.
    expect(amazon?.closed).toBe(Math.max(...(hops ?? []).map((h) => h.since)));
    expect(amazon?.smallestHopUsd).toBe(3e9);
    expect(cycles.find((c) => c.ids.join('>') === 'a>b')?.hops.map((h) => h.since)).toEqual([
      Date.UTC(2024, 4, 1),
      Date.UTC(2024, 5, 1),
    ]);
  });
});
