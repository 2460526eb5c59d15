/**
 * When the app's code starts on the built page. The page's head script (gate.ts) runs these functions:
 * index.html preloads the app's modules (`<link rel="modulepreload">`, so nothing is fetched later than a
 * module script would be) but has no module script; the head script imports the app's entry module itself.
 *
 * - On a load that shows the prerendered picture, the app starts once the browser has reported the first
 *   contentful paint — the picture on screen — and the document is parsed. Evaluating the app's modules
 *   (about 50 ms of main-thread work on a 2-core machine) then no longer competes with laying out, painting and
 *   rasterising the picture's frame. A page that gets no frames (a background tab) starts it after `waitMs`.
 *   The bundled data, which that view shows, is requested at once (`preloadData`): the app's own request for
 *   it (prefetch.ts) then takes the preloaded response, as early as before.
 * - On any other load the app starts as soon as the document is parsed, as a module script would.
 *
 * The head script holds the source text of these functions (`Function.prototype.toString`), so each is
 * self-contained, and has no named inner function (the build's TypeScript loader would wrap one in a helper
 * the page does not have).
 */

export interface BootPage {
  readonly document: {
    readonly readyState: string;
    addEventListener(type: 'DOMContentLoaded', listener: () => void): void;
  };
  setTimeout(handler: () => void, ms: number): unknown;
  readonly PerformanceObserver?: {
    new (callback: (list: { getEntriesByName(name: string): readonly unknown[] }) => void): {
      observe(options: { type: string; buffered: boolean }): void;
    };
  };
}

/** Runs `load` once: after the picture's first paint (`picture`) and once the document is parsed. */
export function bootApp(picture: boolean, load: () => void, page: BootPage, waitMs: number): void {
  const state = {
    painted: !picture,
    parsed: page.document.readyState !== 'loading',
    started: false,
    go() {
      if (this.started || !this.painted || !this.parsed) return;
      this.started = true;
      load();
    },
  };
  if (!state.parsed) {
    page.document.addEventListener('DOMContentLoaded', () => {
      state.parsed = true;
      state.go();
    });
  }
  if (!state.painted) {
    page.setTimeout(() => {
      state.painted = true;
      state.go();
    }, waitMs);
    const Observer = page.PerformanceObserver;
    try {
      if (Observer) {
        new Observer((list) => {
          if (list.getEntriesByName('first-contentful-paint').length === 0) return;
          state.painted = true;
          state.go();
        }).observe({ type: 'paint', buffered: true });
      } else state.painted = true;
    } catch {
      // Without paint timing the picture's frame cannot be seen: the app starts with the parsed document.
      state.painted = true;
    }
  }
  state.go();
}

export interface PreloadLink {
  rel: string;
  as: string;
  crossOrigin: string | null;
  href: string;
}

export interface PreloadDocument<L extends PreloadLink> {
  readonly head: { appendChild(node: L): unknown };
  createElement(name: 'link'): L;
}

/**
 * Requests `href` (relative to the page) as the app's `fetch` will, so that request takes this response: same
 * URL, CORS mode, same-origin credentials.
 */
export function preloadData<L extends PreloadLink>(doc: PreloadDocument<L>, href: string): void {
  const link = doc.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  doc.head.appendChild(link);
}
