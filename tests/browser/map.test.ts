import { describe, expect, test } from 'vitest';
import { bestSourcedDeal, bundledData, busiestCompany, dealsOf, literal, nameOf } from './data.ts';
import { clickDeal, expectNoErrors, openPage, screenshot } from './harness.ts';
import type { Page } from 'playwright-core';

async function positions(page: Page): Promise<Record<string, [string | null, string | null]>> {
  return page
    .locator('[data-company]')
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((n) => [
          n.getAttribute('data-company'),
          [n.getAttribute('data-x'), n.getAttribute('data-y')],
        ]),
      ),
    );
}

describe('the map', () => {
  test('searching a company by name with the keyboard focuses it and the URL gains focus=<id>', async () => {
    const data = bundledData();
    const company = busiestCompany(data);
    const opened = await openPage('/');
    const { page } = opened;
    const search = page.getByRole('combobox', { name: 'Find a company' });
    await search.focus();
    await page.keyboard.type(company.name.toLowerCase());
    await page.getByRole('option').first().waitFor();
    expect(await page.getByRole('option').first().textContent()).toContain(company.name);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`focus=${company.id}(&|$)`));
    const expected = dealsOf(data, company.id).length;
    await expect.poll(() => page.locator('[data-deal]').count()).toBe(expected);
    expect(await page.getByTestId('status-line').textContent()).toContain(`Showing ${expected} of`);
    await screenshot(page, 'map-focused-busiest-desktop-light');
    expectNoErrors(opened);
  });

  test('clicking a deal shows its sources as http(s) links with their host', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    const data = bundledData();
    const deal = bestSourcedDeal(data);
    await clickDeal(page, deal.id);
    await page.waitForURL(new RegExp(`select=${literal(deal.id)}`));
    const parties = `${literal(nameOf(data, deal.from))}.*${literal(nameOf(data, deal.to))}`;
    const details = page.getByRole('region', { name: new RegExp(parties) });
    await details.waitFor();
    const links = details.locator('a[target="_blank"]');
    await expect.poll(() => links.count()).toBeGreaterThanOrEqual(deal.sources.length);
    for (const source of deal.sources) {
      const host = new URL(source.url).hostname.replace(/^www\./, '');
      const link = details.locator(`a[href="${new URL(source.url).href}"]`).first();
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await link.textContent()).toContain(host);
    }
    const hrefs = await links.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href') ?? ''));
    expect(hrefs.every((href) => /^https?:\/\//.test(href))).toBe(true);
    await screenshot(page, 'deal-best-sourced-desktop-light');
    expectNoErrors(opened);
  });

  test('filtering never moves a company', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const before = await positions(page);
    await page.getByRole('checkbox', { name: /^Investment/ }).click();
    await page.waitForURL(/types=/);
    await page.getByRole('checkbox', { name: /^Reported/ }).click();
    await page.waitForURL(/status=/);
    const after = await positions(page);
    expect(Object.keys(after).length).toBeLessThan(Object.keys(before).length);
    for (const [id, xy] of Object.entries(after)) expect(xy).toEqual(before[id]);
    expectNoErrors(opened);
  });

  test('back restores the previous view', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    const data = bundledData();
    const total = data.deals.length;
    const company = busiestCompany(data);
    await page.getByRole('combobox', { name: 'Find a company' }).fill(company.name);
    await page.keyboard.press('Enter');
    const focused = new RegExp(`focus=${company.id}(&|$)`);
    await page.waitForURL(focused);
    await expect
      .poll(() => page.getByTestId('status-line').textContent())
      .not.toContain(`Showing ${total} of`);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('focus='));
    await expect
      .poll(() => page.getByTestId('status-line').textContent())
      .toContain(`Showing ${total} of ${total}`);
    await page.goForward();
    await page.waitForURL(focused);
    expectNoErrors(opened);
  });

  test('the map is traversable by keyboard: Tab in, arrows move to neighbours, Enter selects', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const tabbable = page.locator('[data-company][tabindex="0"]');
    expect(await tabbable.count()).toBe(1);
    await tabbable.focus();
    const start = await page.evaluate(() => document.activeElement?.getAttribute('data-company'));
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      const now = await page.evaluate(() => document.activeElement?.getAttribute('data-company'));
      if (now && now !== start) break;
    }
    const moved = await page.evaluate(() => document.activeElement?.getAttribute('data-company'));
    expect(moved).toBeTruthy();
    expect(moved).not.toBe(start);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`select=${moved}`));
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.search.includes('select='));
    expectNoErrors(opened);
  });

  test('hostile and unknown URL values are ignored with a visible notice, never run', async () => {
    const evil = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
    const opened = await openPage(
      `/?focus=aws2,${evil}&depth=3&min=-5&theme=<b>&utm_source=x&select=${evil}`,
    );
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'ignored' });
    await notice.first().waitFor();
    const text = (await notice.first().textContent()) ?? '';
    expect(text).toContain('"aws2"');
    expect(text).toContain('depth');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expectNoErrors(opened);
  });

  test('theme=dark overrides the system preference', async () => {
    const opened = await openPage('/?theme=dark', { colorScheme: 'light' });
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(247, 247, 245)');
    await screenshot(page, 'map-desktop-dark-by-param');
    expectNoErrors(opened);
  });
});
