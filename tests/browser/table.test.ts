import { describe, expect, test } from 'vitest';
import { bundledData, busiestCompany, dealsOf } from './data.ts';
import { expectNoErrors, openPage, screenshot } from './harness.ts';

async function tableIds(path: string, name: string, size = { width: 1280, height: 800 }) {
  const opened = await openPage(path, { viewport: size });
  const { page } = opened;
  await page.locator('table').waitFor();
  const ids = await page
    .locator('tbody tr[data-deal]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-deal')));
  await screenshot(page, name);
  expectNoErrors(opened);
  return { ids, page };
}

describe('the table view', () => {
  test("?view=table&focus=<id> lists exactly that company's deals", async () => {
    const data = bundledData();
    const company = busiestCompany(data);
    const expected = dealsOf(data, company.id).map((d) => d.id);
    const { ids } = await tableIds(`/?view=table&focus=${company.id}`, 'table-focus-busiest-desktop-light');
    expect(ids.sort()).toEqual(expected.sort());
  });

  test('?view=table&types=compute&from=2025 lists exactly the compute deals dated 2025 or later', async () => {
    const data = bundledData();
    const expected = data.deals.filter((d) => d.type === 'compute' && d.date >= '2025').map((d) => d.id);
    expect(expected.length).toBeGreaterThan(0);
    const { ids, page } = await tableIds(
      '/?view=table&types=compute&from=2025',
      'table-compute-2025-desktop-light',
    );
    expect(ids.sort()).toEqual(expected.sort());
    expect((await page.locator('caption').innerText()).replace(/\s+/g, ' ')).toContain(
      `${expected.length} deals`,
    );
  });

  test('sorting by amount puts the biggest figure first and marks the column', async () => {
    const opened = await openPage('/?view=table');
    const { page } = opened;
    await page.locator('table').waitFor();
    await page.getByRole('button', { name: /^Amount/ }).click();
    const header = page.locator('th[aria-sort]');
    expect(await header.count()).toBe(1);
    expect(await header.textContent()).toContain('Amount');
    expectNoErrors(opened);
  });

  test('works on a phone without page-level horizontal scrolling', async () => {
    const { page } = await tableIds(
      `/?view=table&focus=${busiestCompany(bundledData()).id}`,
      'table-phone-dark',
      {
        width: 375,
        height: 812,
      },
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
