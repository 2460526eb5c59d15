/**
 * Pinning: a published embed loads a versioned copy of the data (`data/v/<version>.json`, with frozen
 * positions), so a later data update does not silently change an article. The versions on the server are
 * listed in data/v/index.json.
 */
import type { ViewParams } from '../state/view-params.ts';

export const BUNDLED_DATA = 'data/ai-deals.json';

export interface PublishedVersion {
  readonly version: string;
  readonly file: string;
}

/** Reads data/v/index.json; undefined when it is missing or malformed. */
export function parseVersionIndex(value: unknown): PublishedVersion[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const versions = (value as { versions?: unknown }).versions;
  if (!Array.isArray(versions)) return undefined;
  return versions.flatMap((v: unknown) => {
    if (typeof v !== 'object' || v === null) return [];
    const { version, file } = v as { version?: unknown; file?: unknown };
    return typeof version === 'string' && typeof file === 'string' && /^[\w.-]+\.json$/.test(file)
      ? [{ version, file }]
      : [];
  });
}

export type PinResult =
  | { readonly kind: 'pinned'; readonly params: ViewParams; readonly version: string }
  | { readonly kind: 'kept'; readonly params: ViewParams; readonly reason: string };

/**
 * The parameters an embed should carry. The bundled data is pinned to its published version; a `data=` that
 * already names a file is kept as it is (a versioned path is already pinned).
 */
export function pinData(
  params: ViewParams,
  version: string | undefined,
  published: readonly PublishedVersion[] | undefined,
): PinResult {
  if (params.data !== undefined && params.data !== BUNDLED_DATA) {
    return { kind: 'kept', params, reason: 'The embed loads the same data file as this view.' };
  }
  const entry = version === undefined ? undefined : published?.find((p) => p.version === version);
  if (!entry) {
    return {
      kind: 'kept',
      params: { ...params, data: undefined },
      reason: 'This data edition is not published under data/v/, so the embed will follow the live data.',
    };
  }
  return { kind: 'pinned', params: { ...params, data: `data/v/${entry.file}` }, version: entry.version };
}
