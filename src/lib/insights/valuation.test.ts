import { describe, expect, test } from 'vitest';
import { patched } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel } from '../graph/model.ts';
import { NEUTRAL_SHARE, valuationAsOf, valuationSizes } from './valuation.ts';

const t = (date: string) => Date.parse(`${date}T23:59:59Z`);
const source = (n: number) => ({ url: `https://example.com/round-${n}` });

function load() {
  const result = validateDealMap(
    patched((f) => {
      f.companies[0].valuations = [
        { date: '2025-03-31', usd: 300e9, kind: 'post-money', source: source(2) },
        { date: '2024-10', usd: 157e9, kind: 'post-money', source: source(1) },
        { date: '2025-10-02', usd: 500e9, kind: 'post-money', source: source(3) },
      ];
      f.companies[3].valuations = [{ date: '2025-07', usd: 4e12, kind: 'market-cap', source: source(4) }];
    }),
  );
  if (!result.ok) throw new Error('fixture should load');
  expect(result.issues).toEqual([]);
  return buildModel(result.value);
}

describe('valuations', () => {
  const m = load();
  const openai = m.companies[m.companyIndex.get('openai') as number];

  test('are kept oldest first, with their sources', () => {
    expect(openai?.valuations?.map((v) => v.date)).toEqual(['2024-10', '2025-03-31', '2025-10-02']);
    expect(openai?.valuations?.[0]?.source.url).toBe('https://example.com/round-1');
  });

  test('the latest valuation as of a date; none before the first', () => {
    expect(valuationAsOf(openai, t('2024-09-30'))).toBeUndefined();
    expect(valuationAsOf(openai, t('2024-10-01'))?.usd).toBe(157e9);
    expect(valuationAsOf(openai, t('2025-03-31'))?.usd).toBe(300e9);
    expect(valuationAsOf(openai, t('2025-10-01'))?.usd).toBe(300e9);
    expect(valuationAsOf(openai, t('2026-12-31'))?.usd).toBe(500e9);
    expect(valuationAsOf(m.companies[m.companyIndex.get('aws') as number], t('2026-01-01'))).toBeUndefined();
  });

  test('sizes: the largest valuation at the date takes the largest size; companies without one are neutral', () => {
    let top = 0;
    for (const v of m.volume) top = Math.max(top, v);
    const openaiIndex = m.companyIndex.get('openai') as number;
    const microsoft = m.companyIndex.get('microsoft') as number;
    const aws = m.companyIndex.get('aws') as number;
    const early = valuationSizes(m, t('2025-01-01'));
    expect(early.count).toBe(1);
    expect(early.volume[openaiIndex]).toBeCloseTo(top);
    expect(early.volume[microsoft]).toBe(top * NEUTRAL_SHARE);
    const later = valuationSizes(m, t('2025-12-31'));
    expect(later.count).toBe(2);
    expect(later.volume[microsoft]).toBeCloseTo(top);
    expect(later.volume[openaiIndex]).toBeCloseTo((top * 500e9) / 4e12);
    expect(later.known[aws]).toBe(0);
  });
});

describe('valuations in the validator', () => {
  test('a bad valuation is dropped and reported; the company stays', () => {
    const result = validateDealMap(
      patched((f) => {
        f.companies[0].valuations = [
          { date: '2025-13', usd: 1e9, kind: 'post-money', source: source(1) },
          { date: '2025-01', usd: -5, kind: 'post-money', source: source(2) },
          { date: '2025-01', usd: 5e9, kind: 'pre-money', source: source(3) },
          { date: '2025-01', usd: 5e9, kind: 'post-money', source: { url: 'javascript:alert(1)' } },
          { date: '2025-02', usd: 6e9, kind: 'market-cap', source: source(5), extra: 1 },
        ];
      }),
    );
    if (!result.ok) throw new Error('should load');
    const openai = result.value.companies.find((c) => c.id === 'openai');
    expect(openai?.valuations?.map((v) => v.usd)).toEqual([6e9]);
    const paths = result.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'companies[0].valuations[0].date',
        'companies[0].valuations[1].usd',
        'companies[0].valuations[2].kind',
        'companies[0].valuations[3].source.url',
      ]),
    );
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
