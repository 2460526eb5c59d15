import { describe, expect, test } from 'vitest';
import { minimalFile } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel } from './model.ts';
import { topPartners } from './partners.ts';

/** OpenAI with two deals with Microsoft, one each with AWS and Amazon, none with Zeta. */
function model() {
  const file = minimalFile() as { companies: unknown[]; deals: unknown[] };
  file.companies.push({ id: 'zeta', name: 'Zeta', category: 'other' });
  const deal = (id: string, from: string, to: string) => ({
    id,
    from,
    to,
    type: 'partnership',
    date: '2024-01',
    status: 'completed',
    sources: [{ url: `https://example.com/${id}` }],
  });
  file.deals.push(
    deal('microsoft-openai-partnership', 'microsoft', 'openai'),
    deal('openai-amazon-partnership', 'openai', 'amazon'),
    deal('amazon-zeta-partnership', 'amazon', 'zeta'),
  );
  const result = validateDealMap(file);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return buildModel(result.value);
}

const m = model();
const ids = (list: { index: number }[]) => list.map((p) => m.companies[p.index]?.id);
const at = (id: string) => m.companyIndex.get(id) as number;

describe('top partners', () => {
  test('most shared deals first, then by name; never the company itself nor a stranger', () => {
    const partners = topPartners(m, at('openai'), 10);
    expect(ids(partners)).toEqual(['microsoft', 'amazon', 'aws']);
    expect(partners.map((p) => p.deals)).toEqual([2, 1, 1]);
  });

  test('at most the limit', () => {
    expect(ids(topPartners(m, at('openai'), 1))).toEqual(['microsoft']);
    expect(topPartners(m, at('openai'), 0)).toEqual([]);
  });

  test('a company without deals has no partner', () => {
    const lonely = buildModel({ ...m.map, deals: [] });
    expect(topPartners(lonely, at('openai'), 5)).toEqual([]);
  });
});
