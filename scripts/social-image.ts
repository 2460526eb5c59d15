/**
 * Writes public/social.png, the 1200x630 social-preview image, from the real map: the built app (dist/) in
 * headless Chromium, light theme. Run after `npm run build`, when the map's look or data changed a lot:
 *   npx tsx scripts/social-image.ts
 * and commit the PNG (tests/unit/social-meta.test.ts checks its size: 1200x630, under 300 KB).
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DIST_DIR, startStaticServer } from '../tests/browser/server.ts';
import { findChrome } from './find-chrome.mjs';

const OUT = fileURLToPath(new URL('../public/social.png', import.meta.url));

async function main(): Promise<void> {
  if (!existsSync(`${DIST_DIR}index.html`)) throw new Error('dist/ is missing: run `npm run build` first.');
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium/Chrome found: run `node scripts/ensure-chrome.mjs`.');
  const server = await startStaticServer();
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({
      viewport: { width: 1200, height: 630 },
      deviceScaleFactor: 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/?theme=light`, { waitUntil: 'load' });
    await page.locator('[data-company]').first().waitFor();
    await page.locator('h1').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    await page.screenshot({ path: OUT, type: 'png' });
    console.log(`Wrote ${OUT} (${Math.round(statSync(OUT).size / 1024)} KB)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
