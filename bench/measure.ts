/**
 * One measured page load in a fresh browser context: navigation start → the page's own performance marks
 * (first frame, settled). A missing mark falls back to first-contentful-paint and is reported as missing.
 */
import type { Browser } from 'playwright-core';

export interface MarkNames {
  readonly firstFrame: string;
  readonly settled: string;
}

export interface Measurement {
  /** ms from navigation start; undefined if neither the mark nor FCP was seen. */
  readonly firstFrame: number | undefined;
  readonly settled: number | undefined;
  /** Marks that never came (their values are first-contentful-paint). */
  readonly missing: readonly string[];
  /** Uncaught page errors and console errors, and any alert the page showed. */
  readonly problems: readonly string[];
}

/**
 * Runs in the page: resolves with the start times of the named marks (and FCP) once all have been seen, or at
 * the timeout. Kept as source text: the TypeScript loader would otherwise add helpers the page lacks.
 */
const WAIT_FOR_MARKS = `({ names, timeout }) =>
  new Promise((resolve) => {
    const seen = {};
    let timer;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (names.includes(entry.name) && seen[entry.name] === undefined) seen[entry.name] = entry.startTime;
      }
      if (names.every((name) => seen[name] !== undefined)) finish();
    });
    function finish() {
      observer.disconnect();
      clearTimeout(timer);
      seen.fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      resolve(seen);
    }
    timer = setTimeout(finish, timeout);
    observer.observe({ type: 'mark', buffered: true });
  })`;

export const VIEWPORT = { width: 1280, height: 800 };

export async function measure(
  browser: Browser,
  url: string,
  marks: MarkNames,
  timeoutMs: number,
): Promise<Measurement> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Chromium asks every origin for /favicon.ico; the app and the peer have none.
      if (message.type() !== 'error' || message.location().url.endsWith('/favicon.ico')) return;
      problems.push(`console error: ${message.text()}`);
    });
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const args = JSON.stringify({ names: [marks.firstFrame, marks.settled], timeout: timeoutMs });
    const found = (await page.evaluate(`(${WAIT_FOR_MARKS})(${args})`)) as Record<string, number | undefined>;
    const alerts = await page
      .locator('[role="alert"]')
      .allInnerTexts()
      .catch(() => []);
    for (const text of alerts) if (text.trim()) problems.push(`alert: ${text.trim().slice(0, 200)}`);
    const missing = [marks.firstFrame, marks.settled].filter((name) => found[name] === undefined);
    return {
      firstFrame: found[marks.firstFrame] ?? found['fcp'],
      settled: found[marks.settled] ?? found['fcp'],
      missing,
      problems,
    };
  } finally {
    await context.close();
  }
}
