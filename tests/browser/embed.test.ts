import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseURL, expectNoErrors, openPage, screenshot } from './harness.ts';
import { startStaticServer, type StaticServer } from './server.ts';

const RECOMMENDED = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
let host: StaticServer;

/** A blog-like page on another origin embedding the map in a column of `width` px, with the host script. */
function blogPage(width: number, options: { spacer?: number; sandbox?: string } = {}): string {
  const app = baseURL();
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blog</title>
<link rel="stylesheet" href="blog.css"></head><body><main class="c${width}">
<h1>A post about AI deals</h1><p>Text before the map.</p>
${options.spacer ? `<div class="spacer${options.spacer}"></div>` : ''}
<iframe src="${app}/?embed=1&amp;focus=anthropic&amp;data=data/v/2026-11-26.json" title="AI Deal Map" width="100%"
 height="500" loading="lazy" frameborder="0" scrolling="no" sandbox="${options.sandbox ?? RECOMMENDED}"></iframe>
<p>Text after the map.</p><div class="spacer2000"></div></main>
<script src="${app}/embed.js" async></script></body></html>`;
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'adm-blog-'));
  writeFileSync(
    join(dir, 'blog.css'),
    'body{margin:0;font-family:serif}main{margin:0 auto;padding:0 8px}.c375{max-width:375px}' +
      '.c1024{max-width:1024px}.spacer9000{height:9000px}.spacer2000{height:2000px}iframe{display:block}',
  );
  writeFileSync(join(dir, 'blog-375.html'), blogPage(375));
  writeFileSync(join(dir, 'blog-1024.html'), blogPage(1024));
  writeFileSync(join(dir, 'blog-lazy.html'), blogPage(680, { spacer: 9000 }));
  host = await startStaticServer({ root: dir });
});

afterAll(async () => {
  await host.close();
});

/** Opens a host page with a recorder of every message the page receives. */
async function openBlog(file: string, viewport = { width: 1100, height: 800 }) {
  const opened = await openPage('/', { viewport });
  const { page } = opened;
  await page.addInitScript(() => {
    const w = window as unknown as { __messages: unknown[] };
    w.__messages = [];
    window.addEventListener('message', (event) => w.__messages.push(event.data));
  });
  await page.goto(`${host.url}/${file}`);
  return { opened, page };
}

async function mapFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no iframe content');
  await frame.locator('[data-company]').first().waitFor();
  return frame;
}

const messages = (page: Page) =>
  page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
const iframeHeight = (page: Page) => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);

describe('embedding in a blog post', () => {
  for (const width of [375, 1024]) {
    test(`at a ${width} px column the host script sets the posted height, and every message is exactly {type, height}`, async () => {
      const { opened, page } = await openBlog(`blog-${width}.html`, { width: width + 40, height: 900 });
      const frame = await mapFrame(page);
      await expect.poll(async () => (await messages(page)).length).toBeGreaterThan(0);
      await expect
        .poll(async () => {
          const all = (await messages(page)) as { height: number }[];
          return Math.abs((await iframeHeight(page)) - (all.at(-1)?.height ?? 0));
        })
        .toBeLessThanOrEqual(2);
      for (const message of (await messages(page)) as Record<string, unknown>[]) {
        expect(Object.keys(message).sort()).toEqual(['height', 'type']);
        expect(message['type']).toBe('ai-deal-map:height');
        expect(Number.isInteger(message['height'])).toBe(true);
      }
      // The content fits the frame exactly: no inner scrolling, nothing cut off.
      const content = await frame.evaluate(() => document.documentElement.scrollHeight);
      expect(Math.abs(content - (await iframeHeight(page)))).toBeLessThanOrEqual(2);
      expect(await frame.getByRole('heading', { level: 1 }).textContent()).toContain('AI Deal Map');
      expect(await frame.getByText('Focus: Anthropic').count()).toBe(1);
      const full = frame.getByRole('link', { name: /Open full map/ });
      const href = (await full.getAttribute('href')) ?? '';
      expect(href).toContain('focus=anthropic');
      expect(href).toContain('data=data/v/2026-11-26.json');
      expect(href).not.toContain('embed=');
      await screenshot(page, `embed-blog-${width}`, true);
      expect(opened.pageErrors).toEqual([]);
    });
  }

  test('a lazy iframe below the fold loads and is sized once scrolled near', async () => {
    const { page } = await openBlog('blog-lazy.html');
    await page.waitForTimeout(800);
    expect(await messages(page)).toEqual([]);
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await mapFrame(page);
    await expect.poll(async () => (await messages(page)).length).toBeGreaterThan(0);
    const last = ((await messages(page)) as { height: number }[]).at(-1)?.height ?? 0;
    await expect.poll(async () => Math.abs((await iframeHeight(page)) - last)).toBeLessThanOrEqual(2);
  });

  test('a plain wheel scrolls the page; ctrl-wheel zooms the map; clicks never add host history', async () => {
    const { page } = await openBlog('blog-1024.html', { width: 1100, height: 700 });
    const frame = await mapFrame(page);
    const node = frame.locator('[data-company="anthropic"]');
    // The camera, as the accessible layer follows it.
    const camera = frame.locator('.map-access > g');
    const before = await camera.getAttribute('transform');
    const box = await page.locator('iframe').boundingBox();
    if (!box) throw new Error('no iframe box');
    await page.mouse.move(box.x + box.width / 3, box.y + 250);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    expect(await camera.getAttribute('transform')).toBe(before);

    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => camera.getAttribute('transform')).not.toBe(before);

    const entries = await page.evaluate(() => window.history.length);
    await frame.getByRole('button', { name: 'Zoom in' }).click();
    await node.click();
    await frame.getByRole('button', { name: 'Close details' }).waitFor();
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
  });

  test('the host script ignores everything but integer heights from 50 to 10,000 posted by the iframe', async () => {
    const { page } = await openBlog('blog-1024.html');
    const frame = await mapFrame(page);
    await expect.poll(async () => (await messages(page)).length).toBeGreaterThan(0);
    const settled = await iframeHeight(page);
    for (const bogus of [
      { type: 'ai-deal-map:height', height: 30 },
      { type: 'ai-deal-map:height', height: 20000 },
      { type: 'ai-deal-map:height', height: 333.5 },
      { type: 'ai-deal-map:height', height: '333' },
      { type: 'other', height: 333 },
      'ai-deal-map:height 333',
    ]) {
      await frame.evaluate((m) => parent.postMessage(m, '*'), bogus);
    }
    await page.evaluate(() => window.postMessage({ type: 'ai-deal-map:height', height: 333 }, '*'));
    await page.waitForTimeout(300);
    expect(await iframeHeight(page)).toBe(settled);
    await frame.evaluate(() => parent.postMessage({ type: 'ai-deal-map:height', height: 333 }, '*'));
    await expect.poll(() => iframeHeight(page)).toBe(333);
  });
});

describe('sandboxed embeds', () => {
  /** The host page on the app's own origin, so the embed can read its sandbox tokens. */
  async function sandboxed(sandbox: string) {
    const opened = await openPage('/');
    const { page } = opened;
    const frameErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && frameErrors.push(m.text()));
    await page.route('**/sandbox-host.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><iframe src="./?embed=1&amp;select=openai-aws-2025-compute&amp;data=data/v/2026-11-26.json" title="Map" width="900" height="700" sandbox="${sandbox}"></iframe>`,
      }),
    );
    await page.goto(`${opened.baseURL}/sandbox-host.html`);
    const frame = await mapFrame(page);
    await frame.getByRole('button', { name: 'Close details' }).waitFor();
    return { opened, page, frame, frameErrors };
  }

  test('with the recommended sandbox, links open in a new tab', async () => {
    const { frame, frameErrors } = await sandboxed(RECOMMENDED);
    expect(await frame.getByRole('link', { name: /Open full map/ }).count()).toBe(1);
    expect(await frame.locator('a[target="_blank"][href^="http"]').count()).toBeGreaterThan(1);
    expect(frameErrors).toEqual([]);
  });

  test('with allow-scripts allow-same-origin alone, links become copyable text, with no errors', async () => {
    const { frame, frameErrors, opened } = await sandboxed('allow-scripts allow-same-origin');
    expect(await frame.locator('a[target="_blank"]').count()).toBe(0);
    expect(await frame.getByText(/^Full map:/).count()).toBe(1);
    expect(await frame.locator('.copyable').count()).toBeGreaterThan(1);
    expect(frameErrors).toEqual([]);
    expectNoErrors(opened);
  });
});
