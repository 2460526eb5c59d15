/**
 * A deal's sources in their stored form (format.ts `Sources`): the one source itself, or a list. Everything
 * that reads them goes through here, as a list.
 */
import { stored } from './compact.ts';
import type { Source, Sources } from './format.ts';

/** The sources as a list (a new list of one for a single source). */
export function sourcesOf(deal: { readonly sources: Sources }): readonly Source[] {
  const { sources } = deal;
  return 'url' in sources ? [sources] : sources;
}

/** How many sources a deal has, without making a list. */
export function sourceCount(deal: { readonly sources: Sources }): number {
  const { sources } = deal;
  return 'url' in sources ? 1 : sources.length;
}

/** The stored form of a list of sources: its only source, the shared empty list, or an exact-size copy. */
export function storedSources(list: readonly Source[]): Sources {
  return list.length === 1 ? (list[0] as Source) : stored(list);
}
