/**
 * Privacy (security.md, requirement 8): after a session that searches, focuses, switches to the table and
 * opens details, the app has set no cookie, stored nothing (localStorage, sessionStorage, IndexedDB, Cache
 * Storage) and made no request that left its own origin.
 */
import { describe, expect, test } from 'vitest';
import { bundledData, busiestCompany, dealsOf, literal } from './data.ts';
import { clickDeal, expectNoErrors, openPage } from './harness.ts';

describe('privacy', () => {
  test('no cookies, no storage and no request off the origin after using the app', async () => {
    const data = bundledData();
    const company = busiestCompany(data);
    const opened = await openPage('/');
    const { page, context } = opened;

    await page.locator('[data-company]').first().waitFor();
    await page.getByRole('combobox', { name: 'Find a company' }).focus();
    await page.keyboard.type(company.name.toLowerCase());
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`focus=${company.id}(&|$)`));

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('table tbody tr[data-deal]').first().waitFor();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.locator('[data-company]').first().waitFor();

    const [deal] = dealsOf(data, company.id);
    if (!deal) throw new Error(`no deal of ${company.id} in the bundled data`);
    await clickDeal(page, deal.id);
    await page.waitForURL(new RegExp(`select=${deal.id}`));
    await page
      .getByRole('region', { name: new RegExp(literal(company.name)) })
      .first()
      .waitFor();

    // And once more after a reload, as a returning reader.
    await page.reload({ waitUntil: 'load' });
    await page
      .getByRole('region', { name: new RegExp(literal(company.name)) })
      .first()
      .waitFor();

    expect(await context.cookies(), 'cookies').toEqual([]);
    const stored = await page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
      caches: await caches.keys(),
      cookie: document.cookie,
    }));
    expect(stored).toEqual({ local: [], session: [], indexedDB: [], caches: [], cookie: '' });
    expect(opened.offOriginRequests, 'requests off the server origin').toEqual([]);
    expectNoErrors(opened);
  });
});
