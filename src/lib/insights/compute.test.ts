import { describe, expect, test } from 'vitest';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS, type FilterState } from '../filters/types.ts';
import { rootCompanies } from '../graph/money-graph.ts';
import { buyerRow, buyerRows, colourSlots, focusedRows, providerRow, type ComputeRow } from './compute.ts';
import { computeFixture } from './compute.test-helper.ts';

const m = computeFixture();
const scopeOf = (filters: Partial<FilterState> = {}) => applyFilters(m, { ...NO_FILTERS, ...filters });
const idx = (id: string) => m.companyIndex.get(id) as number;
const name = (i: number) => m.companies[i]?.id;
const dealIds = (list: readonly number[]) => list.map((i) => m.deals[i]?.deal.id);

function row(rows: readonly ComputeRow[], id: string): ComputeRow {
  const found = rows.find((r) => name(r.company) === id);
  if (!found) throw new Error(`no row for ${id}`);
  return found;
}

function segment(r: ComputeRow, id: string) {
  const found = r.segments.find((s) => name(s.company) === id);
  if (!found) throw new Error(`no segment ${id} in ${name(r.company)}`);
  return found;
}

describe('buyerRows: commitments by provider as of the date', () => {
  const rows = buyerRows(m, scopeOf());

  test('labs first by committed total, then the other buyers; units buy as their parent', () => {
    expect(rows.map((r) => name(r.company))).toEqual(['openai', 'anthropic', 'xai', 'bigco', 'amazon']);
    expect(rows.map((r) => r.lab)).toEqual([true, true, true, false, false]);
    // aws → coreweave is Amazon's; aws → amazon is a unit paying its parent and is left out.
    expect(row(rows, 'amazon').segments.map((s) => [name(s.company), s.usd])).toEqual([['coreweave', 5e9]]);
  });

  test('per-provider sums merge units into their parent (AWS and Amazon are one provider)', () => {
    const openai = row(rows, 'openai');
    expect(openai.segments.map((s) => name(s.company))).toEqual([
      'oracle',
      'amazon',
      'coreweave',
      'google',
      'microsoft',
    ]);
    expect(segment(openai, 'amazon')).toMatchObject({ usd: 138e9, figures: 2, undisclosed: 0, gw: 3 });
    expect(dealIds(segment(openai, 'amazon').deals)).toEqual(['o-amazon', 'o-aws']);
    expect(openai.usd).toBe(300e9 + 138e9 + 15.9e9);
  });

  test('a yearly rate is totalled over its term, and flagged "/yr" when it has none', () => {
    expect(segment(row(rows, 'anthropic'), 'amazon')).toMatchObject({ usd: 10e9, perYear: false });
    expect(segment(row(rows, 'openai'), 'google')).toMatchObject({ usd: 0, perYearUsd: 1e9, perYear: true });
    expect(row(rows, 'openai').perYearUsd).toBe(1e9);
  });

  test('"up to", "at least" and estimated figures are added and flagged', () => {
    const openai = row(rows, 'openai');
    expect(segment(openai, 'coreweave')).toMatchObject({ usd: 15.9e9, upTo: true, atLeast: false });
    expect(segment(openai, 'oracle')).toMatchObject({ usd: 300e9, atLeast: true, upTo: false });
    expect(segment(row(rows, 'anthropic'), 'google')).toMatchObject({ estimated: true });
    expect(segment(openai, 'amazon')).toMatchObject({ upTo: false, atLeast: false, estimated: false });
  });

  test('overlapping and superseded deals are not added twice', () => {
    const anthropic = row(rows, 'anthropic');
    const google = segment(anthropic, 'google');
    expect(google.usd).toBe(50e9);
    expect(dealIds(google.deals)).toEqual(['a-gc-big']);
    expect(dealIds(google.notCounted)).toEqual(['a-gc-small']);
    const microsoft = segment(anthropic, 'microsoft');
    expect(microsoft.usd).toBe(30e9);
    expect(dealIds(microsoft.notCounted)).toEqual(['a-msft-old']);
    expect(anthropic.usd).toBe(50e9 + 30e9 + 10e9);
  });

  test('undisclosed deals are counted, never summed; terminated deals take no part', () => {
    const openai = row(rows, 'openai');
    expect(segment(openai, 'microsoft')).toMatchObject({ usd: 0, figures: 0, undisclosed: 1 });
    const oracle = segment(openai, 'oracle');
    expect(oracle).toMatchObject({ usd: 300e9, undisclosed: 1, figures: 1 });
    expect(dealIds(oracle.deals)).toEqual(['o-oracle-2', 'o-oracle-1']);
    expect(oracle.firstDate).toBe('2024-06');
    expect(oracle.latestDate).toBe('2025-07-22');
    expect(openai.undisclosed).toBe(2);
  });

  test('a deal that ended is kept as ended, not summed', () => {
    const xai = row(rows, 'xai');
    const oracle = segment(xai, 'oracle');
    expect(oracle).toMatchObject({ usd: 0, figures: 0 });
    expect(dealIds(oracle.ended)).toEqual(['x-oracle']);
    expect(dealIds(oracle.deals)).toEqual([]);
    expect(oracle.firstDate).toBe('2023-09');
  });

  test('capacity is left undefined where no counted deal gives it', () => {
    expect(segment(row(rows, 'openai'), 'coreweave').gw).toBeUndefined();
    expect(segment(row(rows, 'openai'), 'oracle').gw).toBe(4.5);
  });
});

describe('as of a date and with filters', () => {
  test('the as-of cut drops providers signed later and counts what was active then', () => {
    const openai = row(buyerRows(m, scopeOf({ asof: '2024-06-30' })), 'openai');
    expect(openai.segments.map((s) => name(s.company))).toEqual(['microsoft', 'oracle']);
    expect(openai.usd).toBe(0);
    expect(openai.undisclosed).toBe(2);
    const xai = row(buyerRows(m, scopeOf({ asof: '2024-06-30' })), 'xai');
    expect(segment(xai, 'oracle')).toMatchObject({ usd: 1e9, ended: [] });
  });

  test('before a larger overlapping deal or a successor exists, the earlier figure counts', () => {
    const anthropic = row(buyerRows(m, scopeOf({ asof: '2025-12-31' })), 'anthropic');
    expect(segment(anthropic, 'google').usd).toBe(10e9);
    expect(segment(anthropic, 'microsoft').usd).toBe(30e9);
    const earlier = row(buyerRows(m, scopeOf({ asof: '2025-06-30' })), 'anthropic');
    expect(segment(earlier, 'microsoft').usd).toBe(5e9);
  });

  test('filters apply: a minimum amount leaves out the deals below it and the undisclosed ones', () => {
    const openai = row(buyerRows(m, scopeOf({ min: 20e9 })), 'openai');
    expect(openai.segments.map((s) => name(s.company))).toEqual(['oracle', 'amazon']);
    expect(openai.undisclosed).toBe(0);
  });

  test('no compute deals in the view: no rows', () => {
    expect(buyerRows(m, scopeOf({ types: ['investment'] }))).toEqual([]);
  });
});

describe('the series over time', () => {
  test('one step per start or end, with each provider’s cumulative total at that date', () => {
    const openai = row(buyerRows(m, scopeOf()), 'openai');
    const order = openai.segments.map((s) => name(s.company));
    const steps = openai.series.map((s) => ({
      date: new Date(s.t).toISOString().slice(0, 10),
      ...Object.fromEntries(order.map((id, i) => [id, s.usd[i]])),
    }));
    expect(steps).toEqual([
      { date: '2019-07-22', oracle: 0, amazon: 0, coreweave: 0, google: 0, microsoft: 0 },
      { date: '2024-06-01', oracle: 0, amazon: 0, coreweave: 0, google: 0, microsoft: 0 },
      { date: '2025-03-10', oracle: 0, amazon: 0, coreweave: 11.9e9, google: 0, microsoft: 0 },
      { date: '2025-05-01', oracle: 0, amazon: 0, coreweave: 15.9e9, google: 0, microsoft: 0 },
      // A yearly rate without a term is not a committed total: the series leaves it out.
      { date: '2025-06-10', oracle: 0, amazon: 0, coreweave: 15.9e9, google: 0, microsoft: 0 },
      { date: '2025-07-22', oracle: 300e9, amazon: 0, coreweave: 15.9e9, google: 0, microsoft: 0 },
      { date: '2025-11-03', oracle: 300e9, amazon: 38e9, coreweave: 15.9e9, google: 0, microsoft: 0 },
      { date: '2026-02-27', oracle: 300e9, amazon: 138e9, coreweave: 15.9e9, google: 0, microsoft: 0 },
    ]);
    const last = openai.series.at(-1);
    expect(last?.usd).toEqual(openai.segments.map((s) => s.usd));
  });

  test('an ended deal steps down at its end; an overlapping larger figure replaces the smaller one', () => {
    const xai = row(buyerRows(m, scopeOf()), 'xai');
    const oracle = xai.segments.findIndex((s) => name(s.company) === 'oracle');
    expect(xai.series.map((s) => [new Date(s.t).toISOString().slice(0, 7), s.usd[oracle]])).toEqual([
      ['2023-09', 1e9],
      ['2024-02', 1e9],
      ['2025-01', 0],
    ]);
    const anthropic = row(buyerRows(m, scopeOf()), 'anthropic');
    const google = anthropic.segments.findIndex((s) => name(s.company) === 'google');
    expect(anthropic.series.map((s) => s.usd[google])).toEqual([0, 0, 10e9, 10e9, 50e9]);
  });

  test('past the work limit the series is left out and marked so; the sums stay', () => {
    const full = buyerRows(m, scopeOf());
    const capped = buyerRows(m, scopeOf(), { seriesWorkLimit: 10 });
    expect(capped.map((r) => [r.series.length, r.seriesOmitted])).toEqual(full.map(() => [0, true]));
    expect(capped.map((r) => r.usd)).toEqual(full.map((r) => r.usd));
    expect(full.every((r) => !r.seriesOmitted && r.series.length > 0)).toBe(true);
  });

  test('the as-of cut ends the series at the date', () => {
    const openai = row(buyerRows(m, scopeOf({ asof: '2025-06-30' })), 'openai');
    expect(openai.series.map((s) => new Date(s.t).toISOString().slice(0, 10))).toEqual([
      '2019-07-22',
      '2024-06-01',
      '2025-03-10',
      '2025-05-01',
      '2025-06-10',
    ]);
  });
});

describe('rows for one company and for a focus', () => {
  const scope = scopeOf();

  test("a provider's row lists its customers; a unit stands for its parent", () => {
    const oracle = providerRow(m, scope, idx('oracle'));
    expect(oracle?.segments.map((s) => [name(s.company), s.usd])).toEqual([
      ['bigco', 900e9],
      ['openai', 300e9],
      ['xai', 0],
    ]);
    const amazon = providerRow(m, scope, idx('aws'));
    expect(amazon?.company).toBe(idx('amazon'));
    expect(amazon?.segments.map((s) => [name(s.company), s.usd])).toEqual([
      ['openai', 138e9],
      ['anthropic', 10e9],
    ]);
    expect(providerRow(m, scope, idx('openai'))).toBeUndefined();
    expect(buyerRow(m, scope, idx('aws'))?.company).toBe(idx('amazon'));
  });

  test("one company's row has the totals of its row among all, without the series over time", () => {
    const all = buyerRows(m, scope).find((r) => r.company === idx('openai'));
    const one = buyerRow(m, scope, idx('openai'));
    expect(all?.series.length).toBeGreaterThan(0);
    expect(one).toEqual({ ...all, series: [], seriesOmitted: true });
  });

  test('every company’s own rows equal its rows among all, as buyer and as provider, at any date', () => {
    for (const asof of ['2024-06-30', '2025-12-31']) {
      const at = scopeOf({ asof });
      const buyers = buyerRows(m, at);
      const providers = focusedRows(m, at, ['oracle', 'amazon', 'microsoft']).filter(
        (r) => r.side === 'provider',
      );
      expect(providers.length).toBeGreaterThan(1);
      m.companies.forEach((_, i) => {
        const root = rootCompanies(m)[i] ?? i;
        const all = buyers.find((r) => r.company === root);
        expect(buyerRow(m, at, i)).toEqual(all && { ...all, series: [], seriesOmitted: true });
        const provider = providers.find((r) => r.company === root);
        if (provider) expect(providerRow(m, at, i)).toEqual({ ...provider, series: [], seriesOmitted: true });
      });
    }
  });

  test('a focused buyer shows only its row; a focused provider adds its customers’ row', () => {
    expect(focusedRows(m, scope, ['anthropic']).map((r) => [name(r.company), r.side])).toEqual([
      ['anthropic', 'buyer'],
    ]);
    expect(focusedRows(m, scope, ['google-cloud']).map((r) => [name(r.company), r.side])).toEqual([
      ['google', 'provider'],
    ]);
    expect(focusedRows(m, scope, ['aws']).map((r) => [name(r.company), r.side])).toEqual([
      ['amazon', 'buyer'],
      ['amazon', 'provider'],
    ]);
    expect(focusedRows(m, scope, []).length).toBe(5);
  });

  test('colour slots follow the providers’ totals across rows, so a provider keeps its colour', () => {
    const slots = colourSlots(buyerRows(m, scope));
    expect(slots.get(idx('oracle'))).toBe(0);
    expect(slots.get(idx('amazon'))).toBe(1);
    expect(new Set(slots.values()).size).toBe(slots.size);
  });
});
