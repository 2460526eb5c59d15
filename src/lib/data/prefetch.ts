/**
 * The data file the page will show, requested by the app itself as soon as its code starts, before the app's
 * other modules run and mount it (~50 ms on a 2-core machine) and ask for it:
 * - the bundled file, when the page shows it: no `data=` naming another file, and no copy inlined in the page
 *   (the single-file build). This replaces a `<link rel="preload">` in index.html, which downloaded the bundled
 *   file even when `data=` named another one (and the browser then warned that the preload went unused);
 * - another file that `data=` names, once it has passed the same checks as the app's own request (the caller
 *   runs them), fetched as the loader fetches it: no credentials, no referrer.
 * The loader takes the response (takePrefetched) instead of fetching the file again.
 */

/** The bundled data file, as the app requests it (relative to the page). */
export const BUNDLED_DATA = 'data/ai-deals.json';

/** How a file other than the bundled one is fetched: without the reader's cookies, and without the page's address. */
export const OTHER_FILE_FETCH: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer' };

interface Pending {
  readonly url: string;
  readonly bundled: boolean;
  readonly controller: AbortController;
  readonly response: Promise<Response>;
}

let pending: Pending | undefined;

/** Whether a page with this query string shows the bundled data (`data=` absent, or naming that file). */
export function showsBundledData(search: string): boolean {
  const requested = new URLSearchParams(search).getAll('data');
  return requested.every((value) => value === BUNDLED_DATA);
}

/** Starts the bundled data's download when the page will show it; returns whether it did. */
export function prefetchBundledData(
  search: string,
  inlined: boolean,
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): boolean {
  if (inlined || !showsBundledData(search)) return false;
  return start(BUNDLED_DATA, true, {}, fetcher);
}

/**
 * Starts the download of another data file, at `url` as the loader will request it (already checked: a path
 * of the app's own site, or an https address the reader may be sent to). Only one request is ever waiting.
 */
export function prefetchOtherData(
  url: string,
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): boolean {
  return start(url, false, OTHER_FILE_FETCH, fetcher);
}

/** Starts the one waiting request, unless one waits already. */
function start(url: string, bundled: boolean, init: RequestInit, fetcher: typeof fetch): boolean {
  if (pending) return false;
  const controller = new AbortController();
  const response = fetcher(url, { ...init, signal: controller.signal });
  // A failure is reported by the loader that takes the response; never as an unhandled rejection.
  response.catch(() => undefined);
  pending = { url, bundled, controller, response };
  return true;
}

/**
 * The prefetched response for `url` (the bundled file, or another), once: the next load fetches anew.
 * Cancelled when `signal` aborts, so a time limit or a newer load stops it like any request. A load of
 * anything else cancels the waiting request, which nothing will take any more.
 */
export function takePrefetched(
  url: string,
  signal: AbortSignal,
  bundled = true,
): Promise<Response> | undefined {
  if (!pending) return undefined;
  const { controller, response } = pending;
  const taken = pending.url === url && pending.bundled === bundled;
  pending = undefined;
  if (!taken) {
    controller.abort();
    return undefined;
  }
  if (signal.aborted) controller.abort();
  else signal.addEventListener('abort', () => controller.abort(), { once: true });
  return response;
}
