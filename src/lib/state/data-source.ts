import { BUNDLED_DATA, prefetchBundledData, prefetchOtherData } from '../data/prefetch.ts';
import { checkDataSource } from '../data/remote-source.ts';
import { parseViewParams } from './url.ts';

/** How a data source is named to readers: the file name for a path, the host for a web address. */
export function dataSourceLabel(source: string): string {
  if (/^https:/i.test(source)) {
    try {
      return new URL(source).host;
    } catch {
      return source;
    }
  }
  const path = source.split(/[?#]/)[0] ?? source;
  return path.split('/').filter(Boolean).pop() ?? path;
}

/**
 * Requests the data file a page at `href` will show, as its code starts (prefetch.ts): the bundled file, or
 * the file `data=` names once it passes the checks the app's own request goes through (url.ts, then
 * remote-source.ts); nothing for an address the app will refuse. Returns which was requested.
 */
export function prefetchPageData(
  href: string,
  inlined: boolean,
  fetcher?: typeof fetch,
): 'bundled' | 'other' | undefined {
  const { search } = new URL(href);
  if (prefetchBundledData(search, inlined, fetcher)) return 'bundled';
  const requested = parseViewParams(search).params.data;
  if (requested === undefined || requested === BUNDLED_DATA) return undefined;
  const check = checkDataSource(requested, href);
  return check.ok && prefetchOtherData(check.url, fetcher) ? 'other' : undefined;
}
