// Shared helpers for the browser tests. Importing this module registers per-file hooks:
// Chromium is launched lazily (once per test file) and closed after the file; every
// context opened by openPage() is closed after each test, with a screenshot of each
// still-open page written to test-output/failures/ when the test failed.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, expect, inject } from 'vitest';
import { findChrome, LAUNCH_ARGS } from '../../scripts/find-chrome.mjs';

export const OUTPUT_DIR = fileURLToPath(new URL('../../test-output/', import.meta.url));

export interface OpenPageOptions {
  /** Default 1280x800. */
  viewport?: { width: number; height: number };
  /** Default 'light'. */
  colorScheme?: 'light' | 'dark';
  /** Origin to load from instead of the shared dist/ server (e.g. a server with extra headers). */
  baseURL?: string;
  /** Any other Playwright context options (reducedMotion, ...); locale en-US and timezone UTC by default. */
  context?: BrowserContextOptions;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Origin the page was loaded from. */
  baseURL: string;
  /** Text of console messages of type 'error'. */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** URLs of requests that left the test server's origin (data: and blob: excluded). */
  offOriginRequests: string[];
}

let browser: Browser | undefined;
const openContexts = new Set<BrowserContext>();

/** The shared dist/ server's origin (from globalSetup), e.g. "http://127.0.0.1:41234". */
export function baseURL(): string {
  return inject('baseURL');
}

/** Chromium for this test file, launched on first use. */
export async function getBrowser(): Promise<Browser> {
  if (browser) return browser;
  const executablePath = findChrome();
  if (!executablePath) {
    throw new Error('No Chromium/Chrome found: run `node scripts/ensure-chrome.mjs` or set CHROME_PATH.');
  }
  browser = await chromium.launch({ executablePath, headless: true, args: [...LAUNCH_ARGS] });
  return browser;
}

/** Open `urlPath` (relative to the server origin) in a fresh context and wait for the load event. */
export async function openPage(urlPath = '/', options: OpenPageOptions = {}): Promise<OpenedPage> {
  const origin = options.baseURL ?? baseURL();
  const context = await (
    await getBrowser()
  ).newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
    ...options.context,
  });
  openContexts.add(context);

  const opened: OpenedPage = {
    page: await context.newPage(),
    context,
    baseURL: origin,
    consoleErrors: [],
    pageErrors: [],
    offOriginRequests: [],
  };
  const { origin: allowedOrigin } = new URL(origin);
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== allowedOrigin) opened.offOriginRequests.push(request.url());
  });
  opened.page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      opened.consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
    }
  });
  opened.page.on('pageerror', (error) => opened.pageErrors.push(error.stack ?? String(error)));

  await opened.page.goto(new URL(urlPath, origin + '/').href, { waitUntil: 'load' });
  return opened;
}

/** Assert the page logged no console errors, threw nothing and made no off-origin request. */
export function expectNoErrors(opened: OpenedPage): void {
  expect(opened.consoleErrors, 'console errors').toEqual([]);
  expect(opened.pageErrors, 'page errors').toEqual([]);
  expect(opened.offOriginRequests, 'requests off the test server origin').toEqual([]);
}

function sanitize(name: string): string {
  return (
    name
      .replace(/[^a-zA-Z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 150) || 'unnamed'
  );
}

/** Save a viewport screenshot to test-output/screenshots/<name>.png and return its path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  const dir = path.join(OUTPUT_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${sanitize(name)}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

afterEach(async (ctx) => {
  const failed = ctx.task.result?.state === 'fail';
  const contexts = [...openContexts];
  openContexts.clear();
  if (failed) {
    const dir = path.join(OUTPUT_DIR, 'failures');
    mkdirSync(dir, { recursive: true });
    const file = path.basename(ctx.task.file.name).replace(/\.test\.ts$/, '');
    const base = sanitize(`${file}-${ctx.task.fullTestName ?? ctx.task.name}`);
    const pages = contexts.flatMap((c) => c.pages()).filter((p) => !p.isClosed());
    for (const [i, page] of pages.entries()) {
      const target = path.join(dir, `${base}${pages.length > 1 ? `-${i + 1}` : ''}.png`);
      try {
        await page.screenshot({ path: target, timeout: 10_000 });
        console.error(`Failure screenshot: ${path.relative(process.cwd(), target)}`);
      } catch (error) {
        console.error(`Could not take failure screenshot ${target}: ${String(error)}`);
      }
    }
  }
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
});

afterAll(async () => {
  const b = browser;
  browser = undefined;
  await b?.close();
});

/**
 * Clicks the middle of a drawn deal (or aggregate pair, with `data-pair`) with the mouse, as a reader would:
 * the map hit-tests the point. Reads where the SVG renderer drew the line. (A mouse fans an aggregate out
 * on its way there; tap one to select it as it is.)
 */
export async function clickDeal(
  page: Page,
  id: string,
  attribute = 'data-deal',
  /** Tap it with a finger (the page's context needs `hasTouch`): no hover comes first. */
  tap = false,
): Promise<void> {
  const line = page.locator(`[${attribute}="${id}"] .line`);
  await line.waitFor({ state: 'attached' });
  // The middle of the line, or the point nearest it that no company circle or card covers.
  // On screen through the path's screen matrix: while the camera moves, the map's SVG carries a transform.
  const point = await line.evaluate((path: SVGPathElement) => {
    const m = path.getScreenCTM();
    const length = path.getTotalLength();
    for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75]) {
      const p = path.getPointAtLength(length * t);
      const x = m ? m.a * p.x + m.c * p.y + m.e : p.x;
      const y = m ? m.b * p.x + m.d * p.y + m.f : p.y;
      const under = document.elementFromPoint(x, y);
      if (under?.closest('.map-view') && !under.closest('[data-company], .controls')) return { x, y };
    }
    throw new Error('the line is covered everywhere');
  });
  if (tap) await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}
