/** Test-only: a hand-made compute market where every counting rule is exercised once. */
import type { LooseFile } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel, type GraphModel } from '../graph/model.ts';

const company = (id: string, category: string, parent?: string) => ({ id, name: id, category, parent });

function deal(id: string, from: string, to: string, date: string, extra: LooseFile = {}): LooseFile {
  return {
    id,
    from,
    to,
    type: 'compute',
    date,
    status: 'announced',
    sources: [{ url: `https://example.com/${id}` }],
    ...extra,
  };
}

const usd = (value: number, kind = 'exact', scope = 'total') => ({ value, currency: 'USD', kind, scope });

/** A hand-made market: two labs buying from units and parents, with every counting rule exercised once. */
export function computeFixture(): GraphModel {
  const file = {
    format: 'ai-deal-map/1',
    meta: { title: 'Compute test', updated: '2026-06-30' },
    companies: [
      company('openai', 'ai-lab'),
      company('anthropic', 'ai-lab'),
      company('xai', 'ai-lab'),
      company('bigco', 'other'),
      company('amazon', 'hyperscaler'),
      company('aws', 'hyperscaler', 'amazon'),
      company('google', 'hyperscaler'),
      company('google-cloud', 'hyperscaler', 'google'),
      company('microsoft', 'hyperscaler'),
      company('oracle', 'hyperscaler'),
      company('coreweave', 'neocloud'),
    ],
    deals: [
      deal('o-msft', 'openai', 'microsoft', '2019-07-22'),
      deal('o-oracle-1', 'openai', 'oracle', '2024-06'),
      deal('o-oracle-off', 'openai', 'oracle', '2024-07', { amount: usd(10e9), status: 'terminated' }),
      deal('o-cw-1', 'openai', 'coreweave', '2025-03-10', { amount: usd(11.9e9, 'upTo') }),
      deal('o-cw-2', 'openai', 'coreweave', '2025-05', { amount: usd(4e9) }),
      deal('o-gc-rate', 'openai', 'google-cloud', '2025-06-10', { amount: usd(1e9, 'exact', 'perYear') }),
      deal('o-oracle-2', 'openai', 'oracle', '2025-07-22', {
        amount: usd(300e9, 'atLeast'),
        capacityGw: 4.5,
      }),
      deal('o-aws', 'openai', 'aws', '2025-11-03', { amount: usd(38e9), termYears: 7, capacityGw: 1 }),
      deal('o-amazon', 'openai', 'amazon', '2026-02-27', { amount: usd(100e9), capacityGw: 2 }),
      deal('a-aws-rate', 'anthropic', 'aws', '2024-01', {
        amount: usd(2e9, 'exact', 'perYear'),
        termYears: 5,
      }),
      deal('a-gc-small', 'anthropic', 'google-cloud', '2025-10', {
        amount: usd(10e9),
        overlaps: ['a-gc-big'],
      }),
      deal('a-gc-big', 'anthropic', 'google-cloud', '2026-01', { amount: usd(50e9, 'estimated') }),
      deal('a-msft-old', 'anthropic', 'microsoft', '2025-01', {
        amount: usd(5e9),
        supersededBy: 'a-msft-new',
      }),
      deal('a-msft-new', 'anthropic', 'microsoft', '2025-11', { amount: usd(30e9) }),
      deal('x-oracle', 'xai', 'oracle', '2023-09', { amount: usd(1e9), endDate: '2025-01' }),
      deal('x-cw', 'xai', 'coreweave', '2024-02'),
      deal('aws-cw', 'aws', 'coreweave', '2025-02', { amount: usd(5e9) }),
      deal('aws-amazon', 'aws', 'amazon', '2025-02', { amount: usd(9e9) }),
      deal('bigco-oracle', 'bigco', 'oracle', '2025-02', { amount: usd(900e9) }),
      { ...deal('msft-openai', 'microsoft', 'openai', '2023-01', { amount: usd(10e9) }), type: 'investment' },
    ],
  };
  const result = validateDealMap(file);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  if (result.issues.length > 0) throw new Error(JSON.stringify(result.issues));
  return buildModel(result.value);
}
