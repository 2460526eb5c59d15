/**
 * The app taking over from the prerendered first view (the built page's `#prerender`, see gate.ts and
 * src/prerender-page.ts), and the performance marks that say honestly when the map was first on screen.
 *
 * - `startPrerender` (main.ts, before the app mounts, which the head script starts once the picture is painted,
 *   see boot.ts): a load that is not the default view drops the picture at once (hidden there: the head
 *   script shows it on the default view only).
 * - `markPainted(name)`: `adm:first-frame` and `adm:settled`. When the prerendered picture — the settled map —
 *   was on screen, they carry the time it was first painted; otherwise they are marked now, as always.
 * - `dropPrerender()`: the data did not load, so no live map will come: the picture goes, the app's message shows.
 * - `handOver()`, in the animation frame that paints the live map's first frame: the picture is removed in
 *   that same frame (no blank frame between them), and `adm:interactive` marks the live map, on every load.
 *
 * The paint time is the page's first contentful paint: the picture is part of the page's HTML, styled by its
 * render-blocking stylesheets, with text in it and around it, so the first paint with any content is the one
 * that shows it (Element Timing would not do: it observes images and text, not SVG shapes).
 */
import { PRERENDER_ID, showsPrerender } from './gate.ts';

/** The picture was shown on this load (decided once, before the app mounts). */
let shown = false;
/** It is still in the page (until the handover). */
let present = false;

interface PageLike {
  readonly location: { readonly search: string };
  readonly document: { getElementById(id: string): { remove(): void } | null };
}

/** Keeps the picture for the default view, drops it otherwise; true when it stays until the handover. */
export function startPrerender(page: PageLike = window): boolean {
  firstFrameMarked = false;
  settledWaiting = undefined;
  const element = page.document.getElementById(PRERENDER_ID);
  shown = element !== null && showsPrerender(page.location.search);
  present = shown;
  if (!shown) element?.remove();
  return shown;
}

interface MarkTiming {
  mark(name: string, options?: { startTime: number }): unknown;
  getEntriesByName(name: string, type?: string): readonly { startTime: number }[];
}

/** When the prerendered picture was first painted; undefined when it was not shown (or not yet painted). */
export function prerenderPaint(timing: MarkTiming = performance): number | undefined {
  return shown ? timing.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime : undefined;
}

/** Calls `then` with the first contentful paint's time once the browser reports it. */
export type PaintWatch = (then: (startTime: number | undefined) => void) => void;

/**
 * The browser's report of the first contentful paint comes once the frame has been presented, which may be
 * after the app has drawn (seen in headless Chromium under load): it is waited for, for up to 5 s.
 */
const watchPaint: PaintWatch = (then) => {
  let done = false;
  const finish = (startTime: number | undefined) => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    then(startTime);
  };
  const timer = setTimeout(() => finish(undefined), 5000);
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) finish(entry.startTime);
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    finish(undefined);
  }
};

/** The map's first frame has been marked; the settled mark waits for it. */
let firstFrameMarked = false;
/** The settled mark, asked for before the map's first frame: it is made with the first frame. */
let settledWaiting: (() => void) | undefined;

/**
 * Marks `name` at the prerendered picture's paint when there was one (as soon as the browser has reported
 * it), else now. `adm:settled` means the final positions are on screen, so it is never marked before
 * `adm:first-frame`: positions that are final at once (frozen in the file, or laid out before the first paint)
 * may be ready a frame or more before the map draws them (an embed's frame still loading, the table view).
 */
export function markPainted(
  name: string,
  timing: MarkTiming = performance,
  watch: PaintWatch = watchPaint,
): void {
  if (name === SETTLED && !firstFrameMarked) {
    settledWaiting = () => markPainted(name, timing, watch);
    return;
  }
  if (name === FIRST_FRAME) {
    firstFrameMarked = true;
    const waiting = settledWaiting;
    settledWaiting = undefined;
    mark(name, timing, watch);
    waiting?.();
    return;
  }
  mark(name, timing, watch);
}

const FIRST_FRAME = 'adm:first-frame';
const SETTLED = 'adm:settled';

function mark(name: string, timing: MarkTiming, watch: PaintWatch): void {
  if (!shown) return void timing.mark(name);
  const painted = prerenderPaint(timing);
  if (painted !== undefined) return void timing.mark(name, { startTime: painted });
  watch((startTime) => {
    if (startTime === undefined) timing.mark(name);
    else timing.mark(name, { startTime });
  });
}

/** The picture goes without a live map to take its place (the data did not load): the app's message shows. */
export function dropPrerender(page: Pick<PageLike, 'document'> = window): void {
  if (!present) return;
  page.document.getElementById(PRERENDER_ID)?.remove();
  present = false;
}

/** The live map's first frame: the picture goes, in this frame; `adm:interactive` is marked. */
export function handOver(
  page: Pick<PageLike, 'document'> = window,
  timing: Pick<MarkTiming, 'mark'> = performance,
): void {
  dropPrerender(page);
  timing.mark('adm:interactive');
}
