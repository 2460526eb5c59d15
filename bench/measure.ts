/**
 * One measured page load in a fresh browser context. An init script records, from navigation on, long tasks,
 * every input event's latency until the frame that answers it has been rendered (input→paint), and (on demand) animation-frame timestamps. The
 * harness meanwhile moves the pointer over the page until the settled mark (input→paint while loading), then
 * reads the heap after a forced GC and plays a wheel-zoom and a drag-pan. A load that has not settled within
 * the cap is stopped there and says how far it got. Every wait on the page is bounded: a page frozen in one
 * long task does not stall the harness. JS and CSS are counted until settled and then 1 s of network idle.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { frameSummary, latencyP95, presentedFirstFrame, totalBlockingTime, type Task } from './stats.ts';
import type { Figures } from './figures.ts';

export const VIEWPORT = { width: 1280, height: 720 };

export interface LoadOptions {
  readonly url: string;
  readonly firstMark: string;
  readonly settledMark: string;
  /** The live map's first frame, when the subject marks it apart from the first frame (the app). */
  readonly liveMark?: string | undefined;
  /**
   * The first frame counts once presented: the later of `firstMark` and the page's first contentful paint (for
   * the app and the peers; not for a host page's message).
   */
  readonly presented?: boolean;
  /** Stop waiting for the settled mark this long after navigation. */
  readonly capMs: number;
  /** Play the wheel-zoom and drag-pan, and read the heap, once settled. */
  readonly interact: boolean;
  /** Where the drag-pan starts: a point of the map with nothing on it. */
  readonly emptyPoint: { readonly x: number; readonly y: number };
}

export interface LoadResult {
  readonly figures: Figures;
  readonly capped: boolean;
  readonly reached?: string;
  readonly lowerBounds?: readonly ('loadingInputP95Ms' | 'tbtMs')[];
  readonly problems: readonly string[];
  /** gzip -9 bytes of each JS/CSS file fetched before settling, by path. */
  readonly files: Readonly<Record<string, number>>;
}

/** Runs in every page before its own scripts. Source text: the TypeScript loader would add helpers. */
const INIT = `(() => {
  const b = (window.__bench = { tasks: [], inputs: [], frames: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // Input→paint: from the event to the start of the frame after the one that answers it. By then that frame's
  // main-thread work (animation-frame callbacks, style, layout, paint) is done, whether a page draws in its handler
  // or in its own frame callback; every subject pays the same wait for the next frame. (A message posted after
  // the frame is no substitute: a page that slices its work with scheduler.yield() runs those continuations
  // first, so the message waits for the whole job although the frames went on.)
  const onInput = (e) => {
    const t = e.timeStamp;
    requestAnimationFrame(() => requestAnimationFrame(() => b.inputs.push([e.type, t, performance.now() - t])));
  };
  for (const type of ['pointermove', 'pointerdown', 'wheel']) addEventListener(type, onInput, { capture: true, passive: true });
  b.startFrames = () => {
    b.frames = [];
    const loop = (t) => { if (b.frames) { b.frames.push(t); requestAnimationFrame(loop); } };
    requestAnimationFrame(loop);
    return performance.now();
  };
  b.stopFrames = () => { const f = b.frames || []; b.frames = null; return f; };
})();`;

const TIMED_OUT = Symbol('timed out');
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** The promise's value, or TIMED_OUT after `ms` (the promise is left to settle, its rejection ignored). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  promise.catch(() => undefined);
  return Promise.race([promise, sleep(ms).then((): typeof TIMED_OUT => TIMED_OUT)]);
}

interface PageState {
  readonly marks: Record<string, number>;
  /** The page's first contentful paint, once the browser has reported it. */
  readonly fcp?: number;
  readonly ticks?: number;
  readonly now: number;
}

const READ_STATE = `(() => {
  const marks = {};
  for (const e of performance.getEntriesByType('mark')) if (marks[e.name] === undefined) marks[e.name] = e.startTime;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  return { marks, fcp, ticks: window.__peerTicks, now: performance.now() };
})()`;

/** The page's JS heap after GC plus that of its live dedicated workers (a page could keep data out of sight there). */
async function heapAfterGc(cdp: CDPSession, browser: Browser, page: Page): Promise<number | undefined> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  return used === undefined ? undefined : (used + (await workersHeap(browser, page))) / 2 ** 20;
}

/** Bytes used by the JS heaps of the page's dedicated workers after GC (CDP, through the browser's targets). */
async function workersHeap(browser: Browser, page: Page): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const own = targetInfos.find((t) => t.type === 'page' && t.url === page.url());
    const workers = targetInfos.filter(
      (t) => t.type === 'worker' && own && t.browserContextId === own.browserContextId,
    );
    let total = 0;
    for (const worker of workers) {
      const { sessionId } = await session.send('Target.attachToTarget', {
        targetId: worker.targetId,
        flatten: false,
      });
      const ask = (id: number, method: string) =>
        new Promise<unknown>((resolve) => {
          const listen = (event: { sessionId: string; message: string }) => {
            const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
            if (event.sessionId !== sessionId || reply.id !== id) return;
            session.off('Target.receivedMessageFromTarget', listen);
            resolve(reply.result);
          };
          session.on('Target.receivedMessageFromTarget', listen);
          void session.send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id, method }),
          });
        });
      await within(ask(1, 'HeapProfiler.collectGarbage'), 5000);
      const usage = await within(ask(2, 'Runtime.getHeapUsage'), 5000);
      if (usage !== TIMED_OUT) total += (usage as { usedSize?: number } | undefined)?.usedSize ?? 0;
      await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
    return total;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** 3 wheel steps in and 3 out at the centre, every 60 ms, then a drag-pan from an empty point, ~1.5 s each. */
async function zoomAndPan(page: Page, from: { x: number; y: number }): Promise<void> {
  const centre = { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 };
  let start = Date.now();
  await page.mouse.move(centre.x, centre.y);
  for (const deltaY of [-100, -100, -100, 100, 100, 100]) {
    const at = Date.now();
    await page.mouse.wheel(0, deltaY);
    await sleep(60 - (Date.now() - at));
  }
  await sleep(1500 - (Date.now() - start));
  start = Date.now();
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 20;
  // Towards the centre, half the way.
  const dx = (centre.x - from.x) / 2;
  const dy = (centre.y - from.y) / 2;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (i * dx) / steps, from.y + (i * dy) / steps);
    await sleep(start + (i * 1400) / steps - Date.now());
  }
  await page.mouse.up();
  await sleep(1500 - (Date.now() - start));
}

const KIND: Record<string, 'js' | 'css'> = { script: 'js', stylesheet: 'css' };

export async function measureLoad(browser: Browser, options: LoadOptions): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
  await context.addInitScript(INIT);
  const problems: string[] = [];
  const files: Record<string, { kind: 'js' | 'css'; gzip: Promise<number> }> = {};
  let countBytes = true;
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error' || message.location().url.endsWith('/favicon.ico')) return;
      problems.push(`console error: ${message.text()}`);
    });
    // Network activity, to wait for idle before counting bytes and interacting.
    let inFlight = 0;
    let lastActivity = Date.now();
    page.on('request', () => {
      inFlight++;
      lastActivity = Date.now();
    });
    const finished = () => {
      inFlight--;
      lastActivity = Date.now();
    };
    page.on('requestfinished', finished);
    page.on('requestfailed', finished);
    page.on('response', (response) => {
      const url = new URL(response.url());
      const kind =
        KIND[response.request().resourceType()] ??
        (/\.m?js$/.test(url.pathname) ? 'js' : /\.css$/.test(url.pathname) ? 'css' : undefined);
      if (!countBytes || !kind || files[url.pathname]) return;
      const gzip = response.body().then((body) => gzipSync(body, { level: 9 }).length);
      gzip.catch(() => undefined);
      files[url.pathname] = { kind, gzip };
    });

    const started = Date.now();
    const deadline = started + options.capMs;
    const navigation = await within(
      page.goto(options.url, { waitUntil: 'commit', timeout: options.capMs }),
      options.capMs,
    );
    if (navigation === TIMED_OUT) throw new Error(`navigation to ${options.url} timed out`);

    // Pointer moves over the map until it settles: each one's latency to the next frame is recorded in the
    // page; a move still unanswered at the cap counts with the time it has waited (a lower bound).
    let state: PageState | undefined;
    let pending: { sent: number; done: boolean } | undefined;
    let probe = 0;
    let reading: Promise<PageState | undefined> | undefined;
    while (Date.now() < deadline) {
      if (!pending || pending.done) {
        const p = { sent: Date.now(), done: false };
        pending = p;
        const x = VIEWPORT.width / 2 + 60 * Math.cos(probe);
        const y = VIEWPORT.height / 2 + 60 * Math.sin(probe++);
        void page.mouse
          .move(x, y)
          .catch(() => undefined)
          .finally(() => (p.done = true));
      }
      // One read at a time: a frozen page answers the queued one when it thaws.
      reading ??= (page.evaluate(READ_STATE) as Promise<PageState>)
        .catch(() => undefined)
        .finally(() => (reading = undefined));
      const read = await within(reading, 150);
      if (read !== TIMED_OUT && read !== undefined) {
        state = read;
        if (state.marks[options.settledMark] !== undefined) break;
        await sleep(150);
      }
    }
    // The live map's mark may come a frame after the settled one (which a prerendered picture dates back).
    const liveBy = Date.now() + 2000;
    while (
      options.liveMark !== undefined &&
      state?.marks[options.settledMark] !== undefined &&
      state.marks[options.liveMark] === undefined &&
      Date.now() < liveBy
    ) {
      await sleep(50);
      const read = await within(page.evaluate(READ_STATE) as Promise<PageState>, 1000);
      if (read !== TIMED_OUT) state = read;
    }
    const settled = state?.marks[options.settledMark];
    const mark = state?.marks[options.firstMark];
    const firstFrame = options.presented ? presentedFirstFrame(mark, state?.fcp) : mark;
    const liveMap = options.liveMark === undefined ? undefined : state?.marks[options.liveMark];
    const capped = settled === undefined;
    // Only at the cap: a move in flight when the page settles is answered and recorded by the page.
    const unanswered = capped && pending && !pending.done ? Date.now() - pending.sent : undefined;
    // What the first view fetches: until settled and then 1 s without network activity (at most 5 s more).
    const idleBy = Date.now() + 5000;
    while (!capped && Date.now() < idleBy && (inFlight > 0 || Date.now() - lastActivity < 1000))
      await sleep(100);
    countBytes = false;

    const recorded = await within(
      page.evaluate(`({ tasks: window.__bench.tasks, inputs: window.__bench.inputs })`) as Promise<{
        tasks: [number, number][];
        inputs: [string, number, number][];
      }>,
      2000,
    );
    const answered = recorded !== TIMED_OUT;
    // Loading lasts until the map is settled and live: a prerendered picture is settled from its first paint,
    // but the page's work until the live map (its long tasks, its answers to input) is part of the load.
    const loadEnd = settled === undefined ? options.capMs : Math.max(settled, liveMap ?? settled);
    const tasks: Task[] = answered
      ? recorded.tasks.map(([startTime, duration]) => ({ startTime, duration }))
      : [];
    const loadingInputs = answered
      ? recorded.inputs
          .filter(([type, t]) => type === 'pointermove' && t < loadEnd)
          .map(([, , latency]) => latency)
      : [];
    if (unanswered !== undefined) loadingInputs.push(unanswered);

    let reached: string | undefined;
    if (capped) {
      const parts = [
        firstFrame === undefined ? 'no first frame' : `first frame at ${Math.round(firstFrame)} ms`,
      ];
      if (state?.ticks !== undefined) parts.push(`${state.ticks} of 300 ticks`);
      if (!answered) parts.push('page not answering at the cap');
      reached = parts.join(', ');
    }

    let figures: Figures = {
      ...(firstFrame !== undefined ? { firstFrameMs: firstFrame } : {}),
      ...(settled !== undefined ? { settledMs: settled } : {}),
      ...(liveMap !== undefined ? { liveMapMs: liveMap } : {}),
      ...(answered ? { tbtMs: totalBlockingTime(tasks, 0, loadEnd) } : {}),
      ...optional('loadingInputP95Ms', latencyP95(loadingInputs)),
    };

    if (answered) {
      const heap = await within(heapAfterGc(cdp, browser, page), 60_000);
      if (heap !== TIMED_OUT) figures = { ...figures, ...optional('heapMB', heap) };
    }
    if (options.interact && !capped) {
      await sleep(300);
      const from = (await page.evaluate('window.__bench.startFrames()')) as number;
      await zoomAndPan(page, options.emptyPoint);
      const frames = (await page.evaluate('window.__bench.stopFrames()')) as number[];
      const inputs = (await page.evaluate('window.__bench.inputs')) as [string, number, number][];
      const summary = frameSummary(frames);
      figures = {
        ...figures,
        ...optional('zoomFps', summary.fps),
        ...optional('p95FrameMs', summary.p95FrameMs),
        ...optional(
          'inputP95Ms',
          latencyP95(inputs.filter(([, t]) => t >= from).map(([, , latency]) => latency)),
        ),
      };
    }

    const sizes: Record<string, number> = {};
    let js = 0;
    let css = 0;
    for (const [path, file] of Object.entries(files)) {
      const gzip = await within(file.gzip, 5000);
      if (gzip === TIMED_OUT) continue;
      sizes[path] = gzip;
      if (file.kind === 'js') js += gzip;
      else css += gzip;
    }
    // The first view proper: the JavaScript the page asked for before its first frame (the size budget's
    // measure); a file the page's resource timing does not list (a worker's) counts too.
    const starts = (await within(
      page
        .evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => [new URL(entry.name).pathname, entry.startTime] as const),
        )
        .catch(() => []),
      5000,
    )) as readonly (readonly [string, number])[] | typeof TIMED_OUT;
    const startOf = new Map(starts === TIMED_OUT ? [] : starts);
    // The first view's code: what the page asked for before its live map (the app's own first frame, not the
    // prerendered picture it dates `adm:first-frame` back to), else before its first frame.
    const firstView = liveMap ?? firstFrame;
    let firstViewJs = 0;
    for (const [path, file] of Object.entries(files)) {
      const start = startOf.get(path);
      if (file.kind === 'js' && (firstView === undefined || start === undefined || start <= firstView))
        firstViewJs += sizes[path] ?? 0;
    }
    figures = { ...figures, jsKiB: js / 1024, cssKiB: css / 1024, firstViewJsKiB: firstViewJs / 1024 };
    return {
      figures,
      capped,
      ...(reached ? { reached } : {}),
      // Stopped at the cap: blocking time so far, and a move still unanswered, are only lower bounds.
      ...(capped
        ? {
            lowerBounds:
              unanswered === undefined
                ? ['tbtMs' as const]
                : ['tbtMs' as const, 'loadingInputP95Ms' as const],
          }
        : {}),
      problems,
      files: sizes,
    };
  } finally {
    // A page frozen in a long task may not close at once; the browser kills its renderer.
    await within(context.close(), 30_000);
  }
}

function optional<K extends keyof Figures>(key: K, value: number | undefined): Partial<Figures> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Figures>);
}
