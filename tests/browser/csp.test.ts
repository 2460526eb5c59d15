/**
 * The built app under the strict Content-Security-Policy of the deploy guide (README "Build and deploy"):
 * no inline script or style, no eval, data from the same origin only. Violations are recorded from before any
 * page script runs (init scripts are not subject to the policy) and must stay at zero through a session that
 * touches every lazily loaded part of the app.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundledData, busiestCompany, dealsOf, literal } from './data.ts';
import { exportImages } from './export-images.ts';
import { clickDeal, expectNoErrors, openPage, screenshot, type OpenedPage } from './harness.ts';
import { startStaticServer, type StaticServer } from './server.ts';

const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  column: number;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer({ headers: { 'Content-Security-Policy': STRICT_CSP } });
});

afterAll(async () => {
  await server.close();
});

/** A page on the CSP server that records `securitypolicyviolation` events from the first script on. */
async function openStrict(urlPath: string, theme: 'light' | 'dark' = 'light'): Promise<OpenedPage> {
  const opened = await openPage('about:blank', { baseURL: server.url, colorScheme: theme });
  await opened.context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        line: event.lineNumber,
        column: event.columnNumber,
        sample: event.sample,
      });
    });
  });
  await opened.page.goto(new URL(urlPath, server.url + '/').href, { waitUntil: 'load' });
  return opened;
}

/** Violations recorded since the last navigation (the list starts empty on every load). */
async function violations(page: Page): Promise<Violation[]> {
  // Reports are dispatched asynchronously: let a late one arrive.
  await page.waitForTimeout(100);
  return page.evaluate(() => window.__cspViolations ?? []);
}

async function expectServedWithPolicy(page: Page): Promise<void> {
  const response = await page.request.get(page.url());
  expect(response.headers()['content-security-policy']).toBe(STRICT_CSP);
}

describe('strict Content-Security-Policy', () => {
  test('a full session has no violation: search, focus, table, details, export, dark theme', async () => {
    const data = bundledData();
    const company = busiestCompany(data);
    const named = { name: new RegExp(literal(company.name)) };
    const opened = await openStrict('/');
    const { page } = opened;
    await expectServedWithPolicy(page);
    const seen: Violation[] = [];

    await page.locator('[data-company]').first().waitFor();
    expect(await page.locator('[data-company]').count()).toBe(data.companies.length);

    // Search with the keyboard and focus the company.
    await page.getByRole('combobox', { name: 'Find a company' }).focus();
    await page.keyboard.type(company.name.toLowerCase());
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`focus=${company.id}(&|$)`));

    // Table (lazy chunk and its stylesheet) and back.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('table tbody tr[data-deal]').first().waitFor();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.locator('[data-company]').first().waitFor();

    // A deal's details (lazy chunk and its stylesheet).
    const [deal] = dealsOf(data, company.id);
    if (!deal) throw new Error(`no deal of ${company.id} in the bundled data`);
    await clickDeal(page, deal.id);
    await page.waitForURL(new RegExp(`select=${deal.id}`));
    await page.getByRole('region', named).first().waitFor();

    const exported = await exportImages(page);
    if (exported.length > 0) expect(exported.join(' ')).toMatch(/\.svg\b.*\.png\b/);
    await screenshot(page, 'csp-strict-session-light');
    seen.push(...(await violations(page)));

    // Theme by parameter, after a reload.
    await page.goto(`${server.url}/?theme=dark&focus=${company.id}&select=${deal.id}`, { waitUntil: 'load' });
    await page.locator('[data-company]').first().waitFor();
    await page.getByRole('region', named).first().waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(247, 247, 245)');
    await screenshot(page, 'csp-strict-session-dark');
    seen.push(...(await violations(page)));

    expect(seen, 'CSP violations').toEqual([]);
    expectNoErrors(opened);
  });

  test('?theme=dark&view=table has no violation', async () => {
    const data = bundledData();
    const opened = await openStrict('/?theme=dark&view=table', 'dark');
    const { page } = opened;
    await page.locator('table tbody tr[data-deal]').first().waitFor();
    await page.getByRole('button', { name: /^Amount/ }).click();
    await expect.poll(() => page.locator('th[aria-sort]').count()).toBe(1);
    expect(await page.locator('table caption').innerText()).toContain(`${data.deals.length} deals`);
    await screenshot(page, 'csp-strict-table-dark');
    expect(await violations(page), 'CSP violations').toEqual([]);
    expectNoErrors(opened);
  });

  test('embed mode (?embed=1) has no violation', async () => {
    const opened = await openStrict(`/?embed=1&focus=${busiestCompany(bundledData()).id}`);
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    await screenshot(page, 'csp-strict-embed-light');
    expect(await violations(page), 'CSP violations').toEqual([]);
    expectNoErrors(opened);
  });

  test('the recorder works: an inline style attribute is reported', async () => {
    const opened = await openStrict('/');
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.setAttribute('style', 'color: red');
      document.body.append(probe);
    });
    await expect
      .poll(async () => (await violations(page)).map((v) => v.directive))
      .toContain('style-src-attr');
  });
});
