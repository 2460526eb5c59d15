import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { bundledData, busiestCompany } from './data.ts';
import { expectNoErrors, openPage, screenshot } from './harness.ts';

/** A company of the bundled map, to check that the map is (still) the bundled one. */
const bundledCompany = busiestCompany(bundledData());

const good = {
  format: 'ai-deal-map/1',
  meta: { title: 'My chip market', updated: '2026-01-31' },
  companies: [
    { id: 'fab-one', name: 'Fab One', category: 'chipmaker' },
    { id: 'lab-two', name: 'Lab Two', category: 'ai-lab' },
    { id: 'cloud-three', name: 'Cloud Three', category: 'hyperscaler' },
  ],
  deals: [
    {
      id: 'd1',
      from: 'lab-two',
      to: 'fab-one',
      type: 'chips',
      date: '2025-06',
      status: 'announced',
      sources: [{ url: 'https://example.com/a' }],
    },
    {
      id: 'd2',
      from: 'lab-two',
      to: 'cloud-three',
      type: 'compute',
      date: '2025-09-01',
      status: 'reported',
      sources: [{ url: 'https://example.com/b' }],
    },
  ],
};

const hostile = {
  companies: [
    { id: 'a', name: '<img src=x onerror="window.__pwned=1">', category: 'ai-lab' },
    { id: 'b', name: '\u202Eevil name', category: 'other', url: 'javascript:window.__pwned=1' },
  ],
  deals: [
    {
      id: 'x',
      from: 'a',
      to: 'b',
      type: 'investment',
      status: 'announced',
      summary: '<svg onload=window.__pwned=1>',
      sources: [{ url: ' JaVaScRiPt:window.__pwned=1', publisher: '"><script>window.__pwned=1</script>' }],
    },
  ],
};

function file(name: string, content: string, mimeType = 'application/json') {
  return { name, mimeType, buffer: Buffer.from(content, 'utf8') };
}

async function pick(page: Page, ...files: ReturnType<typeof file>[]): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(files);
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

describe('loading your own data', () => {
  test('a bad file shows what is wrong and where, the map stays usable, and a good file then loads cleanly', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const before = await page.locator('[data-company]').count();

    await pick(page, file('broken.json', '{"companies": [\n  {"id": "a",}\n]}'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('broken.json');
    expect(await alert.textContent()).toMatch(/not valid JSON \(line 2, column \d+\)/);
    expect(await page.locator('[data-company]').count()).toBe(before);
    await page.getByRole('combobox', { name: 'Find a company' }).fill(bundledCompany.name);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`focus=${bundledCompany.id}(&|$)`));
    await screenshot(page, 'load-bad-file-desktop-light');

    await pick(page, file('my-market.json', JSON.stringify(good)));
    await expect.poll(() => page.locator('[data-company]').count()).toBe(3);
    // No stale error from the previous file.
    expect(await page.getByText('broken.json').count()).toBe(0);
    expect(await page.getByText(/not valid JSON/).count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain('My chip market');
    expect(await page.getByText('Data: my-market.json').count()).toBe(1);
    expect(page.url()).not.toContain('focus=');

    // A file from the reader's computer has no address: Copy link says why.
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await page.getByText(/file from your computer/).count()).toBeGreaterThan(0);
    expectNoErrors(opened);
  });

  test('item problems load the rest and list what was skipped', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const partial = {
      ...good,
      deals: good.deals.map((d) => (d.id === 'd2' ? { ...d, date: '2025-02-30' } : d)),
    };
    await pick(page, file('partial.json', JSON.stringify(partial)));
    await expect.poll(() => page.locator('[data-deal]').count()).toBe(1);
    const status = page.getByRole('status').filter({ hasText: 'skipped' });
    expect(await status.first().textContent()).toContain('deals[1].date');
    expectNoErrors(opened);
  });

  test('hostile text and links in a file are shown as text and never run', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    await pick(page, file('hostile.json', JSON.stringify(hostile)));
    await expect.poll(() => page.locator('[data-company]').count()).toBe(2);
    await page.locator('[data-company="a"]').click();
    await page.getByRole('button', { name: 'Close details' }).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.getByText('<img src=x onerror="window.__pwned=1">').count()).toBeGreaterThan(0);
    expect(await pwned(page)).toBeUndefined();
    expectNoErrors(opened);
  });

  test('a deals CSV picked together with a companies CSV is mapped', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const fixture = (name: string) =>
      readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
    await pick(
      page,
      file('deals.csv', fixture('deals.csv'), 'text/csv'),
      file('companies.csv', fixture('companies.csv'), 'text/csv'),
    );
    await expect.poll(() => page.getByText('Data: deals.csv + companies.csv').count()).toBe(1);
    await expect.poll(() => page.locator('[data-company="lumiere-labs"]').count()).toBe(1);
    expect(await page.locator('[data-deal]').count()).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Table' }).click();
    await page.locator('table').waitFor();
    expect(await page.getByText('Lumière Labs').count()).toBeGreaterThan(0);
    await screenshot(page, 'load-csv-pair-table');
    expectNoErrors(opened);
  });

  test('a CSV with a missing column is refused with the file, and the map stays', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    await pick(page, file('deals.csv', 'id,from,type\nd1,a,investment\n', 'text/csv'));
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/deals\.csv.*"to"/s);
    expect(await page.locator(`[data-company="${bundledCompany.id}"]`).count()).toBe(1);
    expectNoErrors(opened);
  });

  test('drag and drop loads a file', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, JSON.stringify(good));
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect.poll(() => page.locator('[data-company]').count()).toBe(3);
    expect(await page.getByText('Data: dropped.json').count()).toBe(1);
    expectNoErrors(opened);
  });

  test('the bundled data is requested once without data=, never with data= naming another file, which is requested first', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    const bundledRequests = (log: string[]) => log.filter((u) => u.includes('/data/ai-deals.json'));
    const requests: string[] = [];
    const warnings: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    await page.route('**/files/market.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(good) }),
    );
    await page.goto(`${opened.baseURL}/`);
    await page.locator(`[data-company="${bundledCompany.id}"]`).waitFor();
    // The page's early request (the head script's preload, on the view with the prerendered picture) is the one
    // the loader uses: one download, not two.
    expect(bundledRequests(requests)).toHaveLength(1);
    expect(
      await page
        .locator('link[rel="preload"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('href'))),
    ).toEqual(['data/ai-deals.json']);

    requests.length = 0;
    // The scripts the page itself names: its head script and the app's modules.
    const preloaded = await page
      .locator('link[rel="modulepreload"], script[src]')
      .evaluateAll((els) =>
        els.map((e) => (e instanceof HTMLScriptElement ? e.src : (e as HTMLLinkElement).href)),
      );
    await page.goto(`${opened.baseURL}/?data=files/market.json`);
    await expect.poll(() => page.locator('[data-company]').count()).toBe(3);
    // Chromium warns of an unused preload about 3 s after the load event: wait past that.
    await page.waitForTimeout(3500);
    expect(bundledRequests(requests)).toEqual([]);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    // The file named is requested once, as the app's code starts: before any code the app loads on demand
    // (the layout's included), not once the app has mounted.
    const market = requests.filter((u) => u.endsWith('/files/market.json'));
    expect(market).toHaveLength(1);
    const lazy = requests.filter((u) => /\/assets\/(?!index-)[^/]+\.js$/.test(u) && !preloaded.includes(u));
    expect(lazy.length).toBeGreaterThan(0);
    expect(requests.indexOf(market[0]!)).toBeLessThan(requests.indexOf(lazy[0]!));
    expectNoErrors(opened);
  });

  test('?data= loads a file from the app, refuses private hosts, and a bad first load offers the bundled map', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await page.route('**/files/market.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(good) }),
    );
    await page.route('**/files/broken.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"deals": []}' }),
    );

    await page.goto(`${opened.baseURL}/?data=files/market.json`);
    await expect.poll(() => page.locator('[data-company]').count()).toBe(3);
    expect(await page.getByText('Data: market.json').count()).toBe(1);

    await page.goto(`${opened.baseURL}/?data=${encodeURIComponent('https://192.168.1.10/x.json')}`);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('private, loopback and link-local');

    await page.goto(`${opened.baseURL}/?data=files/broken.json`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('no "companies" list');
    await page.getByRole('button', { name: 'Open the bundled AI deal map instead' }).click();
    await page.locator(`[data-company="${bundledCompany.id}"]`).waitFor();
    expect(page.url()).not.toContain('data=');
    await screenshot(page, 'load-bundled-after-bad-link');
    expect(opened.offOriginRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});

describe('the hostile-file corpus in the browser', () => {
  const corpus = (name: string) =>
    file(name, readFileSync(new URL(`../fixtures/bad/${name}`, import.meta.url), 'utf8'), 'application/json');
  const subset = [
    'xss-in-every-text-field.json',
    'javascript-in-every-url-field.json',
    'url-scheme-tricks.json',
    'bidi-and-control-chars.json',
    'not-json-trailing-comma.json',
    'dangling-deal-ends.json',
    'proto-keys-top-level.json',
    'd3-dangling-link-index.json',
    'emoji-and-10000-character-name.json',
  ];

  test('each file is refused or loaded safely, and a good file loads right after with no stale error', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    for (const name of subset) {
      await pick(page, corpus(name));
      await expect.poll(() => page.getByText(name).count(), { timeout: 5000 }).toBeGreaterThan(0);
      // Whatever was shown, the map is there and nothing ran.
      await expect.poll(() => page.locator('[data-company]').count(), { message: name }).toBeGreaterThan(0);
      for (const company of await page.locator('[data-company]').all()) {
        await company.click();
        break;
      }
      expect(await page.locator('a[href^="javascript"], a[href^="data:"], a[href^="vbscript"]').count()).toBe(
        0,
      );
      expect(await pwned(page)).toBeUndefined();
      expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
      expect(
        await page.evaluate(() => (Object.prototype as Record<string, unknown>)['polluted']),
      ).toBeUndefined();

      await pick(page, corpus('good-minimal.json'));
      // After a refused file the previous map (already good-minimal.json) stays: wait for the new load itself.
      await expect
        .poll(() => page.getByText(name).count(), {
          message: `${name} still shown after good-minimal.json loaded`,
        })
        .toBe(0);
      expect(await page.getByText('Data: good-minimal.json').count()).toBe(1);
    }
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('NaN');
    expectNoErrors(opened);
  });

  test('a file over the size limit is refused at once, before it is read', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="file-input"]');
      if (!input) throw new Error('no file input');
      const big = new File([new Uint8Array(50 * 1024 * 1024 + 1)], 'huge.json', { type: 'application/json' });
      const dt = new DataTransfer();
      dt.items.add(big);
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('larger than the 50 MB limit');
    expect(await page.locator(`[data-company="${bundledCompany.id}"]`).count()).toBe(1);
    expectNoErrors(opened);
  });
});
