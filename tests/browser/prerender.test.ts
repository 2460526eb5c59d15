/**
 * The prerendered first view of the built page (scripts/build-prerender.ts): painted before the app's code
 * runs, at the places where the app then draws the map, and gone in the frame of the live map's first frame;
 * never shown on another view. The app's module is held back with request routing to see the page alone.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseURL, expectNoErrors, openPage, OUTPUT_DIR } from './harness.ts';

const APP_MODULE = /\/assets\/index-[\w-]+\.js$/;
const APP_MODULE_NAME = /^index-[\w-]+\.js$/;

interface Circle {
  x: number;
  y: number;
  r: number;
  fill: string;
}

/** Centres, radii and colours of the circles drawn on screen: the picture's shown variant, or the live map's. */
function circles(page: Page, prerendered: boolean): Promise<Circle[]> {
  return page.evaluate((pre) => {
    const selector = pre
      ? '#prerender .pr-fit .node circle:first-child'
      : '#app .map-view .svg-map .node circle:first-child';
    return Array.from(document.querySelectorAll<SVGCircleElement>(selector))
      .filter((c) => c.getClientRects().length > 0)
      .map((c) => {
        const box = c.getBoundingClientRect();
        return {
          x: box.x + box.width / 2,
          y: box.y + box.height / 2,
          r: box.width / 2,
          fill: getComputedStyle(c).fill,
        };
      })
      .sort((a, b) => a.x - b.x || a.y - b.y);
  }, prerendered);
}

function box(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

const marks = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ['adm:first-frame', 'adm:settled', 'adm:interactive', 'first-contentful-paint'].map((name) => [
        name,
        performance.getEntriesByName(name)[0]?.startTime,
      ]),
    ),
  );

/** Opens `path` with the app's module held back until `release` is called. */
async function heldBack(path: string, viewport: { width: number; height: number }, scheme: 'light' | 'dark') {
  const opened = await openPage('about:blank', { viewport, colorScheme: scheme });
  const { page } = opened;
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_MODULE, async (route: Route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${opened.baseURL}${path}`, { waitUntil: 'commit' });
  // Styles apply to what the test reads only once the page's stylesheets are in (the browser paints nothing
  // before that either).
  await expect
    .poll(() =>
      page.evaluate(() =>
        Array.from(document.styleSheets).some((sheet) => sheet.href?.includes('/assets/prerender-')),
      ),
    )
    .toBe(true);
  await page.locator('noscript').waitFor({ state: 'attached' });
  return { opened, page, release };
}

describe('the prerendered first view', () => {
  for (const [width, height] of [
    [1440, 900],
    [375, 812],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${width} px, ${scheme}: painted before the app runs, then handed over in place`, async () => {
        const { opened, page, release } = await heldBack('/', { width, height }, scheme);
        await expect
          .poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length))
          .toBe(1);
        // Exactly one variant of the picture is shown.
        await page.locator('#prerender .pr-fit').filter({ visible: true }).waitFor();
        expect(await page.locator('#app > *').count()).toBe(0);
        await page.screenshot({ path: `${OUTPUT_DIR}prerender-${width}-${scheme}.png` });

        // The picture sits in the map's box, which is where the app puts it.
        const mapBox = await box(page, '#prerender .map-view');
        const fit = await box(page, '#prerender .pr-fit >> visible=true');
        expect(fit.x).toBeGreaterThanOrEqual(mapBox.x);
        expect(fit.y).toBeGreaterThanOrEqual(mapBox.y);
        expect(fit.x + fit.width).toBeLessThanOrEqual(mapBox.x + mapBox.width + 0.5);
        expect(fit.y + fit.height).toBeLessThanOrEqual(mapBox.y + mapBox.height + 0.5);
        const before = await circles(page, true);
        expect(before.length).toBeGreaterThan(10);

        release();
        await expect.poll(() => marks(page).then((m) => m['adm:interactive'])).toBeDefined();
        expect(await page.locator('#prerender').count()).toBe(0);
        expect(await page.locator('.map-view').count()).toBe(1);
        await page.screenshot({ path: `${OUTPUT_DIR}prerender-${width}-${scheme}-live.png` });

        // Nothing moved: the same box, the same circles at the same places in the same colours.
        expect(await box(page, '.map-view')).toEqual(mapBox);
        const after = await circles(page, false);
        expect(after).toHaveLength(before.length);
        const unmatched = [...before];
        for (const [i, c] of after.entries()) {
          // The prerendered circle nearest to this live one.
          const at = unmatched.reduce(
            (best, p, j) =>
              Math.hypot(p.x - c.x, p.y - c.y) < best.d ? { j, d: Math.hypot(p.x - c.x, p.y - c.y) } : best,
            { j: -1, d: Infinity },
          );
          const [p] = unmatched.splice(at.j, 1);
          expect(at.d, `circle ${i} moved`).toBeLessThan(1);
          expect(Math.abs(c.r - (p?.r ?? NaN)), `circle ${i} r`).toBeLessThan(1);
          expect(c.fill, `circle ${i} colour`).toBe(p?.fill);
        }

        // The time control, which loads after the first view, comes into the row kept for it: the box stays.
        await page.getByTestId('time-control').waitFor();
        expect(await box(page, '.map-view')).toEqual(mapBox);

        // The map was first on screen when the picture was painted; the live map came after.
        const m = await marks(page);
        expect(m['adm:first-frame']).toBe(m['first-contentful-paint']);
        expect(m['adm:settled']).toBe(m['first-contentful-paint']);
        expect(m['adm:first-frame']).toBeLessThanOrEqual(m['adm:interactive'] ?? -1);
        expectNoErrors(opened);
      });
    }
  }

  test('the app’s code runs only once the picture’s frame has been painted', async () => {
    const opened = await openPage('about:blank');
    const { page } = opened;
    // The page's first frame has been painted once a task queued from its animation-frame callbacks runs (style,
    // layout and paint come after the callbacks); each of the app's modules records, as it starts to run,
    // whether that had happened.
    await page.addInitScript(() =>
      requestAnimationFrame(() =>
        setTimeout(() => ((globalThis as { __painted?: boolean }).__painted = true)),
      ),
    );
    let appModuleServed: () => void = () => undefined;
    const served = new Promise<void>((resolve) => (appModuleServed = resolve));
    await page.route(/\/assets\/(?!prerender-gate-)[\w.-]+\.js$/, async (route: Route) => {
      const response = await route.fetch();
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      const probe = `(globalThis.__ran ??= []).push([${JSON.stringify(name)}, globalThis.__painted === true]);\n`;
      await route.fulfill({ response, body: probe + (await response.text()) });
      if (APP_MODULE.test(route.request().url())) appModuleServed();
    });
    // The page's first paint waits for the view's stylesheet, held until the app's code is in the browser:
    // code that may run then must not run before the paint.
    await page.route(/\/assets\/prerender-[\w-]+\.css$/, async (route: Route) => {
      await served;
      await page.waitForTimeout(200);
      await route.continue();
    });
    await page.goto(`${opened.baseURL}/`);
    await expect.poll(() => marks(page).then((m) => m['adm:interactive'])).toBeDefined();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    const ran = await page.evaluate(() => (globalThis as { __ran?: [string, boolean][] }).__ran ?? []);
    expect(ran.map(([name]) => name)).toContainEqual(expect.stringMatching(APP_MODULE_NAME));
    expect(ran.filter(([, painted]) => !painted)).toEqual([]);
    expectNoErrors(opened);
  });

  test('the first frame is the whole view, even when the page arrives in parts', async () => {
    // The page stops for a while in the middle of the view (before its legend), as a slow network may stop
    // it; the browser must not paint the part it has (the map box would be taller without the legend).
    const origin = baseURL();
    const server = createServer((req, res) => {
      void (async () => {
        const upstream = await fetch(`${origin}${req.url ?? '/'}`);
        const body = await upstream.text();
        res.writeHead(upstream.status, {
          'Content-Type': upstream.headers.get('content-type') ?? 'text/plain',
        });
        const cut = req.url === '/' ? body.indexOf('<div class="pr-legend') : -1;
        if (cut < 0) return void res.end(body);
        res.write(body.slice(0, cut));
        await new Promise((resolve) => setTimeout(resolve, 700));
        res.end(body.slice(cut));
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const { page } = await openPage('about:blank');
      // What the first frame has in the page, read just before it is painted.
      await page.addInitScript(() => {
        requestAnimationFrame(() => {
          const shown = document.querySelector('#prerender .pr-legend.pr-closed') !== null;
          (globalThis as { __firstFrame?: boolean }).__firstFrame = shown;
        });
      });
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' });
      await expect
        .poll(() => page.evaluate(() => (globalThis as { __firstFrame?: boolean }).__firstFrame), {
          timeout: 10_000,
        })
        .toBe(true);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('the first frame waits for the head script, which the page does not wait for', async () => {
    const opened = await openPage('about:blank');
    const { page } = opened;
    // What the first frame has, read just before it is painted: the head script's class, and the whole view.
    await page.addInitScript(() =>
      requestAnimationFrame(() => {
        const frame = {
          shown: document.documentElement.classList.contains('adm-prerender'),
          parsed: document.getElementById('prerender-end') !== null,
        };
        (globalThis as { __firstFrame?: object }).__firstFrame = frame;
      }),
    );
    let parsedFirst = false;
    await page.route(/\/assets\/prerender-gate-[\w-]+\.js$/, async (route: Route) => {
      // Held until the page below the head script has been parsed: the script does not block the parser.
      await expect
        .poll(() => page.evaluate(() => document.getElementById('prerender-end') !== null))
        .toBe(true);
      parsedFirst = true;
      await page.waitForTimeout(300);
      await route.continue();
    });
    await page.goto(`${opened.baseURL}/`, { waitUntil: 'commit' });
    await expect
      .poll(() => page.evaluate(() => (globalThis as { __firstFrame?: object }).__firstFrame))
      .toEqual({ shown: true, parsed: true });
    expect(parsedFirst).toBe(true);
    await expect.poll(() => marks(page).then((m) => m['adm:interactive'])).toBeDefined();
    expectNoErrors(opened);
  });

  test('without JavaScript the picture stays, with the page’s note', async () => {
    const { page } = await openPage('/', { context: { javaScriptEnabled: false } });
    await page.locator('#prerender .pr-fit').filter({ visible: true }).waitFor();
    const note = page.locator('noscript');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('AI Deal Map needs JavaScript to draw the map.');
    await page.screenshot({ path: `${OUTPUT_DIR}prerender-no-javascript.png` });
  });

  test('unknown parameters still get it', async () => {
    const { page, release } = await heldBack(
      '/?utm_source=newsletter',
      { width: 1280, height: 800 },
      'light',
    );
    await page.locator('#prerender .pr-fit').filter({ visible: true }).waitFor();
    release();
  });

  for (const path of ['/?data=data/ai-deals.json', '/?embed=1', '/?view=table', '/?theme=dark']) {
    test(`${path} never shows it`, async () => {
      const { page, release } = await heldBack(path, { width: 1280, height: 800 }, 'light');
      expect(await page.locator('#prerender').evaluate((el) => getComputedStyle(el).display)).toBe('none');
      expect(await page.locator('#prerender').isVisible()).toBe(false);
      release();
      await page.locator('#app > *').first().waitFor();
      expect(await page.locator('#prerender').count()).toBe(0);
    });
  }

  test('when the bundled data does not load, the picture goes and the problem shows', async () => {
    const opened = await openPage('about:blank');
    await opened.page.route('**/data/ai-deals.json', (route) => route.fulfill({ status: 500, body: 'no' }));
    await opened.page.goto(`${opened.baseURL}/`);
    await opened.page
      .locator('.loading-page')
      .getByRole('button', { name: /open file/i })
      .waitFor();
    expect(await opened.page.locator('#prerender').count()).toBe(0);
  });

  test('without the prerender (another view), the marks are the live map’s own', async () => {
    const opened = await openPage('/?view=map');
    await expect.poll(() => marks(opened.page).then((m) => m['adm:interactive'])).toBeDefined();
    const m = await marks(opened.page);
    // The live map cannot be drawn before its data and its code have arrived; the picture could be (that is
    // its point), so a mark taken from the picture's paint would come earlier. (The browser's own
    // first-contentful-paint is no yardstick here: it is the presentation of the frame the map is drawn in,
    // so it may come before or after the app's mark.)
    const arrived = await opened.page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.name.includes('/data/ai-deals.json') || /\/assets\/index-[^/]*\.js$/.test(r.name))
        .map((r) => r.responseEnd),
    );
    expect(arrived).toHaveLength(2);
    expect(m['adm:first-frame']).toBeGreaterThanOrEqual(Math.max(...arrived));
    expect(m['adm:first-frame']).toBeLessThanOrEqual(m['adm:interactive'] ?? -1);
    await expect
      .poll(() => marks(opened.page).then((x) => x['adm:settled']))
      .toBeGreaterThanOrEqual(m['adm:first-frame'] ?? Infinity);
    expectNoErrors(opened);
  });
});
