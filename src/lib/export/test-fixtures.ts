/** A view of a data file for the exporters' tests: model, visibility, positions and filters. */
import { validateDealMap } from '../data/validate.ts';
import { applyFilters } from '../filters/apply.ts';
import { NO_FILTERS, type FilterState, type Visibility } from '../filters/types.ts';
import { buildModel, type GraphModel } from '../graph/model.ts';
import { positionsFromMap } from '../layout/positions.ts';

export interface TestView {
  readonly model: GraphModel;
  readonly visibility: Visibility;
  readonly positions: Float64Array;
  readonly params: FilterState;
}

/** Loads `file` (it must load) and applies `filters`; companies without a frozen position go on a circle. */
export function viewOf(file: unknown, filters: Partial<FilterState> = {}): TestView {
  const result = validateDealMap(file);
  if (!result.ok) throw new Error(`fixture should load: ${result.issues.map((i) => i.message).join('; ')}`);
  const model = buildModel(result.value);
  const params = { ...NO_FILTERS, ...filters };
  const positions = positionsFromMap(model, model.map.layout);
  const n = model.companies.length;
  for (let i = 0; i < n; i++) {
    if (Number.isFinite(positions[2 * i])) continue;
    positions[2 * i] = Math.round(300 * Math.cos((2 * Math.PI * i) / n));
    positions[2 * i + 1] = Math.round(300 * Math.sin((2 * Math.PI * i) / n));
  }
  return { model, visibility: applyFilters(model, params), positions, params };
}

/** A small file full of awkward text: markup, quotes, separators, formulas, control characters. */
export function hostileFile(): Record<string, unknown> {
  return {
    format: 'ai-deal-map/1',
    meta: {
      title: 'Hostile <map> & "co"',
      updated: '2026-11-26',
      version: '2026-11-26',
      license: 'CC-BY-4.0',
    },
    companies: [
      { id: 'openai', name: `Open<AI> & "Co" 'x'\u0001\u000B`, category: 'ai-lab', country: 'US' },
      { id: 'aws', name: '=AWS; (cloud) | x', category: 'hyperscaler', parent: 'amazon' },
      { id: 'amazon', name: 'Amazon', category: 'hyperscaler' },
      { id: 'hidden-co', name: 'Hidden Company', category: 'investor' },
    ],
    deals: [
      {
        id: 'openai-aws-2025-compute',
        from: 'openai',
        to: 'aws',
        type: 'compute',
        date: '2025-11-03',
        endDate: '2032',
        amount: { value: 38e9, currency: 'USD', kind: 'upTo', scope: 'total', text: '-$38 "billion", maybe' },
        termYears: 7,
        capacityGw: 0.75,
        status: 'reported',
        confidence: 'low',
        summary: 'Line one, with "quotes"\nline two; =not a formula\r\nline three',
        notes: '=HYPERLINK("https://evil.example","click")',
        coParties: [
          { name: 'Amazon', id: 'amazon', role: 'parent (owner)' },
          { name: 'Hidden Company', id: 'hidden-co' },
          { name: 'Semi;colon (Ltd)', role: 'a|b \\ c' },
        ],
        overlaps: ['amazon-openai-2025-investment', 'hidden-co-openai-2024-investment'],
        supersededBy: 'hidden-co-openai-2024-investment',
        sources: [
          { url: 'https://example.com/a|b?x=1,2', publisher: 'Site | Reuters', date: '2025-11-03' },
          { url: 'https://example.org/2', title: 'No publisher' },
          { url: 'https://example.net/3', publisher: '@handle' },
        ],
      },
      {
        id: 'amazon-openai-2025-investment',
        from: 'amazon',
        to: 'openai',
        type: 'investment',
        date: '2025-12',
        amount: { value: 1.3e9, currency: 'EUR', usd: 1.5e9, kind: 'estimated', scope: 'round' },
        status: 'announced',
        overlaps: ['openai-aws-2025-compute'],
        sources: [{ url: 'https://example.com/amazon' }],
      },
      {
        id: 'hidden-co-openai-2024-investment',
        from: 'hidden-co',
        to: 'openai',
        type: 'investment',
        date: '2024',
        amount: { kind: 'undisclosed' },
        status: 'completed',
        secondary: true,
        sources: [{ url: 'https://example.com/hidden' }],
      },
    ],
    layout: { openai: [0, 0], aws: [120.5, -40.25], amazon: [-100, 80], 'hidden-co': [50, 150] },
  };
}
