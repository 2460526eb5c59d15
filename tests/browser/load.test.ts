import { describe, expect, test } from 'vitest';
import { formatDate } from '../../src/lib/format/date.ts';
import { bundledData, busiestCompany } from './data.ts';
import { expectNoErrors, openPage, screenshot } from './harness.ts';

describe('initial load', () => {
  test('renders the title, the status line and every company of the bundled data, cleanly', async () => {
    const data = bundledData();
    const opened = await openPage('/', { viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    const { page } = opened;

    await page.locator('[data-company]').first().waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toContain(data.meta.title);
    expect(await page.getByTestId('status-line').textContent()).toContain(
      `Showing ${data.deals.length} of ${data.deals.length} deals`,
    );
    const rendered = await page
      .locator('[data-company]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-company')));
    expect(rendered.sort()).toEqual(data.companies.map((c) => c.id).sort());
    expect(await page.locator('[data-deal]').count()).toBe(data.deals.length);
    expect(await page.getByText(`Data updated ${formatDate(data.meta.updated)}`).count()).toBe(1);

    // The layout is settled before the first paint: nothing moves afterwards.
    const node = page.locator(`[data-company="${busiestCompany(data).id}"]`);
    const before = await node.boundingBox();
    expect(before).not.toBeNull();
    await page.waitForTimeout(300);
    expect(await node.boundingBox()).toEqual(before);

    await screenshot(page, 'map-desktop-light');
    expectNoErrors(opened);
  });

  test('renders cleanly on a phone in dark mode (375x812)', async () => {
    const data = bundledData();
    const opened = await openPage('/', { viewport: { width: 375, height: 812 }, colorScheme: 'dark' });
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    expect(await page.locator('[data-company]').count()).toBe(data.companies.length);
    // No horizontal overflow at 375 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'map-phone-dark');
    expectNoErrors(opened);
  });
});
