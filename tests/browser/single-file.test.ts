/**
 * The single-file build (dist/ai-deal-map.html, written by `npm run build`): one HTML file with the app and the
 * bundled data inlined, opened from disk. Everything works without a single network request.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { inlineDataElement, INLINE_DATA_ID } from '../../src/lib/data/inline-data.ts';
import { bundledData, busiestCompany, dealsOf, literal } from './data.ts';
import { exportImages } from './export-images.ts';
import {
  clickDeal,
  expectNoErrors,
  openPage,
  screenshot,
  type OpenedPage,
  type OpenPageOptions,
} from './harness.ts';
import { DIST_DIR } from './server.ts';

const SINGLE_FILE = path.join(DIST_DIR, 'ai-deal-map.html');
const FILE_URL = pathToFileURL(SINGLE_FILE).href;

/** Open the single file from disk, recording every request (not only off-origin ones) from the start. */
async function openSingleFile(
  query = '',
  options: OpenPageOptions = {},
): Promise<OpenedPage & { requests: string[] }> {
  // A file: URL's origin is "null", so the harness flags any http(s) request as off-origin.
  const opened = await openPage('about:blank', { ...options, baseURL: FILE_URL });
  const requests: string[] = [];
  opened.context.on('request', (request) => requests.push(request.url()));
  await opened.page.goto(FILE_URL + query, { waitUntil: 'load' });
  return { ...opened, requests };
}

function expectOnlyLocalRequests(requests: string[]): void {
  const remote = requests.filter((url) => !/^(?:file|data|blob):/.test(url));
  expect(remote, 'requests other than file:, data: and blob:').toEqual([]);
}

beforeAll(() => {
  if (!existsSync(SINGLE_FILE)) {
    throw new Error(`${SINGLE_FILE} is missing: \`npm run build\` writes it.`);
  }
});

describe('the single-file build', () => {
  test('is one self-contained file: no external script, stylesheet or preload; the data inlined', () => {
    const html = readFileSync(SINGLE_FILE, 'utf8');
    // The markup, without the text of the inline script, style and data elements.
    const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
    expect(markup).not.toMatch(/<script\b[^>]*\ssrc\s*=/i);
    expect(markup).not.toMatch(/<link\b[^>]*rel="(?:stylesheet|preload|modulepreload)"/i);
    expect(markup).not.toMatch(/\s(?:src|href)="\.?\/?(?:assets|data)\//);
    expect(markup.match(/<script\b[^>]*>/g)).toEqual([
      '<script type="module">',
      `<script type="application/json" id="${INLINE_DATA_ID}">`,
    ]);
    expect(markup).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/,
    );
    // The normal build fetches its data and carries no inline data element.
    expect(readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8')).not.toContain(INLINE_DATA_ID);
  });

  test('its own policy is in force: an injected inline script does not run', async () => {
    const opened = await openSingleFile();
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect(opened.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
  });

  test('opens from disk: every company, search, details and the table, with no network request', async () => {
    const data = bundledData();
    const opened = await openSingleFile();
    const { page } = opened;

    await page.locator('[data-company]').first().waitFor();
    const rendered = await page
      .locator('[data-company]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-company')));
    expect(rendered.sort()).toEqual(data.companies.map((c) => c.id).sort());
    expect(await page.locator('[data-deal]').count()).toBe(data.deals.length);
    expect(await page.getByText('Data: ai-deals.json').count()).toBeGreaterThan(0);
    await screenshot(page, 'single-file-desktop-light');

    // Search with the keyboard.
    await page.getByRole('combobox', { name: 'Find a company' }).focus();
    const company = busiestCompany(data);
    await page.keyboard.type(company.name.toLowerCase());
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`focus=${company.id}(&|$)`));
    const expected = dealsOf(data, company.id).length;
    await expect.poll(() => page.locator('[data-deal]').count()).toBe(expected);

    // The details panel (a lazily loaded component in the normal build, inlined here).
    const [deal] = dealsOf(data, company.id);
    if (!deal) throw new Error(`no deal of ${company.id} in the bundled data`);
    await clickDeal(page, deal.id);
    await page.waitForURL(new RegExp(`select=${deal.id}`));
    await page
      .getByRole('region', { name: new RegExp(literal(company.name)) })
      .first()
      .waitFor();
    await screenshot(page, 'single-file-details');

    // Exports (once the app has them): the PNG draws the SVG through a blob: image, allowed by the file's policy.
    const exported = await exportImages(page);
    if (exported.length > 0) expect(exported.join(' ')).toMatch(/\.svg\b.*\.png\b/);

    // The table (also lazy in the normal build) and back.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('table tbody tr[data-deal]').first().waitFor();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.locator('[data-company]').first().waitFor();

    expectOnlyLocalRequests(opened.requests);
    expect(opened.requests.filter((url) => url.startsWith('file:'))).toEqual([FILE_URL]);
    expectNoErrors(opened);
  });

  test('from disk, Copy link and Embed explain that a file has no address to share', async () => {
    const opened = await openSingleFile();
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    await page.getByRole('button', { name: 'Embed' }).click();
    await page
      .getByRole('dialog')
      .getByText(/opened from a file/)
      .waitFor();
    expect(await page.locator('#embed-snippet').count()).toBe(0);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await page.getByText(/opened from a file/).count()).toBeGreaterThan(0);
    expectOnlyLocalRequests(opened.requests);
    expectNoErrors(opened);
  });

  test('opens from disk in dark mode on a phone', async () => {
    const opened = await openSingleFile('?theme=dark&view=table', {
      viewport: { width: 375, height: 812 },
      colorScheme: 'dark',
    });
    await opened.page.locator('table tbody tr[data-deal]').first().waitFor();
    await screenshot(opened.page, 'single-file-table-dark');
    expectOnlyLocalRequests(opened.requests);
    expectNoErrors(opened);
  });

  test('inline data with hostile strings stays inside its element in a real HTML parser', async () => {
    const opened = await openPage('about:blank');
    const value = {
      names: ['</script><script>window.__pwned=1</script>', '</SCRIPT >', '<!--<script>', 'a\u2028b\u2029c'],
    };
    const html = `<!doctype html><html><head>${inlineDataElement(JSON.stringify(value))}<script>window.__pwned=2</script></head><body></body></html>`;
    const parsed = await opened.page.evaluate(
      ([source, id]) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        return {
          text: doc.getElementById(id)?.textContent ?? '',
          scripts: doc.scripts.length,
        };
      },
      [html, INLINE_DATA_ID] as const,
    );
    expect(JSON.parse(parsed.text)).toEqual(value);
    expect(parsed.scripts).toBe(2);
  });
});
