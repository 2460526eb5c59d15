/**
 * The bundled data file, requested by the app itself as soon as its code starts — and only when the page will
 * show it: no `data=` naming another file, and no copy inlined in the page (the single-file build). This
 * replaces a `<link rel="preload">` in index.html, which downloaded the bundled file even when `data=` named
 * another one (and the browser then warned that the preload went unused). The loader takes the response
 * (takePrefetched) instead of fetching the file again.
 */

/** The bundled data file, as the app requests it (relative to the page). */
export const BUNDLED_DATA = 'data/ai-deals.json';

interface Pending {
  readonly url: string;
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
  if (inlined || !showsBundledData(search) || pending) return false;
  const controller = new AbortController();
  const response = fetcher(BUNDLED_DATA, { signal: controller.signal });
  // A failure is reported by the loader that takes the response; never as an unhandled rejection.
  response.catch(() => undefined);
  pending = { url: BUNDLED_DATA, controller, response };
  return true;
}

/**
 * The prefetched response for `url`, once (the next load fetches anew); cancelled when `signal` aborts, so a
 * time limit or a newer load stops it like any request.
 */
export function takePrefetched(url: string, signal: AbortSignal): Promise<Response> | undefined {
  if (!pending || pending.url !== url) return undefined;
  const { controller, response } = pending;
  pending = undefined;
  if (signal.aborted) controller.abort();
  else signal.addEventListener('abort', () => controller.abort(), { once: true });
  return response;
}
