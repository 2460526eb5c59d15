import type { Deal } from './format.ts';
import { sourcesOf } from './sources.ts';
import frozen from '../../../data/v/2026-11-26.json';

/**
 * The published 2026-11-26 edition (`data/v/2026-11-26.json`): a real map of 53 companies and 126 deals that
 * never changes (tests/unit/data-versions.test.ts pins its SHA-256, and embeds pinned to it must draw as they
 * did). Code tests that assert figures, names or counts of a realistic map read this copy, never
 * `data/ai-deals.json`, so correcting or extending the bundled data never breaks a code test.
 */
export const FROZEN_EDITION = { path: 'data/v/2026-11-26.json', version: '2026-11-26' } as const;

/** A deep copy of the frozen edition (see `FROZEN_EDITION`), free to be changed by the test. */
export function frozenEdition(): LooseFile {
  return structuredClone(frozen) as LooseFile;
}

/** Small valid files for tests: build on `minimalFile()` and break one thing at a time. */
export function minimalFile(): Record<string, unknown> {
  return {
    format: 'ai-deal-map/1',
    meta: { title: 'Test map', updated: '2026-11-26', version: '2026-11-26', license: 'CC-BY-4.0' },
    companies: [
      { id: 'openai', name: 'OpenAI', category: 'ai-lab', aliases: ['ChatGPT maker'] },
      { id: 'amazon', name: 'Amazon', category: 'hyperscaler' },
      { id: 'aws', name: 'AWS', category: 'hyperscaler', parent: 'amazon', aliases: ['Amazon Web Services'] },
      {
        id: 'microsoft',
        name: 'Microsoft',
        category: 'hyperscaler',
        aliases: ['Azure'],
        url: 'https://www.microsoft.com',
      },
    ],
    deals: [
      {
        id: 'openai-aws-2025-compute',
        from: 'openai',
        to: 'aws',
        type: 'compute',
        date: '2025-11-03',
        amount: { value: 38e9, currency: 'USD', kind: 'exact', scope: 'total', text: '$38 billion' },
        termYears: 7,
        status: 'announced',
        confidence: 'high',
        summary: 'OpenAI will run workloads on AWS.',
        sources: [{ url: 'https://example.com/openai-aws', publisher: 'Example News', date: '2025-11-03' }],
      },
      {
        id: 'microsoft-openai-2019-investment',
        from: 'microsoft',
        to: 'openai',
        type: 'investment',
        date: '2019-07',
        status: 'completed',
        sources: [{ url: 'https://example.com/msft' }],
      },
    ],
  };
}

/** A file as tests see it: any path may be poked at. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break files in arbitrary places
export type LooseFile = Record<string, any>;

/** A deep copy with one change applied: `patched(f => { f.deals[0].to = 'x' })`. */
export function patched(change: (file: LooseFile) => void): Record<string, unknown> {
  const file = structuredClone(minimalFile());
  change(file);
  return file;
}

/**
 * What the deals CSV carries of a deal (source titles, archive links and notes, and co-party ids, are not in it):
 * the fields a CSV round trip must give back unchanged.
 */
export function csvCarried(d: Deal) {
  return {
    id: d.id,
    from: d.from,
    to: d.to,
    type: d.type,
    date: d.date,
    endDate: d.endDate,
    status: d.status,
    confidence: d.confidence,
    amount: d.amount && {
      value: d.amount.value,
      currency: d.amount.currency,
      usd: d.amount.usd,
      kind: d.amount.kind,
      scope: d.amount.scope,
      text: d.amount.text,
    },
    termYears: d.termYears,
    capacityGw: d.capacityGw,
    summary: d.summary,
    notes: d.notes,
    coParties: (d.coParties ?? []).map((p) =>
      p.role === undefined ? { name: p.name } : { name: p.name, role: p.role },
    ),
    overlaps: [...(d.overlaps ?? [])],
    supersededBy: d.supersededBy,
    secondary: d.secondary,
    sources: sourcesOf(d).map((s) => ({ url: s.url, publisher: s.publisher, date: s.date })),
    attributes: d.attributes && { ...d.attributes },
  };
}
