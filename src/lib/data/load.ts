/**
 * Fetches a data file and runs it through the validator. The only network read of data; never throws — a
 * failed request becomes an `error` issue naming the file. Other sites' files are fetched without
 * credentials or referrer; the download is capped in bytes while it streams and given a time limit.
 */
import type { Issue } from './issues.ts';
import { parseDealMapText, MAX_FILE_BYTES } from './parse.ts';
import { OTHER_FILE_FETCH, takePrefetched } from './prefetch.ts';
import { readCapped } from './read-capped.ts';
import type { ValidationResult } from './validate.ts';

export const LOAD_TIMEOUT_MS = 15_000;

export interface LoadOptions {
  readonly signal?: AbortSignal;
  /**
   * The app's own bundled file, fetched with same-origin credentials; any other source is fetched without
   * credentials or referrer. Either way the response the app requested as it started (prefetch.ts) is taken
   * when it was for this file, fetched the same way.
   */
  readonly bundled?: boolean;
  readonly timeoutMs?: number;
  /** Turns the downloaded text into a result (default: the native JSON format). */
  readonly parse?: (text: string, label: string) => ValidationResult | Promise<ValidationResult>;
}

export async function loadDealMap(
  url: string,
  label: string,
  options: LoadOptions = {},
): Promise<ValidationResult> {
  const fail = (message: string): ValidationResult => {
    const issue: Issue = { path: '', severity: 'error', message, file: label };
    return { ok: false, issues: [issue] };
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? LOAD_TIMEOUT_MS);
  options.signal?.addEventListener('abort', () => controller.abort());
  const { signal } = controller;
  try {
    let response: Response;
    try {
      response = await (takePrefetched(url, signal, options.bundled ?? false) ??
        fetch(url, options.bundled ? { signal } : { ...OTHER_FILE_FETCH, signal }));
    } catch {
      if (options.signal?.aborted) return fail(`Loading ${label} was cancelled.`);
      if (signal.aborted)
        return fail(
          `Could not download ${label}: ${hostOf(url)} did not answer within ${(options.timeoutMs ?? LOAD_TIMEOUT_MS) / 1000} s.`,
        );
      return fail(
        `Could not download ${label}: the network request failed (offline, or the server does not allow it).`,
      );
    }
    if (!response.ok) return fail(`Could not download ${label}: the server answered ${response.status}.`);
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > MAX_FILE_BYTES) return fail(tooLarge(label, length));
    const text = await readBody(response, MAX_FILE_BYTES);
    if (text === 'too-large') return fail(tooLarge(label));
    if (text === undefined && signal.aborted && !options.signal?.aborted)
      return fail(
        `Could not download ${label}: ${hostOf(url)} stopped sending within ${(options.timeoutMs ?? LOAD_TIMEOUT_MS) / 1000} s.`,
      );
    if (text === undefined) return fail(`Could not read ${label}: the download was interrupted.`);
    return await (options.parse ?? parseDealMapText)(text, label);
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(label: string, bytes?: number): string {
  const limit = `${MAX_FILE_BYTES / 1024 / 1024} MB`;
  return bytes === undefined
    ? `${label} is larger than the ${limit} limit (the download was stopped at ${limit}).`
    : `${label} is ${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB, larger than the ${limit} limit.`;
}

/** The host a URL names, for messages ("example.org"); the URL itself when it does not parse. */
function hostOf(url: string): string {
  try {
    return new URL(url, 'http://localhost/').host;
  } catch {
    return url.slice(0, 80);
  }
}

/** The body as UTF-8 text, stopping past `cap`; undefined when the download broke off. */
async function readBody(response: Response, cap: number): Promise<string | 'too-large' | undefined> {
  try {
    return response.body ? await readCapped(response.body, cap) : await response.text();
  } catch {
    return undefined;
  }
}
