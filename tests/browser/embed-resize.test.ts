// A blog page on another origin with several sandboxed embeds, resized 320 → 1280 → 375 px. The host applies
// the posted height either at once (embed.js) or late (its own script, after 500 ms). No frame may raise an
// error event (the ResizeObserver loop error included) or log a console error, and each width change may cause
// at most one new height message per frame.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseURL, openPage, screenshot } from './harness.ts';
import { startStaticServer, type StaticServer } from './server.ts';

const FULL = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
const MINIMAL = 'allow-scripts allow-same-origin';
let host: StaticServer;

const FRAMES = [
  { query: 'embed=1&focus=anthropic', sandbox: FULL },
  { query: 'embed=1&theme=dark&types=compute', sandbox: FULL },
  { query: 'embed=1', sandbox: MINIMAL },
];

function hostPage(script: string): string {
  const app = baseURL();
  const frames = FRAMES.map(
    (f, i) =>
      `<p>Paragraph ${i}.</p><iframe src="${app}/?${f.query.replace(/&/g, '&amp;')}" title="Map ${i}" width="100%" height="400" frameborder="0" scrolling="no" sandbox="${f.sandbox}"></iframe>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blog</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="blog.css"><script src="recorder.js"></script></head><body><main>
${frames}</main><script src="${script}" async></script></body></html>`;
}

// Records every height message with the index of the frame that sent it (external: no inline script).
const RECORDER = `window.__heights = [];
window.addEventListener('message', function (event) {
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source && event.data && event.data.type === 'ai-deal-map:height') {
      window.__heights.push({ frame: i, height: event.data.height });
    }
  }
});`;

// A host that applies the height only after 500 ms.
const LATE_HOST = `window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.type !== 'ai-deal-map:height' || typeof data.height !== 'number') return;
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) {
      var frame = frames[i];
      setTimeout(function () { frame.style.height = data.height + 'px'; }, 500);
    }
  }
});`;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'adm-resize-'));
  writeFileSync(join(dir, 'blog.css'), 'body{margin:0}main{padding:0 10px}iframe{display:block;border:0}');
  writeFileSync(join(dir, 'recorder.js'), RECORDER);
  writeFileSync(join(dir, 'late-host.js'), LATE_HOST);
  writeFileSync(join(dir, 'at-once.html'), hostPage(`${baseURL()}/embed.js`));
  writeFileSync(join(dir, 'late.html'), hostPage('late-host.js'));
  host = await startStaticServer({ root: dir });
});

afterAll(async () => {
  await host.close();
});

type Heights = { frame: number; height: number }[];
const heights = (page: Page) => page.evaluate(() => (window as unknown as { __heights: Heights }).__heights);

/** Waits until no new height message arrived for `quiet` ms. */
async function settle(page: Page, quiet = 1500): Promise<void> {
  let count = -1;
  for (let i = 0; i < 40; i++) {
    const now = (await heights(page)).length;
    if (now === count) return;
    count = now;
    await page.waitForTimeout(quiet);
  }
}

describe('embeds at changing widths', () => {
  for (const [name, file] of [
    ['at once', 'at-once.html'],
    ['late (after 500 ms)', 'late.html'],
  ] as const) {
    test(`with the host applying the height ${name}: no error in any frame, one height per width change`, async () => {
      const opened = await openPage('/', { viewport: { width: 320, height: 900 } });
      const { page, context } = opened;
      // Runs in every frame: error events (ResizeObserver loop errors are error events, not exceptions).
      await context.addInitScript(() => {
        const w = window as unknown as { __errors: string[] };
        // Resource errors (a failed <link> or <img>) are error events too: name the element and its address.
        const describe = (target: EventTarget | null) =>
          target instanceof Element
            ? `<${target.localName} ${target.getAttribute('href') ?? target.getAttribute('src') ?? ''}>`
            : 'window';
        w.__errors = [];
        window.addEventListener(
          'error',
          (event) => w.__errors.push(event.message || `${String(event.error)} on ${describe(event.target)}`),
          true,
        );
      });
      const consoleErrors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      await page.goto(`${host.url}/${file}`);
      const frames = await Promise.all(
        FRAMES.map(async (_, i) => {
          const frame = await (await page.locator('iframe').nth(i).elementHandle())?.contentFrame();
          if (!frame) throw new Error(`no content in frame ${i}`);
          await frame.locator('[data-company]').first().waitFor();
          return frame;
        }),
      );
      await settle(page);
      for (const width of [1280, 375]) {
        const before = (await heights(page)).length;
        await page.setViewportSize({ width, height: 900 });
        await settle(page);
        const posted = (await heights(page)).slice(before);
        for (let i = 0; i < FRAMES.length; i++) {
          expect(
            posted.filter((m) => m.frame === i).length,
            `height messages from frame ${i} after resizing to ${width} px: ${JSON.stringify(posted)}`,
          ).toBeLessThanOrEqual(1);
        }
        // Every frame ends at the height it posted last, with its content fully inside.
        for (const [i, frame] of frames.entries()) {
          const last = (await heights(page)).filter((m) => m.frame === i).at(-1)?.height ?? 0;
          const box = await page.locator('iframe').nth(i).boundingBox();
          expect(Math.abs((box?.height ?? 0) - last)).toBeLessThanOrEqual(1);
          const content = await frame.evaluate(() => document.documentElement.scrollHeight);
          expect(
            Math.abs(content - last),
            `frame ${i} at ${width}: content ${content}, posted ${last}, ${JSON.stringify(await heights(page))}`,
          ).toBeLessThanOrEqual(2);
        }
      }
      await screenshot(page, `embed-resize-${file.replace('.html', '')}-375`, true);
      for (const frame of frames) {
        expect(await frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual(
          [],
        );
      }
      expect(consoleErrors.join('\n')).toBe('');
      expect(opened.pageErrors).toEqual([]);
    });
  }
});
