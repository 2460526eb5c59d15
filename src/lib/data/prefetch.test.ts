import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadDealMap } from './load.ts';
import {
  BUNDLED_DATA,
  prefetchBundledData,
  prefetchOtherData,
  showsBundledData,
  takePrefetched,
} from './prefetch.ts';

afterEach(() => {
  // Leave no prefetched response behind for the next test.
  takePrefetched(BUNDLED_DATA, new AbortController().signal);
  vi.unstubAllGlobals();
});

describe('prefetching the bundled data', () => {
  test.each([
    ['', true],
    ['?focus=openai&asof=2025-01-01', true],
    [`?data=${BUNDLED_DATA}`, true],
    ['?data=https://example.org/other.json', false],
    ['?data=files/market.json&focus=x', false],
    [`?data=${BUNDLED_DATA}&data=files/x.json`, false],
  ])('%j shows the bundled data: %s', (search, expected) => {
    expect(showsBundledData(search)).toBe(expected);
  });

  test('only when the page will show it, and not in the single-file build', () => {
    const fetcher = vi.fn(() => Promise.resolve(new Response('{}')));
    expect(prefetchBundledData('?data=https://example.org/x.json', false, fetcher)).toBe(false);
    expect(prefetchBundledData('', true, fetcher)).toBe(false);
    expect(fetcher).not.toHaveBeenCalled();
    expect(prefetchBundledData('?story=x', false, fetcher)).toBe(true);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher.mock.calls[0]).toEqual([
      BUNDLED_DATA,
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    ]);
  });

  test('the loader takes the prefetched response once, instead of fetching the file again', async () => {
    const body = JSON.stringify({
      format: 'ai-deal-map/1',
      companies: [{ id: 'a', name: 'A', category: 'other' }],
      deals: [],
    });
    const early = vi.fn(() => Promise.resolve(new Response(body)));
    const later = vi.fn(() => Promise.resolve(new Response(body)));
    vi.stubGlobal('fetch', later);
    prefetchBundledData('', false, early);
    expect((await loadDealMap(BUNDLED_DATA, 'ai-deals.json', { bundled: true })).ok).toBe(true);
    expect(later).not.toHaveBeenCalled();
    // A second load (the reader reopens the bundled map) fetches anew.
    expect((await loadDealMap(BUNDLED_DATA, 'ai-deals.json', { bundled: true })).ok).toBe(true);
    expect(later).toHaveBeenCalledTimes(1);
    expect(early).toHaveBeenCalledTimes(1);
  });

  test('cancelling the load cancels the prefetched request', () => {
    let signal: AbortSignal | undefined;
    prefetchBundledData('', false, (_input, init) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    });
    const controller = new AbortController();
    expect(takePrefetched(BUNDLED_DATA, controller.signal)).toBeDefined();
    expect(signal?.aborted).toBe(false);
    controller.abort();
    expect(signal?.aborted).toBe(true);
    expect(takePrefetched(BUNDLED_DATA, controller.signal)).toBeUndefined();
  });
});

describe('prefetching another file', () => {
  const OTHER = 'https://data.example.org/market.json';
  const body = JSON.stringify({
    format: 'ai-deal-map/1',
    companies: [{ id: 'a', name: 'A', category: 'other' }],
    deals: [],
  });

  test('is fetched as the loader fetches it: no credentials, no referrer', () => {
    const fetcher = vi.fn(() => Promise.resolve(new Response(body)));
    expect(prefetchOtherData(OTHER, fetcher)).toBe(true);
    expect(fetcher.mock.calls[0]).toEqual([
      OTHER,
      { credentials: 'omit', referrerPolicy: 'no-referrer', signal: expect.any(AbortSignal) },
    ]);
    // One request waits at a time.
    expect(prefetchOtherData('files/b.json', fetcher)).toBe(false);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  test('the loader takes it for that file, once', async () => {
    const early = vi.fn(() => Promise.resolve(new Response(body)));
    const later = vi.fn(() => Promise.resolve(new Response(body)));
    vi.stubGlobal('fetch', later);
    prefetchOtherData(OTHER, early);
    expect((await loadDealMap(OTHER, 'market.json')).ok).toBe(true);
    expect(later).not.toHaveBeenCalled();
    expect((await loadDealMap(OTHER, 'market.json')).ok).toBe(true);
    expect(later).toHaveBeenCalledTimes(1);
  });

  test('a load of another file, or of the bundled file at that address, cancels it and fetches its own', async () => {
    const signals: AbortSignal[] = [];
    const early = vi.fn((_input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return new Promise<Response>(() => undefined);
    });
    const later = vi.fn(() => Promise.resolve(new Response(body)));
    vi.stubGlobal('fetch', later);
    prefetchOtherData(OTHER, early);
    expect((await loadDealMap('files/other.json', 'other.json')).ok).toBe(true);
    expect(signals[0]?.aborted).toBe(true);
    expect(later).toHaveBeenCalledTimes(1);
    prefetchOtherData(BUNDLED_DATA, early);
    expect((await loadDealMap(BUNDLED_DATA, 'ai-deals.json', { bundled: true })).ok).toBe(true);
    expect(signals[1]?.aborted).toBe(true);
    expect(later).toHaveBeenCalledTimes(2);
  });
});
