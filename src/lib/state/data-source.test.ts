import { afterEach, describe, expect, test, vi } from 'vitest';
import { BUNDLED_DATA, takePrefetched } from '../data/prefetch.ts';
import { prefetchPageData } from './data-source.ts';

const PAGE = 'https://map.example/deals/';

/** Cancels a waiting request (asking for nothing cancels what waits): one page load per call. */
const reset = () => takePrefetched('', new AbortController().signal);
afterEach(reset);

describe('the data file requested as the page starts', () => {
  const requested = (search: string, inlined = false) => {
    reset();
    const fetcher = vi.fn(() => new Promise<Response>(() => undefined));
    const kind = prefetchPageData(`${PAGE}${search}`, inlined, fetcher);
    return { kind, urls: fetcher.mock.calls.map((call) => String((call as unknown[])[0])) };
  };

  test('the bundled file, unless the page carries it', () => {
    expect(requested('')).toEqual({ kind: 'bundled', urls: [BUNDLED_DATA] });
    expect(requested(`?data=${BUNDLED_DATA}&focus=x`)).toEqual({ kind: 'bundled', urls: [BUNDLED_DATA] });
    expect(requested('', true)).toEqual({ kind: undefined, urls: [] });
  });

  test('another file as the app will request it: resolved against the page, https web addresses as parsed', () => {
    expect(requested('?data=files/market.json&view=table')).toEqual({
      kind: 'other',
      urls: ['https://map.example/deals/files/market.json'],
    });
    expect(requested('?data=https://Data.Example.org/a%20b.json')).toEqual({
      kind: 'other',
      urls: ['https://data.example.org/a%20b.json'],
    });
    expect(requested('?data=files/market.json', true).kind).toBe('other');
  });

  test('nothing the app would refuse: other schemes, private hosts, bad paths', () => {
    for (const search of [
      '?data=http://data.example.org/x.json',
      '?data=javascript:alert(1)',
      '?data=https://192.168.1.2/x.json',
      '?data=https://localhost/x.json',
      '?data=//evil.example/x.json',
      '?data=a\\b.json',
      `?data=${BUNDLED_DATA}&data=files/x.json`,
    ])
      expect(requested(search), search).toEqual({ kind: undefined, urls: [] });
  });
});
