import { describe, expect, test } from 'vitest';
import { endOf } from '../data/dates.ts';
import { validateDealMap } from '../data/validate.ts';
import { patched } from '../data/test-fixtures.ts';
import type { LooseFile } from '../data/test-fixtures.ts';
import { headlineOf } from './headline.ts';
import { buildModel } from './model.ts';
import { NONE } from '../data/compact.ts';
import { DEFAULT_CATEGORIES, DEFAULT_DEAL_TYPES } from '../data/defaults.ts';
import { FORMAT_ID, type Deal } from '../data/format.ts';
import { MAX_COMPANIES } from '../data/validate.ts';
import { dealsOf } from './company-deals.ts';

function model(change: (f: LooseFile) => void = () => {}) {
  const result = validateDealMap(patched(change));
  if (!result.ok) throw new Error('fixture should load');
  return buildModel(result.value);
}

describe('buildModel', () => {
  test('companies in id order, deals in date order, former ids resolve', () => {
    const m = model((f) => (f.companies[0].formerIds = ['open-ai']));
    expect(m.companies.map((c) => c.id)).toEqual(['amazon', 'aws', 'microsoft', 'openai']);
    expect(m.deals.map((d) => d.deal.id)).toEqual([
      'microsoft-openai-2019-investment',
      'openai-aws-2025-compute',
    ]);
    expect(m.companyIndex.get('open-ai')).toBe(m.companyIndex.get('openai'));
    expect(dealsOf(m, m.companyIndex.get('openai') as number)).toEqual([0, 1]);
  });

  test('deals of one figure share a headline; a deal with a term has its own, totalled over it', () => {
    const m = model((f) => {
      const figure = { value: 1e9, currency: 'USD', kind: 'exact', scope: 'perYear' };
      f.deals[0].amount = { ...figure };
      f.deals.push({ ...f.deals[1], id: 'same-figure', amount: { ...figure } });
      f.deals.push({ ...f.deals[1], id: 'same-no-term', amount: { ...figure } });
    });
    const of = (id: string) => m.deals.find((d) => d.deal.id === id)?.headline;
    // openai-aws-2025-compute has a 7-year term: its headline is the total.
    expect(of('openai-aws-2025-compute')).toEqual({ kind: 'exact', round: false, usd: 7e9, perYear: false });
    expect(of('same-figure')).toEqual({ kind: 'exact', round: false, usd: 1e9, perYear: true });
    expect(of('same-figure')).toBe(of('same-no-term'));
  });

  test('partial dates start on their first day and end on their last', () => {
    const m = model();
    const d = m.deals[0];
    expect(d?.start).toBe(Date.UTC(2019, 6, 1));
    expect(endOf(d?.deal.date)).toBe(Date.UTC(2019, 7, 1) - 1);
  });

  test('volume: undisclosed deals add no dollars; rounds count for the investee only', () => {
    const m = model((f) => {
      f.deals[1].amount = { value: 1e9, scope: 'round' };
    });
    const at = (id: string) => m.volume[m.companyIndex.get(id) as number];
    expect(at('openai')).toBe(38e9 + 1e9);
    expect(at('microsoft')).toBe(0);
    expect(at('aws')).toBe(38e9);
    expect(at('amazon')).toBe(0);
  });

  test('terminated, superseded and overlapping figures are not added twice', () => {
    const m = model((f) => {
      f.deals.push({
        id: 'openai-aws-2026-expansion',
        from: 'openai',
        to: 'aws',
        type: 'compute',
        date: '2026-02',
        status: 'announced',
        amount: { value: 100e9 },
        overlaps: ['openai-aws-2025-compute'],
        sources: [{ url: 'https://example.com/x' }],
      });
      f.deals[1].amount = { value: 5e9 };
      f.deals[1].status = 'terminated';
    });
    const at = (id: string) => m.volume[m.companyIndex.get(id) as number];
    expect(at('aws')).toBe(100e9);
    expect(at('microsoft')).toBe(0);
    expect(
      m.deals
        .filter((d) => d.excludedFromTotals)
        .map((d) => d.deal.id)
        .sort(),
    ).toEqual(['microsoft-openai-2019-investment', 'openai-aws-2025-compute']);
  });

  test('reported or low-confidence deals are unconfirmed', () => {
    const m = model((f) => {
      f.deals[0].status = 'reported';
      f.deals[1].confidence = 'low';
    });
    expect(m.deals.map((d) => d.unconfirmed)).toEqual([true, true]);
  });

  test('each record says whether it is unconfirmed and why it is not counted, the two apart', () => {
    const m = model((f) => {
      const base = f.deals[1];
      f.deals.push(
        { ...base, id: 'ended', status: 'terminated' },
        { ...base, id: 'old', status: 'reported', supersededBy: 'new' },
        { ...base, id: 'new', date: '2020-01' },
        { ...base, id: 'small', date: '2020-02', overlaps: ['big'], amount: { value: 1e9 } },
        { ...base, id: 'big', date: '2020-02', overlaps: ['small'], amount: { value: 2e9 } },
      );
    });
    const of = (id: string) => {
      const d = m.deals.find((r) => r.deal.id === id);
      return d && [d.unconfirmed, d.excludedFromTotals, d.excludedReason];
    };
    expect(of('microsoft-openai-2019-investment')).toEqual([false, false, undefined]);
    expect(of('ended')).toEqual([false, true, 'terminated']);
    expect(of('old')).toEqual([true, true, 'superseded']);
    expect(of('new')).toEqual([false, false, undefined]);
    expect(of('small')).toEqual([false, true, 'overlap']);
    expect(of('big')).toEqual([false, false, undefined]);
  });

  test('each record joins the companies its deal names, up to the most companies a file may have', () => {
    const companies = Array.from({ length: MAX_COMPANIES }, (_, i) => ({
      id: `c${String(i).padStart(5, '0')}`,
      name: `Company ${i}`,
      category: 'other',
    }));
    const deal = (id: string, from: number, to: number): Deal => ({
      id,
      from: companies[from]?.id ?? '',
      to: companies[to]?.id ?? '',
      type: 'investment',
      date: '2024-01',
      status: 'completed',
      sources: NONE,
    });
    const last = MAX_COMPANIES - 1;
    const m = buildModel({
      format: FORMAT_ID,
      meta: { title: 'Many companies' },
      categories: DEFAULT_CATEGORIES,
      dealTypes: DEFAULT_DEAL_TYPES,
      companies,
      deals: [
        deal('a', last, 0),
        deal('b', 0, last),
        deal('c', 12_345, last - 1),
        deal('d', last, 1),
        // Not a company of the map (the validator lets none through): -1, as an index not found.
        { ...deal('e', 0, 1), from: 'nobody' },
      ],
      layout: new Map(),
      stories: [],
      events: [],
    });
    expect(m.deals.map((d) => [d.deal.id, d.from, d.to])).toEqual([
      ['a', last, 0],
      ['b', 0, last],
      ['c', 12_345, last - 1],
      ['d', last, 1],
      ['e', -1, 1],
    ]);
    expect(m.dealCount[last]).toBe(3);
  });

  test('each record starts at its date and ends at its end date, if it has one', () => {
    const m = model((f) => {
      const base = f.deals[1];
      f.deals.push(
        {
          ...base,
          id: 'ran',
          date: '2020-01',
          endDate: '2023-06-15',
          status: 'reported',
          supersededBy: 'later',
        },
        { ...base, id: 'later', date: '2021-03', endDate: '2024' },
      );
    });
    const of = (id: string) => {
      const d = m.deals.find((r) => r.deal.id === id);
      return d && [d.start, d.end, d.unconfirmed, d.excludedReason, d.index];
    };
    expect(of('microsoft-openai-2019-investment')).toEqual([
      Date.UTC(2019, 6, 1),
      undefined,
      false,
      undefined,
      0,
    ]);
    expect(of('ran')).toEqual([Date.UTC(2020, 0, 1), Date.UTC(2023, 5, 15), true, 'superseded', 1]);
    expect(of('later')).toEqual([Date.UTC(2021, 2, 1), Date.UTC(2024, 0, 1), false, undefined, 2]);
  });
});

describe('headlineOf', () => {
  const deal = (amount: LooseFile, termYears?: number) =>
    headlineOf({
      id: 'd',
      from: 'a',
      to: 'b',
      type: 'compute',
      status: 'announced',
      sources: [],
      coParties: [],
      overlaps: [],
      amount: { currency: 'USD', kind: 'exact', scope: 'total', ...amount },
      ...(termYears === undefined ? {} : { termYears }),
    });

  test('per-year figures: times the term when known, else flagged /yr', () => {
    expect(deal({ usd: 3e9, scope: 'perYear' }, 5)).toMatchObject({ usd: 15e9, perYear: false });
    expect(deal({ usd: 3e9, scope: 'perYear' })).toMatchObject({ usd: 3e9, perYear: true });
    expect(deal({ usd: 1e9, scope: 'perMonth' }, 3)).toMatchObject({ usd: 36e9, perYear: false });
    expect(deal({ usd: 1e9, scope: 'perMonth' })).toMatchObject({ usd: 12e9, perYear: true });
  });

  test('up-to and at-least figures count at their figure, flagged', () => {
    expect(deal({ usd: 100e9, kind: 'upTo' })).toMatchObject({ usd: 100e9, kind: 'upTo' });
    expect(deal({ usd: 10e9, kind: 'atLeast' })).toMatchObject({ usd: 10e9, kind: 'atLeast' });
  });

  test('undisclosed: no dollars', () => {
    expect(deal({ kind: 'undisclosed' })).toEqual({
      usd: undefined,
      kind: 'undisclosed',
      perYear: false,
      round: false,
    });
    // One headline object for every deal without a figure, not one each.
    expect(deal({ kind: 'undisclosed' })).toBe(deal({ kind: 'exact', usd: undefined }));
  });
});

describe('the deal index by id', () => {
  test('is read through a getter that builds it once, and answers like a map', () => {
    const m = model();
    // A stored map would be built with every model, used or not.
    expect(Object.getOwnPropertyDescriptor(m, 'dealIndex')?.get).toBeTypeOf('function');
    expect(m.dealIndex).toBe(m.dealIndex);
    expect(m.dealIndex.get('openai-aws-2025-compute')).toBe(1);
    expect(m.dealIndex.has('nope')).toBe(false);
    expect([...m.dealIndex.keys()]).toEqual(['microsoft-openai-2019-investment', 'openai-aws-2025-compute']);
  });
});
