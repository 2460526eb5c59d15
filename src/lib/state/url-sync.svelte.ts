/**
 * The address bar: the ONLY module that touches `location` and `history`. It reads the view from the query
 * string, writes the canonical query string back (push or replace), reports back/forward navigation, and builds
 * the "Copy link" URL. It holds no reactive state and runs no effects: the app calls it.
 *
 * The browser is injected (`new UrlSync(window)`), so nothing here touches the DOM at import time and tests can
 * pass a plain object.
 */
import { parseViewParams, serializedParam, serializeViewParams, type ParsedViewParams } from './url.ts';
import { PARAM_NAMES, type ParamName, type ViewParams } from './view-params.ts';

/** The parts of `window` this module uses. */
export interface HistoryHost {
  readonly location: {
    readonly href: string;
    readonly pathname: string;
    readonly search: string;
    readonly hash: string;
  };
  readonly history: {
    pushState(data: unknown, unused: string, url?: string | null): void;
    replaceState(data: unknown, unused: string, url?: string | null): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export type HistoryMode = 'push' | 'replace' | 'none';

/** Parameters moved by sliders, play and typing: their changes replace the history entry. */
const CONTINUOUS: readonly ParamName[] = ['from', 'to', 'asof', 'min'];

/**
 * How a view change enters the history (the brief, "Public contracts"): no change → 'none'; in embeds (either
 * side) → 'replace'; only `from`/`to`/`asof`/`min` changed → 'replace'; any other change (focus, select, view,
 * story, cycle, toggles…) → 'push'. Compared on the canonical form, so list order does not count as a change.
 */
export function historyMode(prev: ViewParams, next: ViewParams): HistoryMode {
  const changed = PARAM_NAMES.filter((key) => serializedParam(prev, key) !== serializedParam(next, key));
  if (changed.length === 0) return 'none';
  if (prev.embed || next.embed) return 'replace';
  return changed.every((key) => CONTINUOUS.includes(key)) ? 'replace' : 'push';
}

export class UrlSync {
  readonly #host: HistoryHost;

  constructor(host: HistoryHost) {
    this.#host = host;
  }

  /** The view in the current address, with notices for dropped values (not yet checked against the data). */
  read(): ParsedViewParams {
    return parseViewParams(this.#host.location.search);
  }

  /**
   * Writes the view to the address bar when its canonical query string differs from the current one; the path
   * and hash are kept. Embeds always replace. Returns what was done; never throws (a browser that refuses, e.g.
   * a sandboxed frame, leaves the address as it was). After back/forward, settle the popped view with 'replace'
   * (never 'push', which would cut off the forward history).
   */
  commit(params: ViewParams, mode: 'push' | 'replace'): HistoryMode {
    const search = serializeViewParams(params);
    const { location, history } = this.#host;
    if (search === normalizeSearch(location.search)) return 'none';
    const used = params.embed ? 'replace' : mode;
    const url = `${location.pathname}${search}${location.hash}`;
    try {
      if (used === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    } catch {
      return 'none';
    }
    return used;
  }

  /** Calls `listener` with the parsed view on every back/forward navigation; returns the unsubscribe function. */
  onPopState(listener: (result: ParsedViewParams) => void): () => void {
    const handler = () => listener(this.read());
    this.#host.addEventListener('popstate', handler);
    return () => this.#host.removeEventListener('popstate', handler);
  }

  /** The absolute URL of this view for "Copy link": the current page with the canonical query, no hash. */
  shareUrl(params: ViewParams): string {
    // In a normalized href the first "?" or "#" starts the query or the hash (the path has them escaped).
    return `${this.#host.location.href.replace(/[?#].*$/s, '')}${serializeViewParams(params)}`;
  }
}

/** `location.search` is '' for both no query and a bare '?'. */
function normalizeSearch(search: string): string {
  return search === '?' ? '' : search;
}
