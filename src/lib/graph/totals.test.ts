import { describe, expect, test } from 'vitest';
import { frozenEdition, patched, type LooseFile } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel, type GraphModel } from './model.ts';
import { dealsOf } from './company-deals.ts';
import { companyTotals } from './totals.ts';

function model(change: (f: LooseFile) => void = () => {}): GraphModel {
  const result = validateDealMap(patched(change));
  if (!result.ok) throw new Error('fixture should load');
  return buildModel(result.value);
}

function totalsOf(m: GraphModel, id: string, dealIds?: string[]) {
  const index = m.companyIndex.get(id);
  if (index === undefined) throw new Error(`no company ${id}`);
  return companyTotals(
    m,
    index,
    dealIds?.map((d) => m.dealIndex.get(d) ?? -1),
  );
}

function typeTotal(t: ReturnType<typeof totalsOf>['incoming'], type: string) {
  return t.byType.find((x) => x.type.id === type)?.total;
}

const deal = (over: LooseFile): LooseFile => ({
  from: 'microsoft',
  to: 'openai',
  type: 'investment',
  date: '2024-01',
  status: 'announced',
  sources: [{ url: 'https://example.com/x' }],
  ...over,
});

describe('companyTotals', () => {
  test('money in and out by type; undisclosed deals count as deals, not dollars', () => {
    const m = model();
    const openai = totalsOf(m, 'openai');
    expect(openai.outgoing.all).toMatchObject({ usd: 38e9, deals: 1, figures: 1, undisclosed: 0 });
    expect(typeTotal(openai.outgoing, 'compute')).toMatchObject({ usd: 38e9, deals: 1 });
    expect(openai.incoming.all).toMatchObject({ usd: 0, deals: 1, figures: 0, undisclosed: 1 });
    expect(openai.incoming.byType.map((t) => t.type.id)).toEqual(['investment']);
    const aws = totalsOf(m, 'aws');
    expect(aws.incoming.all).toMatchObject({ usd: 38e9, deals: 1 });
    expect(aws.outgoing.all.deals).toBe(0);
    expect(aws.outgoing.byType).toEqual([]);
  });

  test('types in the model order', () => {
    const m = model((f) => {
      f.deals.push(
        deal({ id: 'c', from: 'openai', to: 'microsoft', type: 'licensing', amount: { value: 1e9 } }),
      );
      f.deals.push(deal({ id: 'd', from: 'openai', to: 'microsoft', type: 'chips', amount: { value: 2e9 } }));
    });
    expect(totalsOf(m, 'openai').outgoing.byType.map((t) => t.type.id)).toEqual([
      'compute',
      'chips',
      'licensing',
    ]);
    expect(totalsOf(m, 'openai').outgoing.all.usd).toBe(41e9);
  });

  test('a round counts in full for the investee and as a deal, not dollars, for its lead investor', () => {
    const m = model((f) => {
      f.deals[1].amount = { value: 30e9, scope: 'round' };
    });
    expect(totalsOf(m, 'openai').incoming.all).toMatchObject({
      usd: 30e9,
      deals: 1,
      figures: 1,
      roundsLed: 0,
    });
    expect(totalsOf(m, 'microsoft').outgoing.all).toMatchObject({
      usd: 0,
      deals: 1,
      figures: 0,
      roundsLed: 1,
      roundsLedUsd: 30e9,
      undisclosed: 0,
    });
  });

  test('terminated deals never count', () => {
    const m = model((f) => {
      f.deals[0].status = 'terminated';
    });
    const openai = totalsOf(m, 'openai');
    expect(openai.outgoing.all).toMatchObject({ usd: 0, deals: 0 });
    expect(openai.notCounted).toBe(1);
    expect(totalsOf(m, 'aws').incoming.all.usd).toBe(0);
  });

  test('overlapping and superseded figures are not added twice', () => {
    const m = model((f) => {
      f.deals.push(
        deal({
          id: 'openai-aws-2026-expansion',
          from: 'openai',
          to: 'aws',
          type: 'compute',
          date: '2026-02',
          amount: { value: 100e9, kind: 'upTo' },
          overlaps: ['openai-aws-2025-compute'],
        }),
        deal({
          id: 'msft-loi',
          date: '2024-01',
          amount: { value: 100e9, kind: 'upTo' },
          supersededBy: 'msft-final',
        }),
        deal({ id: 'msft-final', date: '2024-06', amount: { value: 20e9 } }),
      );
    });
    const openai = totalsOf(m, 'openai');
    expect(openai.outgoing.all).toMatchObject({ usd: 100e9, deals: 1, upTo: true });
    expect(openai.incoming.all).toMatchObject({ usd: 20e9, deals: 2, undisclosed: 1, upTo: false });
    expect(openai.notCounted).toBe(2);
    expect(totalsOf(m, 'aws').incoming.all.usd).toBe(100e9);
  });

  test('deal types that move no money are left out', () => {
    const m = model((f) => {
      f.deals.push(deal({ id: 'p', type: 'partnership', amount: { value: 5e9 } }));
    });
    const openai = totalsOf(m, 'openai');
    expect(openai.incoming.all.deals).toBe(1);
    expect(openai.incoming.byType.map((t) => t.type.id)).toEqual(['investment']);
    expect(openai.noMoney).toBe(1);
  });

  test('yearly rates without a term are summed apart and flagged; qualifiers are flagged', () => {
    const m = model((f) => {
      f.deals.push(
        deal({ id: 'y', amount: { value: 3e9, scope: 'perYear' } }),
        deal({ id: 'm', amount: { value: 1e9, scope: 'perMonth' }, termYears: 2 }),
        deal({ id: 'a', amount: { value: 10e9, kind: 'atLeast' } }),
        deal({ id: 'e', amount: { value: 2e9, kind: 'estimated' } }),
      );
    });
    const inv = totalsOf(m, 'openai').incoming.all;
    expect(inv).toMatchObject({
      usd: 24e9 + 10e9 + 2e9,
      perYearUsd: 3e9,
      perYear: true,
      deals: 5,
      figures: 3,
      undisclosed: 1,
      atLeast: true,
      estimated: true,
      upTo: false,
    });
  });

  test('only the given deals, each once, and only those of the company', () => {
    const m = model((f) => {
      f.deals.push(deal({ id: 'x', amount: { value: 1e9 } }));
    });
    const t = totalsOf(m, 'openai', ['x', 'x', 'openai-aws-2025-compute']);
    expect(t.incoming.all).toMatchObject({ usd: 1e9, deals: 1 });
    expect(t.outgoing.all).toMatchObject({ usd: 38e9, deals: 1 });
    expect(totalsOf(m, 'aws', ['x']).incoming.all.deals).toBe(0);
    expect(totalsOf(m, 'openai', []).incoming.all.deals).toBe(0);
  });
});

describe('companyTotals on the frozen 2026-11-26 edition', () => {
  const result = validateDealMap(frozenEdition());
  if (!result.ok) throw new Error('the frozen edition should load');
  const m = buildModel(result.value);
  const usdOf = (id: string) => m.deals[m.dealIndex.get(id) ?? -1]?.headline.usd ?? 0;

  test('totals match the model volume (inflow + outflow, rounds for the investee; money-moving deals only)', () => {
    m.companies.forEach((_, i) => {
      const t = companyTotals(m, i);
      const sum =
        t.incoming.all.usd + t.outgoing.all.usd + t.incoming.all.perYearUsd + t.outgoing.all.perYearUsd;
      expect(sum).toBe(m.volume[i]);
    });
    expect(companyTotals(m, m.companyIndex.get('blue-owl') as number).noMoney).toBeGreaterThan(0);
  });

  test('an overlapping smaller figure is not added (Meta–CoreWeave)', () => {
    const coreweave = totalsOf(m, 'coreweave');
    const compute = typeTotal(coreweave.incoming, 'compute');
    expect(compute?.usd).not.toBeUndefined();
    const countedIds = dealsOf(m, m.companyIndex.get('coreweave') as number)
      .map((i) => m.deals[i]!)
      .filter((d) => d.deal.to === 'coreweave' && d.deal.type === 'compute' && !d.excludedFromTotals);
    expect(countedIds.map((d) => d.deal.id)).toContain('meta-coreweave-2026-compute');
    expect(countedIds.map((d) => d.deal.id)).not.toContain('meta-coreweave-2025-compute');
    expect(compute?.usd).toBe(countedIds.reduce((s, d) => s + (d.headline.usd ?? 0), 0));
  });

  test('a superseded letter of intent is not added to the final deal (Nvidia–OpenAI)', () => {
    const investment = typeTotal(totalsOf(m, 'nvidia').outgoing, 'investment');
    const loi = usdOf('nvidia-openai-2025-loi');
    expect(loi).toBe(100e9);
    const counted = m.deals.filter(
      (d) => d.deal.from === 'nvidia' && d.deal.type === 'investment' && !d.excludedFromTotals,
    );
    expect(counted.map((d) => d.deal.id)).not.toContain('nvidia-openai-2025-loi');
    expect(investment?.usd).toBe(
      counted.reduce((s, d) => s + (d.headline.round ? 0 : (d.headline.usd ?? 0)), 0),
    );
  });

  test('terminated deals never count (xAI–Oracle talks, CoreWeave–Core Scientific)', () => {
    expect(totalsOf(m, 'oracle').incoming.all.usd).not.toBeNaN();
    const xai = totalsOf(m, 'xai', ['xai-oracle-2024-expansion-talks']);
    expect(xai.outgoing.all.deals).toBe(0);
    expect(xai.notCounted).toBe(1);
    const cs = totalsOf(m, 'core-scientific', ['coreweave-core-scientific-2025-acquisition']);
    expect(cs.incoming.all.usd).toBe(0);
  });

  test('a round: in full for Anthropic, deals-not-dollars for GIC', () => {
    const gic = totalsOf(m, 'gic');
    expect(gic.outgoing.all).toMatchObject({ usd: 0, roundsLed: 1, roundsLedUsd: 30e9 });
    const anthropic = totalsOf(m, 'anthropic', [
      'gic-anthropic-2026-series-g',
      'microsoft-anthropic-2025-investment',
    ]);
    expect(anthropic.incoming.all.usd).toBe(30e9);
    expect(anthropic.notCounted).toBe(1);
  });

  test('the SpaceX per-month deals count over their term', () => {
    const spacex = totalsOf(m, 'spacex', ['anthropic-spacex-2026-colossus']);
    expect(spacex.incoming.all).toMatchObject({ usd: 45e9, perYear: false });
    const openai = totalsOf(m, 'openai', ['softbank-openai-2025-japan-jv']);
    expect(openai.incoming.all).toMatchObject({ usd: 0, perYearUsd: 3e9, perYear: true });
  });
});

describe('companyTotals as of a date, with the filters', () => {
  test('money for existing shares is counted apart, not as money in', () => {
    const m = model((f) => {
      f.deals.push(
        deal({ id: 'tender', from: 'amazon', to: 'openai', amount: { value: 1.5e9 }, secondary: true }),
        deal({ id: 'primary', from: 'amazon', to: 'openai', amount: { value: 0.7e9 } }),
      );
    });
    const openai = totalsOf(m, 'openai');
    expect(openai.incoming.all.usd).toBe(0.7e9);
    expect(openai.secondary).toBe(1);
    expect(totalsOf(m, 'amazon').outgoing.all.usd).toBe(2.2e9);
    expect(m.volume[m.companyIndex.get('openai') as number]).toBe(38e9 + 0.7e9);
  });

  test('a counted mask replaces the whole-file rule: deals outside it are "not added"', () => {
    const m = model((f) => {
      f.deals.push(deal({ id: 'later', from: 'microsoft', to: 'openai', amount: { value: 2e9 } }));
    });
    const index = m.companyIndex.get('openai') as number;
    const counted = new Uint8Array(m.deals.length);
    counted[m.dealIndex.get('later') as number] = 1;
    const t = companyTotals(m, index, undefined, counted);
    expect(t.incoming.all.usd).toBe(2e9);
    expect(t.outgoing.all.deals).toBe(0);
    expect(t.notCounted).toBe(2);
  });
});
