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

/** A deep copy with one change applied: `patch(f => { f.deals[0].to = 'x' })`. */
/** A file as tests see it: any path may be poked at. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break files in arbitrary places
export type LooseFile = Record<string, any>;

export function patched(change: (file: LooseFile) => void): Record<string, unknown> {
  const file = structuredClone(minimalFile());
  change(file);
  return file;
}
