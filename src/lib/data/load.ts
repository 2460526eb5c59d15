/**
 * Fetches a data file and runs it through the validator. The only network read of data; never throws —
 * a failed request becomes an `error` issue naming the file.
 */
import type { Issue } from './issues.ts';
import { parseDealMapText, MAX_FILE_BYTES } from './parse.ts';
import type { ValidationResult } from './validate.ts';

export interface LoadOptions {
  readonly signal?: AbortSignal;
  /**
   * The app's own bundled file: fetched like the `<link rel="preload">` in index.html (same-origin
   * credentials) so the preloaded response is reused. Any other source is fetched without credentials or
   * referrer.
   */
  readonly bundled?: boolean;
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
  let response: Response;
  try {
    const signal = options.signal ?? null;
    response = await fetch(
      url,
      options.bundled ? { signal } : { credentials: 'omit', referrerPolicy: 'no-referrer', signal },
    );
  } catch {
    return fail(`Could not download ${label}: the network request failed.`);
  }
  if (!response.ok) return fail(`Could not download ${label}: the server answered ${response.status}.`);
  const length = Number(response.headers.get('content-length'));
  if (Number.isFinite(length) && length > MAX_FILE_BYTES) {
    return fail(`${label} is larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit.`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return fail(`Could not read ${label}: the download was interrupted.`);
  }
  return parseDealMapText(text, label);
}
