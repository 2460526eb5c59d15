/**
 * The shareable view: one reactive ViewParams object, mirrored in the address bar. Components call
 * `update(next, mode)`; this class decides push or replace (historyMode) and writes through UrlSync, the only
 * module that touches history. Back/forward restore the view. Data-dependent checks (unknown company ids)
 * happen in `resolveViewParams`, where the data is known.
 */
import { UrlSync, historyMode, type HistoryHost } from './url-sync.svelte.ts';
import { DEFAULT_VIEW, type ParamNotice, type ViewParams } from './view-params.ts';

export class ViewState {
  params = $state.raw<ViewParams>(DEFAULT_VIEW);
  /** Notices about values in the address that were dropped (shown, never blocking). */
  notices = $state.raw<readonly ParamNotice[]>([]);
  readonly #sync: UrlSync;

  constructor(host: HistoryHost) {
    this.#sync = new UrlSync(host);
    const { params, notices } = this.#sync.read();
    this.params = params;
    this.notices = notices;
  }

  /** Listens for back/forward; returns the unsubscribe function. */
  listen(): () => void {
    return this.#sync.onPopState(({ params, notices }) => {
      this.params = params;
      this.notices = notices;
    });
  }

  /**
   * Applies a change. `mode` is the caller's intent ('replace' for typing, drags and camera-like changes);
   * discrete changes push unless historyMode says they are continuous; embeds always replace.
   */
  update(next: ViewParams, mode: 'push' | 'replace' = 'push'): void {
    const kind = historyMode(this.params, next);
    this.params = next;
    if (kind === 'none') return;
    this.#sync.commit(next, mode === 'replace' || kind === 'replace' ? 'replace' : 'push');
  }

  /** Writes the current (resolved) view back without a new history entry, e.g. after unknown ids were dropped. */
  settle(resolved: ViewParams): void {
    this.#sync.commit(resolved, 'replace');
  }

  shareUrl(params: ViewParams = this.params): string {
    return this.#sync.shareUrl(params);
  }
}
