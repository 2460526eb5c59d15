import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectNoErrors, openPage, screenshot } from './harness.ts';

interface DataFile {
  meta: { title: string };
  companies: unknown[];
  deals: unknown[];
}

function readData(): DataFile {
  return JSON.parse(readFileSync(new URL('../../data/ai-deals.json', import.meta.url), 'utf8')) as DataFile;
}

describe('initial load', () => {
  test('renders the title and counts from the bundled data, cleanly, at 1280x800 (light)', async () => {
    const data = readData();
    const opened = await openPage('/', { viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    const { page } = opened;

    const h1 = page.locator('h1');
    await h1.first().waitFor({ state: 'visible' });
    expect(await h1.count()).toBe(1);
    expect(await h1.textContent()).toContain(data.meta.title);

    const counts = page.locator('[data-testid="counts"]');
    await counts.waitFor({ state: 'visible' });
    const text = (await counts.textContent()) ?? '';
    expect(text).toContain(`${data.companies.length} companies`);
    expect(text).toContain(`${data.deals.length} deals`);

    await screenshot(page, 'load-desktop-light');
    expectNoErrors(opened);
  });

  test('renders cleanly on a phone in dark mode (375x812)', async () => {
    const data = readData();
    const opened = await openPage('/', { viewport: { width: 375, height: 812 }, colorScheme: 'dark' });
    const { page } = opened;

    await page.locator('h1').first().waitFor({ state: 'visible' });
    expect(await page.locator('h1').textContent()).toContain(data.meta.title);
    await page.locator('[data-testid="counts"]').waitFor({ state: 'visible' });

    await screenshot(page, 'load-phone-dark');
    expectNoErrors(opened);
  });
});
