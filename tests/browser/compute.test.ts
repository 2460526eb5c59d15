// The compute view (`view=compute`): each buyer's compute commitments by provider. Expected providers and
// figures are read from the bundled data file here, never written into the test.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatUsd } from '../../src/lib/format/money.ts';
import { bundledData, nameOf, type RawDeal } from './data.ts';
import { baseURL, expectNoErrors, openPage, OUTPUT_DIR, screenshot } from './harness.ts';
import { startStaticServer, type StaticServer } from './server.ts';

interface ComputeDeal extends RawDeal {
  amount?: { usd?: number; value?: number; kind: string; scope: string; currency: string };
  overlaps?: string[];
  supersededBy?: string;
  termYears?: number;
}

const data = bundledData();
const parents = new Map(
  (data.companies as { id: string; parent?: string }[]).map((c) => [c.id, c.parent ?? c.id]),
);
const deals = data.deals as ComputeDeal[];

/** The buyer's compute deals that can count as of `asof` (not called off, started, not ended), by provider. */
function providersOf(buyer: string, asof = data.meta.updated): Map<string, ComputeDeal[]> {
  const byProvider = new Map<string, ComputeDeal[]>();
  for (const d of deals) {
    if (d.type !== 'compute' || parents.get(d.from) !== buyer || d.status === 'terminated') continue;
    if (d.date > asof || (d.endDate !== undefined && d.endDate <= asof)) continue;
    const provider = parents.get(d.to) ?? d.to;
    byProvider.set(provider, [...(byProvider.get(provider) ?? []), d]);
  }
  return byProvider;
}

/** The row's labels: provider name → amount text. */
async function rowLabels(page: Page, buyer: string): Promise<Map<string, string>> {
  const row = page.locator(`article[data-company="${buyer}"][data-side="buyer"]`);
  await row.waitFor();
  const items = await row
    .locator('.labels li')
    .evaluateAll((lis) =>
      lis.map((li) => [
        li.querySelector('.name')?.textContent ?? '',
        li.querySelector('.amount')?.textContent ?? '',
      ]),
    );
  return new Map(items as [string, string][]);
}

describe('the compute view', () => {
  test('?view=compute lists OpenAI’s providers with the amounts the data holds', async () => {
    const opened = await openPage('/?view=compute', { viewport: { width: 1440, height: 900 } });
    const { page } = opened;
    const labels = await rowLabels(page, 'openai');
    const providers = providersOf('openai');
    expect(providers.size).toBeGreaterThan(2);
    expect([...labels.keys()].sort()).toEqual([...providers.keys()].map((id) => nameOf(data, id)).sort());
    // Providers whose deals are plain totals, none overlapping or superseded: the label is their exact sum.
    let checked = 0;
    for (const [provider, list] of providers) {
      const plain = list.every(
        (d) =>
          d.amount?.usd !== undefined &&
          d.amount.kind === 'exact' &&
          d.amount.scope === 'total' &&
          !d.overlaps?.length &&
          d.supersededBy === undefined,
      );
      if (!plain) continue;
      const sum = list.reduce((s, d) => s + (d.amount?.usd ?? 0), 0);
      expect(labels.get(nameOf(data, provider))).toBe(formatUsd(sum));
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    // Labs come first.
    const first = await page.locator('article[data-side="buyer"]').first().getAttribute('data-company');
    expect(
      (data.companies as { id: string; category?: string }[]).find((c) => c.id === first)?.category,
    ).toBe('ai-lab');
    await screenshot(page, 'compute-1440-light', true);
    expectNoErrors(opened);
  });

  test('&focus=anthropic shows only Anthropic’s row', async () => {
    const opened = await openPage('/?view=compute&focus=anthropic&theme=dark', {
      viewport: { width: 1440, height: 900 },
      colorScheme: 'dark',
    });
    const { page } = opened;
    await page.locator('article[data-company="anthropic"]').waitFor();
    const rows = await page
      .locator('article')
      .evaluateAll((a) => a.map((x) => x.getAttribute('data-company')));
    expect(rows).toEqual(['anthropic']);
    const labels = await rowLabels(page, 'anthropic');
    expect([...labels.keys()].sort()).toEqual(
      [...providersOf('anthropic').keys()].map((id) => nameOf(data, id)).sort(),
    );
    await screenshot(page, 'compute-focus-anthropic-1440-dark', true);
    expectNoErrors(opened);
  });

  test('&asof=2024-06-30 drops the providers OpenAI signed later', async () => {
    const opened = await openPage('/?view=compute&asof=2024-06-30');
    const { page } = opened;
    const labels = await rowLabels(page, 'openai');
    const then = [...providersOf('openai', '2024-06-30').keys()].map((id) => nameOf(data, id)).sort();
    const later = [...providersOf('openai').keys()]
      .map((id) => nameOf(data, id))
      .filter((name) => !then.includes(name));
    expect(then.length).toBeGreaterThan(0);
    expect(later.length).toBeGreaterThan(0);
    expect([...labels.keys()].sort()).toEqual(then);
    expectNoErrors(opened);
  });

  test('clicking a segment opens its deal in the details panel', async () => {
    const opened = await openPage('/?view=compute&focus=openai');
    const { page } = opened;
    const segment = page.locator('article[data-company="openai"] .bar button').first();
    const provider = await segment.getAttribute('data-company');
    await segment.click();
    await page.getByRole('button', { name: 'Close details' }).waitFor();
    const selected = new URL(page.url()).searchParams.get('select');
    const deal = deals.find((d) => d.id === selected);
    expect(deal?.type).toBe('compute');
    expect(deal?.from).toBe('openai');
    expect(parents.get(deal?.to ?? '')).toBe(provider);
    expect(new URL(page.url()).searchParams.get('view')).toBe('compute');
    expectNoErrors(opened);
  });

  test('a company’s details show its compact bar and open the compute view on it', async () => {
    const opened = await openPage('/?select=openai', { viewport: { width: 1440, height: 900 } });
    const { page } = opened;
    const section = page.getByRole('region', { name: 'Compute' });
    await section.waitFor();
    const names = await section.locator('.labels .name').allTextContents();
    const expected = [...providersOf('openai').keys()].map((id) => nameOf(data, id));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(expected).toContain(name);
    await screenshot(page, 'compute-details-openai-1440-light');
    await section.getByRole('button', { name: 'Open in compute view' }).click();
    await page.locator('article[data-company="openai"]').waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('compute');
    expect(url.searchParams.get('focus')).toBe('openai');
    expectNoErrors(opened);
  });

  test('the Export menu saves the compute view as SVG and PNG and its rows as CSV', async () => {
    const opened = await openPage('/?view=compute&focus=openai');
    const { page } = opened;
    await page.locator('article[data-company="openai"]').waitFor();
    const dir = join(OUTPUT_DIR, 'exports');
    mkdirSync(dir, { recursive: true });
    const files: Record<string, string> = {};
    for (const [key, item] of [
      ['svg', 'Compute view as SVG'],
      ['png', 'Compute view as PNG (2×)'],
      ['csv', 'Compute rows as CSV'],
    ] as const) {
      const trigger = page.getByRole('button', { name: 'Export', exact: true });
      if ((await trigger.getAttribute('aria-expanded')) !== 'true') await trigger.click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 15_000 }),
        page.getByRole('button', { name: item }).click(),
      ]);
      const name = download.suggestedFilename();
      expect(name).toMatch(new RegExp(`^ai-deal-map-compute-openai-.*\\.${key}$`));
      await download.saveAs(join(dir, name));
      files[key] = join(dir, name);
    }
    const svg = readFileSync(files['svg'] as string, 'utf8');
    for (const id of providersOf('openai').keys()) expect(svg).toContain(nameOf(data, id));
    expect(
      readFileSync(files['png'] as string)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const csv = readFileSync(files['csv'] as string, 'utf8');
    expect(csv.trim().split('\n').length).toBe(providersOf('openai').size + 1);
    expectNoErrors(opened);
  });

  test('at 375 px the rows stack without page-level horizontal scrolling; tables on request', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const opened = await openPage('/?view=compute', {
        viewport: { width: 375, height: 812 },
        colorScheme: scheme,
      });
      const { page } = opened;
      await page.locator('article').first().waitFor();
      await page.getByRole('button', { name: 'Show as tables' }).click();
      await page.locator('article table').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await screenshot(page, `compute-375-${scheme}`);
      expectNoErrors(opened);
    }
  });
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('the compute view is accessible', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe, ${scheme}: no serious or critical violations (with tables shown)`, async () => {
      const { page } = await openPage('/?view=compute', { colorScheme: scheme });
      await page.locator('article').first().waitFor();
      await page.getByRole('button', { name: 'Show as tables' }).click();
      await page.locator('article table').first().waitFor();
      await page.evaluate(axeSource);
      const violations = (await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string }[] }> };
          }
        ).axe;
        return (await axe.run(document)).violations;
      })) as { id: string; impact: string }[];
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    });
  }
});

describe('the compute view embedded', () => {
  let host: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'adm-compute-'));
    writeFileSync(
      join(dir, 'post.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title><link rel="icon" href="data:,"></head><body>
<p>Who buys compute from whom.</p>
<iframe src="${baseURL()}/?view=compute&amp;embed=1&amp;focus=anthropic" title="AI Deal Map" width="100%"
 height="300" frameborder="0" scrolling="no"
 sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
<script src="${baseURL()}/embed.js" async></script></body></html>`,
    );
    host = await startStaticServer({ root: dir });
  });
  afterAll(async () => {
    await host.close();
  });

  test('view=compute&embed=1 draws the row and posts its height, which the host applies', async () => {
    const opened = await openPage('/', { viewport: { width: 700, height: 900 } });
    const { page } = opened;
    await page.addInitScript(() => {
      const w = window as unknown as { __heights: number[] };
      w.__heights = [];
      window.addEventListener('message', (event) => {
        if (event.data?.type === 'ai-deal-map:height') w.__heights.push(event.data.height);
      });
    });
    await page.goto(`${host.url}/post.html`);
    const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
    if (!frame) throw new Error('no frame');
    await frame.locator('article[data-company="anthropic"] .bar button').first().waitFor();
    await expect
      .poll(async () => {
        const heights = await page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
        const content = await frame
          .locator('.embed')
          .evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
        const frameHeight = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
        return (
          heights.length > 0 &&
          Math.abs((heights.at(-1) ?? 0) - content) <= 1 &&
          Math.abs(frameHeight - content) <= 1
        );
      })
      .toBe(true);
    await screenshot(page, 'compute-embed-700-light', true);
    // The host page is on another origin, so only errors are checked here.
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});
