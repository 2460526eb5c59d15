// The script-tag embed: placeholders + embed.js on a host page whose policy allows scripts and frames from the
// map's origin only (no 'unsafe-inline'). Placeholders become sandboxed lazy iframes, sized by the posted height;
// a placeholder inserted later is picked up; attribute values never become markup.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseURL, openPage, screenshot } from './harness.ts';
import { startStaticServer, type StaticServer } from './server.ts';

let host: StaticServer;
const HOSTILE = '"><img src=x id=pwned>';

beforeAll(async () => {
  const app = baseURL();
  const dir = mkdtempSync(join(tmpdir(), 'adm-script-'));
  writeFileSync(join(dir, 'blog.css'), 'body{margin:0}main{max-width:680px;margin:0 auto;padding:0 8px}');
  writeFileSync(
    join(dir, 'post.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title>
<link rel="stylesheet" href="blog.css"></head><body><main><h1>A post</h1>
<div class="ai-deal-map-embed" data-focus="anthropic" data-types="compute" data-theme="dark" data-title="Anthropic's compute" data-height="500" data-onload="alert(1)"><noscript><a href="${app}/?focus=anthropic">AI Deal Map</a></noscript></div>
<p>Between the maps.</p>
<div class="ai-deal-map-embed" data-focus="${HOSTILE.replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"></div>
<p>After the maps.</p></main>
<script src="${app}/embed.js" async></script></body></html>`,
  );
  const policy =
    `default-src 'none'; script-src ${app}; frame-src ${app}; img-src ${app}; style-src 'self'; ` +
    `base-uri 'none'; object-src 'none'`;
  host = await startStaticServer({ root: dir, headers: { 'Content-Security-Policy': policy } });
});

afterAll(async () => {
  await host.close();
});

describe('script-tag embed', () => {
  test('placeholders become sandboxed lazy iframes from the map origin, sized, with no CSP violation', async () => {
    const opened = await openPage('/', { viewport: { width: 720, height: 900 } });
    const { page, context } = opened;
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[]; __errors: string[] };
      w.__violations = [];
      w.__errors = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      window.addEventListener('error', (e) => w.__errors.push(e.message), true);
    });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(`${host.url}/post.html`);

    const frames = page.locator('.ai-deal-map-embed > iframe');
    await expect.poll(() => frames.count()).toBe(2);
    const first = frames.nth(0);
    const src = new URL((await first.getAttribute('src')) ?? '');
    expect(src.origin).toBe(baseURL());
    expect(src.search).toBe('?focus=anthropic&types=compute&theme=dark&embed=1');
    expect(await first.getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    expect(await first.getAttribute('loading')).toBe('lazy');
    expect(await first.getAttribute('title')).toBe("Anthropic's compute");
    expect(await first.getAttribute('onload')).toBeNull();
    // The hostile value is text in the address, never markup on the host page.
    expect(new URL((await frames.nth(1).getAttribute('src')) ?? '').searchParams.get('focus')).toBe(HOSTILE);
    expect(await page.locator('#pwned').count()).toBe(0);

    const map = await (await first.elementHandle())?.contentFrame();
    if (!map) throw new Error('no map in the first frame');
    await map.locator('[data-company="anthropic"]').waitFor();
    await expect
      .poll(async () => {
        const content = await map.evaluate(() => document.documentElement.scrollHeight);
        return Math.abs(content - ((await first.boundingBox())?.height ?? 0));
      })
      .toBeLessThanOrEqual(2);
    expect(await map.getByText('Focus: Anthropic').count()).toBe(1);

    // A CMS inserts a placeholder after load.
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.className = 'ai-deal-map-embed';
      div.setAttribute('data-view', 'table');
      document.querySelector('main')?.append(div);
    });
    await expect.poll(() => frames.count()).toBe(3);
    expect(new URL((await frames.nth(2).getAttribute('src')) ?? '').search).toBe('?view=table&embed=1');

    await screenshot(page, 'embed-script-tag-720', true);
    const recorded = await page.evaluate(() => {
      const w = window as unknown as { __violations: string[]; __errors: string[] };
      return { violations: w.__violations, errors: w.__errors };
    });
    expect(recorded).toEqual({ violations: [], errors: [] });
    expect(await map.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
      [],
    );
    expect(consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });

  for (const [width, scheme] of [
    [1440, 'light'],
    [375, 'dark'],
  ] as const) {
    test(`the Embed dialog writes either form (${width} px, ${scheme})`, async () => {
      const { page } = await openPage('/?focus=anthropic', {
        viewport: { width, height: 900 },
        colorScheme: scheme,
      });
      // Phones fold the top bar's actions into a menu.
      if (width < 761) await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name: 'Embed' }).click();
      const snippet = page.locator('#embed-snippet');
      await expect.poll(() => snippet.inputValue()).toContain('<iframe src=');
      await page.getByRole('radio', { name: 'script tag' }).check();
      const text = await snippet.inputValue();
      expect(text).toMatch(/^<div class="ai-deal-map-embed" data-focus="anthropic"/);
      expect(text).toContain('/embed.js" async></script>');
      expect(text).not.toContain('<iframe');
      await screenshot(page, `embed-dialog-script-${width}-${scheme}`);
      await page.getByRole('radio', { name: 'iframe' }).check();
      await expect.poll(() => snippet.inputValue()).toContain('<iframe src=');
    });
  }
});
