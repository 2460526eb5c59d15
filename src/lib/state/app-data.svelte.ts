/**
 * The loaded data and its problems. A new load never discards the current map until the new file is valid:
 * a failed load keeps the previous map and shows why it failed.
 */
import { loadDealMap } from '../data/load.ts';
import type { DealMap } from '../data/format.ts';
import { inlineDataText } from '../data/inline-data.ts';
import type { Issue } from '../data/issues.ts';
import { parseDealMapText } from '../data/parse.ts';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export class AppData {
  status = $state<LoadStatus>('loading');
  map = $state.raw<DealMap | undefined>(undefined);
  /** Problems of the latest load attempt (errors, skipped items, notices). */
  issues = $state.raw<readonly Issue[]>([]);
  /** Where the shown data came from (file name or host). */
  origin = $state('');

  #controller: AbortController | undefined;

  async load(url: string, label: string, bundled = false): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.status = this.map ? this.status : 'loading';
    // The single-file build carries the bundled data in the page itself: no fetch (it opens from disk).
    const inline = bundled ? inlineDataText() : undefined;
    const result =
      inline === undefined
        ? await loadDealMap(url, label, { signal: controller.signal, bundled })
        : parseDealMapText(inline, label);
    if (controller.signal.aborted) return;
    this.issues = result.issues;
    if (result.ok) {
      this.map = result.value;
      this.origin = label;
      this.status = 'ready';
    } else if (!this.map) {
      this.status = 'failed';
    }
  }
}
