import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Deal } from '../data/format.ts';
import { frozenEdition } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS, type FilterState } from '../filters/types.ts';
import { buildModel } from '../graph/model.ts';
import { dealsJson } from './deals-json.ts';
import { hostileFile, viewOf, type TestView } from './test-fixtures.ts';
import { visibleRecords } from './visible.ts';

const bundled: unknown = JSON.parse(
  readFileSync(new URL('../../../data/ai-deals.json', import.meta.url), 'utf8'),
);
const edition = frozenEdition();

/** The deal as it should come back: references to what was not exported dropped. */
function expected(deal: Deal, deals: ReadonlySet<string>, companies: ReadonlySet<string>): Deal {
  const { supersededBy, coParties = [], overlaps = [], ...rest } = deal;
  const kept = overlaps.filter((id) => deals.has(id));
  return {
    ...rest,
    ...(coParties.length > 0
      ? {
          coParties: coParties.map((p) => {
            if (p.id === undefined || companies.has(p.id)) return p;
            const { id: _dropped, ...named } = p;
            return named;
          }),
        }
      : {}),
    ...(kept.length > 0 ? { overlaps: kept } : {}),
    ...(supersededBy !== undefined && deals.has(supersededBy) ? { supersededBy } : {}),
  };
}

function roundTrip(view: TestView) {
  const text = dealsJson(view.model, view.visibility, { positions: view.positions, description: 'a view' });
  const result = validateDealMap(JSON.parse(text));
  expect(result.issues.map((i) => `${i.severity} ${i.path}: ${i.message}`)).toEqual([]);
  if (!result.ok) throw new Error('the export should load');
  return { text, map: result.value };
}

const VIEWS: [string, Partial<FilterState>][] = [
  ['every deal', {}],
  ['OpenAI focus', { focus: ['openai'] }],
  ['OpenAI focus, 2 steps, money out', { focus: ['openai'], depth: 2, dir: 'out' }],
  ['compute deals from 2025', { types: ['compute'], from: '2025' }],
  ['labs and neoclouds (units without their parent)', { categories: ['ai-lab', 'neocloud', 'hyperscaler'] }],
  ['as of 2023', { asof: '2023-12-31' }],
];

/** The export of `view` loads with no problem and holds exactly its visible deals and companies. */
function expectExact(view: TestView): void {
  const { map } = roundTrip(view);
  const records = visibleRecords(view.model, view.visibility);
  const dealIds = new Set(records.map((r) => r.deal.id));
  const companyIds = new Set(
    view.model.companies.filter((_c, i) => view.visibility.companies[i]).map((c) => c.id),
  );

  expect(map.deals.map((d) => d.id).toSorted()).toEqual([...dealIds].toSorted());
  const byId = new Map(map.deals.map((d) => [d.id, d]));
  for (const record of records) {
    expect(byId.get(record.deal.id)).toEqual(expected(record.deal, dealIds, companyIds));
  }
  expect(map.companies.map((c) => c.id).toSorted()).toEqual([...companyIds].toSorted());
  for (const company of map.companies) {
    const original = view.model.companies[view.model.companyIndex.get(company.id) ?? -1];
    const { parent, ...rest } = original ?? company;
    expect(company).toEqual({
      ...rest,
      ...(parent !== undefined && companyIds.has(parent) ? { parent } : {}),
    });
  }
  // Only what is used, with the file's own definitions.
  expect(map.categories.map((c) => c.id).toSorted()).toEqual(
    [...new Set(map.companies.map((c) => c.category))].toSorted(),
  );
  expect(map.dealTypes.map((t) => t.id).toSorted()).toEqual(
    [...new Set(map.deals.map((d) => d.type))].toSorted(),
  );
  for (const c of map.categories) expect(c).toEqual(view.model.categories.get(c.id));
  for (const t of map.dealTypes) expect(t).toEqual(view.model.dealTypes.get(t.id));

  // Every deal of the export is visible when it is opened with no filter.
  const reopened = buildModel(map);
  expect(applyFilters(reopened, NO_FILTERS).visibleDeals).toHaveLength(records.length);
}

describe('deals JSON', () => {
  test.each(VIEWS)('loads with no problem and keeps the visible deals exactly: %s', (_name, filters) => {
    expectExact(viewOf(edition, filters));
  });

  test('every deal of the bundled data comes back exactly', () => {
    expectExact(viewOf(bundled));
  });

  test('meta names the export and keeps the edition and licence', () => {
    const view = viewOf(edition, { focus: ['openai'] });
    const { map } = roundTrip(view);
    expect(map.meta).toEqual({
      title: 'AI Deal Map (export)',
      description: 'a view',
      updated: '2026-11-26',
      version: '2026-11-26',
      license: 'CC-BY-4.0',
    });
  });

  test('the current positions become a frozen layout of every exported company', () => {
    const view = viewOf(edition, { focus: ['openai'] });
    const { map } = roundTrip(view);
    expect(map.layout.size).toBe(map.companies.length);
    for (const company of map.companies) {
      const i = view.model.companyIndex.get(company.id) ?? -1;
      expect(map.layout.get(company.id)?.x).toBeCloseTo(view.positions[2 * i] ?? NaN, 2);
      expect(map.layout.get(company.id)?.y).toBeCloseTo(view.positions[2 * i + 1] ?? NaN, 2);
    }
  });

  test('references to what is not exported are dropped, and hostile text is kept as text', () => {
    const view = viewOf(hostileFile(), { categories: ['ai-lab', 'hyperscaler'] });
    const { map, text } = roundTrip(view);
    const deal = map.deals.find((d) => d.id === 'openai-aws-2025-compute');
    expect(deal?.overlaps).toEqual(['amazon-openai-2025-investment']);
    expect(deal?.supersededBy).toBeUndefined();
    expect(deal?.coParties).toEqual([
      { name: 'Amazon', id: 'amazon', role: 'parent (owner)' },
      { name: 'Hidden Company' },
      { name: 'Semi;colon (Ltd)', role: 'a|b \\ c' },
    ]);
    expect(map.companies.find((c) => c.id === 'aws')?.parent).toBe('amazon');
    expect(map.companies.find((c) => c.id === 'openai')?.name).toBe(`Open<AI> & "Co" 'x'\u0001\u000B`);
    expect(text).not.toContain('hidden-co"');
    expect(map.meta.title).toBe('Hostile <map> & "co" (export)');
  });

  test('a unit whose parent is not exported loses the parent link only', () => {
    const view = viewOf(hostileFile(), { focus: ['aws'] });
    const { map } = roundTrip(view);
    expect(map.companies.map((c) => c.id).toSorted()).toEqual(['aws', 'openai']);
    expect(map.companies.find((c) => c.id === 'aws')?.parent).toBeUndefined();
  });

  test('an empty view is still a file that loads (the focused company alone)', () => {
    const view = viewOf(edition, { focus: ['openai'], types: [] });
    const { map } = roundTrip(view);
    expect(map.deals).toEqual([]);
    expect(map.companies.map((c) => c.id)).toEqual(['openai']);
  });
});
