import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Amount, Deal } from '../data/format.ts';
import { frozenEdition } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { headlineOf } from '../graph/headline.ts';
import { buildModel } from '../graph/model.ts';
import {
  formatAmount,
  formatAmountParts,
  formatHeadline,
  formatMoney,
  formatTotal,
  formatUsd,
  totalNotes,
  type TotalLike,
} from './money.ts';

function deal(amount: Partial<Amount> | undefined, termYears?: number): Deal {
  return {
    id: 'd',
    from: 'a',
    to: 'b',
    type: 'compute',
    status: 'announced',
    sources: [],
    coParties: [],
    overlaps: [],
    ...(amount === undefined
      ? {}
      : {
          amount: {
            currency: 'USD',
            kind: 'exact',
            scope: 'total',
            ...(amount.value !== undefined && (amount.currency ?? 'USD') === 'USD'
              ? { usd: amount.value }
              : {}),
            ...amount,
          },
        }),
    ...(termYears === undefined ? {} : { termYears }),
  };
}

describe('formatUsd', () => {
  test('compact, 1–3 significant digits, no trailing .0', () => {
    expect(formatUsd(38e9)).toBe('$38B');
    expect(formatUsd(650e6)).toBe('$650M');
    expect(formatUsd(16.3e6)).toBe('$16.3M');
    expect(formatUsd(1.25e12)).toBe('$1.25T');
    expect(formatUsd(920e6)).toBe('$920M');
    expect(formatUsd(1e9)).toBe('$1B');
    expect(formatUsd(14.2e9)).toBe('$14.2B');
    expect(formatUsd(999.6e6)).toBe('$1B');
    expect(formatUsd(0)).toBe('$0');
  });

  test('never shows NaN', () => {
    expect(formatUsd(undefined)).toBe('Undisclosed');
    expect(formatUsd(Number.NaN)).toBe('Undisclosed');
    expect(formatUsd(Infinity)).toBe('Undisclosed');
  });

  test('other currencies use their Intl symbol', () => {
    expect(formatMoney(1.3e9, 'EUR')).toBe('€1.3B');
    expect(formatMoney(200e6, 'GBP')).toBe('£200M');
    expect(formatMoney(1.3e9, 'CHF')).toBe('CHF\u00a01.3B');
  });
});

describe('formatAmount', () => {
  test('exact, up to, at least, estimated', () => {
    expect(formatAmount(deal({ value: 38e9 }))).toBe('$38B');
    expect(formatAmount(deal({ value: 100e9, kind: 'upTo' }))).toBe('up to $100B');
    expect(formatAmount(deal({ value: 10e9, kind: 'atLeast' }))).toBe('more than $10B');
    expect(formatAmount(deal({ value: 2e9, kind: 'estimated' }))).toBe('~$2B');
  });

  test('rates and rounds', () => {
    expect(formatAmount(deal({ value: 3e9, scope: 'perYear' }))).toBe('$3B/yr');
    expect(formatAmount(deal({ value: 1.25e9, scope: 'perMonth' }))).toBe('$1.25B/mo');
    expect(formatAmount(deal({ value: 30e9, scope: 'round' }))).toBe('$30B round');
  });

  test('a rate with a term also gives the total over the term', () => {
    expect(formatAmount(deal({ value: 1.25e9, scope: 'perMonth' }, 3))).toBe('$1.25B/mo (~$45B over 3 yr)');
    expect(formatAmount(deal({ value: 3e9, scope: 'perYear' }, 5))).toBe('$3B/yr (~$15B over 5 yr)');
    expect(formatAmount(deal({ value: 1e9, scope: 'perYear', kind: 'upTo' }, 2))).toBe(
      'up to $1B/yr (up to $2B over 2 yr)',
    );
    expect(formatAmount(deal({ value: 150e6, scope: 'perMonth' }, 3.5))).toBe(
      '$150M/mo (~$6.3B over 3.5 yr)',
    );
  });

  test('in parts: the figure and the total over the term', () => {
    expect(formatAmountParts(deal({ value: 1.25e9, scope: 'perMonth' }, 3))).toEqual({
      figure: '$1.25B/mo',
      overTerm: '~$45B over 3 yr',
    });
    expect(formatAmountParts(deal({ value: 38e9 }, 7))).toEqual({ figure: '$38B' });
    expect(formatAmountParts(deal(undefined))).toEqual({ figure: 'Undisclosed' });
  });

  test('a total with a term is just the total (the term is shown apart)', () => {
    expect(formatAmount(deal({ value: 38e9 }, 7))).toBe('$38B');
  });

  test('non-USD amounts show the original and the dollar figure', () => {
    expect(formatAmount(deal({ value: 1.3e9, usd: 1.5e9, currency: 'EUR' }))).toBe('€1.3B ≈ $1.5B');
    expect(formatAmount(deal({ value: 1.3e9, usd: 1.5e9, currency: 'EUR', kind: 'upTo' }))).toBe(
      'up to €1.3B ≈ $1.5B',
    );
    expect(formatAmount(deal({ value: 100e6, usd: 110e6, currency: 'EUR', scope: 'perYear' }))).toBe(
      '€100M/yr ≈ $110M/yr',
    );
    expect(formatAmount(deal({ value: 1.3e9, currency: 'EUR' }))).toBe('€1.3B');
  });

  test('undisclosed', () => {
    expect(formatAmount(deal(undefined))).toBe('Undisclosed');
    expect(formatAmount(deal({ kind: 'undisclosed', text: 'not disclosed' }))).toBe('Undisclosed');
    expect(formatAmount(deal({ kind: 'exact' }))).toBe('Undisclosed');
  });
});

describe('formatHeadline', () => {
  test('the headline figure with its qualifiers', () => {
    expect(formatHeadline(headlineOf(deal({ value: 38e9 }, 7)))).toBe('$38B');
    expect(formatHeadline(headlineOf(deal({ value: 100e9, kind: 'upTo' })))).toBe('up to $100B');
    expect(formatHeadline(headlineOf(deal({ value: 10e9, kind: 'atLeast' })))).toBe('more than $10B');
    expect(formatHeadline(headlineOf(deal({ value: 2e9, kind: 'estimated' })))).toBe('~$2B');
    expect(formatHeadline(headlineOf(deal({ value: 3e9, scope: 'perYear' })))).toBe('$3B/yr');
    expect(formatHeadline(headlineOf(deal({ value: 1e9, scope: 'perMonth' })))).toBe('$12B/yr');
    expect(formatHeadline(headlineOf(deal({ value: 1.25e9, scope: 'perMonth' }, 3)))).toBe('$45B');
    expect(formatHeadline(headlineOf(deal({ value: 30e9, scope: 'round' })))).toBe('$30B round');
    expect(formatHeadline(headlineOf(deal({ kind: 'undisclosed' })))).toBe('Undisclosed');
  });
});

describe('formatTotal and totalNotes', () => {
  const base: TotalLike = {
    usd: 0,
    perYearUsd: 0,
    deals: 0,
    figures: 0,
    undisclosed: 0,
    roundsLed: 0,
    roundsLedUsd: 0,
    upTo: false,
    atLeast: false,
    estimated: false,
    perYear: false,
  };

  test('sums, rates apart, undisclosed', () => {
    expect(formatTotal({ ...base, usd: 52e9, deals: 2, figures: 2 })).toBe('$52B');
    expect(formatTotal({ ...base, usd: 52e9, deals: 3, figures: 2, perYear: true, perYearUsd: 3e9 })).toBe(
      '$52B + $3B/yr',
    );
    expect(formatTotal({ ...base, deals: 1, perYear: true, perYearUsd: 3e9 })).toBe('$3B/yr');
    expect(formatTotal({ ...base, deals: 2, undisclosed: 2 })).toBe('Undisclosed');
    expect(formatTotal({ ...base, deals: 1, roundsLed: 1, roundsLedUsd: 30e9 })).toBe('Own share not known');
  });

  test('notes say what the sum includes', () => {
    expect(
      totalNotes({
        ...base,
        usd: 110e9,
        deals: 5,
        figures: 3,
        undisclosed: 2,
        upTo: true,
        atLeast: true,
        estimated: true,
      }),
    ).toEqual(['includes “up to”, “more than” and estimated figures', '2 undisclosed']);
    expect(totalNotes({ ...base, usd: 1e9, deals: 1, figures: 1, upTo: true, estimated: true })).toEqual([
      'includes “up to” and estimated figures',
    ]);
    expect(totalNotes({ ...base, deals: 3, undisclosed: 3 })).toEqual(['all 3 undisclosed']);
    expect(totalNotes({ ...base, deals: 1, perYear: true, perYearUsd: 3e9 })).toEqual([
      'yearly rates not totalled (term unknown)',
    ]);
    expect(totalNotes({ ...base, deals: 1, roundsLed: 1, roundsLedUsd: 30e9 })).toEqual([
      'led 1 round of $30B in all (own share not known)',
    ]);
  });
});

function modelOf(file: unknown) {
  const result = validateDealMap(file);
  if (!result.ok) throw new Error('the file should load');
  return buildModel(result.value);
}

describe('the frozen 2026-11-26 edition', () => {
  const model = modelOf(frozenEdition());
  const amountOf = (id: string) => {
    const record = model.deals[model.dealIndex.get(id) ?? -1];
    if (!record) throw new Error(`no deal ${id}`);
    return formatAmount(record.deal);
  };
  const headlineOfId = (id: string) => formatHeadline(model.deals[model.dealIndex.get(id) ?? -1]!.headline);

  test('EUR deals', () => {
    expect(amountOf('asml-mistral-2025-investment')).toBe('€1.3B ≈ $1.5B');
    expect(amountOf('microsoft-mistral-2024-investment')).toBe('€15M ≈ $16.3M');
  });

  test('per-month SpaceX deals give the total over their term', () => {
    expect(amountOf('anthropic-spacex-2026-colossus')).toBe('$1.25B/mo (~$45B over 3 yr)');
    expect(amountOf('google-spacex-2026-compute')).toBe('$920M/mo (~$33.1B over 3 yr)');
    expect(amountOf('reflection-ai-spacex-2026-compute')).toBe('$150M/mo (~$6.3B over 3.5 yr)');
    expect(headlineOfId('anthropic-spacex-2026-colossus')).toBe('$45B');
  });

  test('every kind as reported', () => {
    expect(amountOf('openai-aws-2025-compute')).toBe('$38B');
    expect(amountOf('nvidia-openai-2025-loi')).toBe('up to $100B');
    expect(amountOf('meta-google-cloud-2025-compute')).toBe('more than $10B');
    expect(amountOf('microsoft-openai-2021-investment')).toBe('~$2B');
    expect(amountOf('softbank-openai-2025-japan-jv')).toBe('$3B/yr');
    expect(amountOf('apple-google-2026-gemini')).toBe('~$1B/yr');
    expect(amountOf('gic-anthropic-2026-series-g')).toBe('$30B round');
    expect(amountOf('anthropic-coreweave-2026-compute')).toBe('Undisclosed');
    expect(headlineOfId('softbank-openai-2025-japan-jv')).toBe('$3B/yr');
  });
});

test.each([
  ['the bundled data', () => JSON.parse(readFileSync('data/ai-deals.json', 'utf8')) as unknown],
  ['the frozen edition', frozenEdition],
])('no deal of %s formats to NaN, undefined or an empty string', (_name, file) => {
  for (const record of modelOf(file()).deals) {
    for (const text of [formatAmount(record.deal), formatHeadline(record.headline)]) {
      expect(text).not.toMatch(/NaN|undefined|Infinity/);
      expect(text.length).toBeGreaterThan(0);
    }
  }
});

test('a foreign-currency round names the round once', () => {
  const deal: Deal = {
    id: 'd',
    from: 'a',
    to: 'b',
    type: 'investment',
    status: 'completed',
    sources: [],
    coParties: [],
    overlaps: [],
    amount: { value: 105e6, usd: 113e6, currency: 'EUR', kind: 'exact', scope: 'round' },
  };
  expect(formatAmount(deal)).toBe('€105M round ≈ $113M');
});
