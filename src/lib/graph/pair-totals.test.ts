import { describe, expect, test } from 'vitest';
import { minimalFile } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS } from '../filters/types.ts';
import { buildModel } from './model.ts';
import { pairTotals, sideOf } from './pair-totals.ts';

const usd = (value: number, scope: 'total' | 'round' = 'total') => ({
  value,
  currency: 'USD',
  kind: 'exact',
  scope,
  text: `$${value}`,
});

/**
 * Amazon (with its unit AWS) and Anthropic: three investments one way, an overlapping re-report of one of
 * them, compute the other way to the unit, a partnership, an undisclosed deal and a deal with a third company.
 */
function model() {
  const file = minimalFile() as { companies: unknown[]; deals: unknown[] };
  file.companies.push({ id: 'anthropic', name: 'Anthropic', category: 'ai-lab' });
  const deal = (id: string, from: string, to: string, type: string, date: string, extra = {}) => ({
    id,
    from,
    to,
    type,
    date,
    status: 'completed',
    sources: [{ url: `https://example.com/${id}` }],
    ...extra,
  });
  file.deals = [
    deal('amazon-anthropic-1', 'amazon', 'anthropic', 'investment', '2023-09', { amount: usd(4e9) }),
    deal('amazon-anthropic-2', 'amazon', 'anthropic', 'investment', '2024-11', { amount: usd(4e9) }),
    // A report of the second investment as part of a bigger figure: only the larger one is added.
    deal('amazon-anthropic-2b', 'amazon', 'anthropic', 'investment', '2024-12', {
      amount: usd(3e9),
      overlaps: ['amazon-anthropic-2'],
    }),
    deal('amazon-anthropic-3', 'amazon', 'anthropic', 'investment', '2025-03'),
    deal('anthropic-aws-compute', 'anthropic', 'aws', 'compute', '2024-01', { amount: usd(1e9) }),
    deal('aws-anthropic-partnership', 'aws', 'anthropic', 'partnership', '2023-09'),
    deal('openai-aws-2025-compute', 'openai', 'aws', 'compute', '2025-11-03', { amount: usd(38e9) }),
  ];
  const result = validateDealMap(file);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return buildModel(result.value);
}

const m = model();
const at = (id: string) => m.companyIndex.get(id) as number;

describe('pair totals', () => {
  test('a business unit stands on its parent’s side', () => {
    expect(sideOf(m, at('aws')).index).toBe(at('amazon'));
    expect(sideOf(m, at('amazon')).members.toSorted()).toEqual([at('amazon'), at('aws')].toSorted());
    expect(sideOf(m, at('anthropic')).members).toEqual([at('anthropic')]);
  });

  test('both ways, by type, units merged, overlaps not added twice, each deal listed', () => {
    const t = pairTotals(m, at('anthropic'), at('aws'));
    expect(t.a.index).toBe(at('anthropic'));
    expect(t.b.index).toBe(at('amazon'));
    // Anthropic → Amazon's side: compute to AWS.
    expect(t.aToB.all.usd).toBe(1e9);
    expect(t.aToB.byType.map((x) => x.type.id)).toEqual(['compute']);
    // Amazon → Anthropic: 4 + 4 (the overlapping 3 is not added), one undisclosed.
    expect(t.bToA.all.usd).toBe(8e9);
    expect(t.bToA.all.deals).toBe(3);
    expect(t.bToA.all.undisclosed).toBe(1);
    expect(t.notCounted).toBe(1);
    expect(t.noMoney).toBe(1);
    // Every deal between the two sides, in date order, none with a third company.
    expect(t.deals.map((d) => d.record.deal.id)).toEqual([
      'amazon-anthropic-1',
      'aws-anthropic-partnership',
      'anthropic-aws-compute',
      'amazon-anthropic-2',
      'amazon-anthropic-2b',
      'amazon-anthropic-3',
    ]);
    expect(t.deals.find((d) => d.record.deal.id === 'amazon-anthropic-2b')?.added).toBe(false);
  });

  test('the same pair asked either way round gives mirrored totals', () => {
    const t = pairTotals(m, at('amazon'), at('anthropic'));
    expect(t.aToB.all.usd).toBe(8e9);
    expect(t.bToA.all.usd).toBe(1e9);
  });

  test('as of a date, only the deals then counted are added', () => {
    const visibility = applyFilters(m, { ...NO_FILTERS, asof: '2024-06' });
    const t = pairTotals(m, at('amazon'), at('anthropic'), visibility.visibleDeals, visibility.counted);
    expect(t.aToB.all.usd).toBe(4e9);
    expect(t.bToA.all.usd).toBe(1e9);
    expect(t.deals).toHaveLength(3);
  });

  test('a round led by one side counts as a deal, not dollars, from the investor', () => {
    const file = minimalFile() as { deals: { amount?: unknown }[] };
    const first = file.deals[1];
    if (first) first.amount = usd(10e9, 'round');
    const result = validateDealMap(file);
    if (!result.ok) throw new Error('fixture');
    const rm = buildModel(result.value);
    const t = pairTotals(
      rm,
      rm.companyIndex.get('microsoft') as number,
      rm.companyIndex.get('openai') as number,
    );
    expect(t.aToB.all.usd).toBe(0);
    expect(t.aToB.all.roundsLed).toBe(1);
  });
});
