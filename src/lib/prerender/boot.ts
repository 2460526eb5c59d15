/**
 * When the app's code starts on the built page. The page's head script (gate.ts) runs these functions:
 * index.html preloads the app's modules (`<link rel="modulepreload">`, so nothing is fetched later than a
 * module script would be) but has no module script; the head script imports the app's entry module itself.
 *
 * - On a load that shows the prerendered picture, the app starts in the task after the page's first frame —
 *   the picture, whole (index.html blocks rendering until the view is parsed) — has been laid out and painted,
 *   and once the document is parsed. Evaluating the app's modules (about 40–50 ms of main-thread work on a
 *   2-core machine) can then no longer hold up that frame, as a module script could when the app's code
 *   arrived before the page's stylesheets. A page that gets no frames (a background tab) starts it after
 *   `waitMs`. The bundled data, which that view shows, is requested at once (`preloadData`): the app's own
 *   request for it (prefetch.ts) then takes the preloaded response.
 * - On any other load the app starts as soon as the document is parsed, as a module script would.
 *
 * Waiting longer, for the browser's report of the first contentful paint (the frame presented), was measured
 * and not kept: on the bench (2 cores, 50 interleaved loads each) it left the first frame where it was and
 * put the live map ~40 ms later.
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
  requestAnimationFrame(callback: () => void): unknown;
}

/** Runs `load` once: after the first frame's paint (`picture`) and once the document is parsed. */
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
    paint() {
      this.painted = true;
      this.go();
    },
  };
  if (!state.parsed) {
    page.document.addEventListener('DOMContentLoaded', () => {
      state.parsed = true;
      state.go();
    });
  }
  if (!state.painted) {
    // The frame's callbacks run before its style, layout and paint; a task queued from them runs after.
    page.requestAnimationFrame(() => page.setTimeout(() => state.paint(), 0));
    page.setTimeout(() => state.paint(), waitMs);
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
