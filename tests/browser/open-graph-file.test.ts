// A Gephi GEXF file opened with "Open file…": its layout is kept (the drawn positions follow its viz:position),
// its own fields show in the details panel, and the legend speaks of links, not money.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoErrors, openPage, screenshot } from './harness.ts';

const GEXF = readFileSync('tests/fixtures/import/gephi-1.2.gexf');
const MISERABLES = readFileSync('tests/fixtures/import/miserables-id.json');

async function centre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`[data-company="${id}"]`).boundingBox();
  if (!box) throw new Error(`no node ${id}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('opening a GEXF file', () => {
  for (const [width, scheme] of [
    [1440, 'light'],
    [375, 'dark'],
  ] as const) {
    test(`positions follow viz:position; fields show in the details (${width} px, ${scheme})`, async () => {
      const opened = await openPage('/', { viewport: { width, height: 900 }, colorScheme: scheme });
      const { page } = opened;
      await page.locator('[data-company]').first().waitFor();
      await page
        .getByTestId('file-input')
        .setInputFiles({ name: 'les-mis.gexf', mimeType: 'application/xml', buffer: GEXF });
      await page.locator('[data-company="2"]').waitFor();
      const [myriel, napoleon, valjean] = await Promise.all(['0', '1', '2'].map((id) => centre(page, id)));
      if (!myriel || !napoleon || !valjean) throw new Error('nodes missing');
      // Gephi: Napoleon left of and above Myriel, Valjean right of and below (y flipped onto the screen).
      expect(napoleon.x).toBeLessThan(myriel.x);
      expect(napoleon.y).toBeLessThan(myriel.y);
      expect(valjean.x).toBeGreaterThan(myriel.x);
      expect(valjean.y).toBeGreaterThan(myriel.y);
      // One scale for the whole picture: the file's proportions are kept.
      const fileRatio = (418.1 - 266.8) / (266.8 + 10);
      expect((myriel.x - napoleon.x) / (valjean.x - myriel.x)).toBeCloseTo(fileRatio, 1);
      // The file is undirected: no arrowheads, and the legend says so.
      if (width > 1000) expect(await page.getByText('No arrows: links have no direction').count()).toBe(1);
      expect(await page.locator('.svg-map path[marker-end]').count()).toBe(0);
      await page.locator('[data-company="0"]').click();
      await expect.poll(() => page.getByText('Fields from the file').count()).toBe(1);
      expect(await page.getByRole('row', { name: /role\s+bishop/ }).count()).toBe(1);
      // A plain network: no money totals, the links listed with their weights.
      expect(await page.getByText('Money in and out').count()).toBe(0);
      expect(await page.getByRole('heading', { name: /^Links/ }).count()).toBe(1);
      await screenshot(page, `open-gexf-${width}-${scheme}`);
      expectNoErrors(opened);
    });
  }
});

test('D3 miserables.json: a plain network with weights, arrows for direction, no dollars', async () => {
  const opened = await openPage('/', { viewport: { width: 1440, height: 900 } });
  const { page } = opened;
  await page.locator('[data-company]').first().waitFor();
  // The button and the drop zone name every format the importers read.
  const formats = 'JSON, CSV, GEXF or GraphML file (gzip-compressed too)';
  expect(await page.getByRole('button', { name: 'Open file…' }).getAttribute('title')).toBe(
    `Map your own ${formats}`,
  );
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{}'], 'graph.json'));
    return transfer;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect.poll(() => page.getByText(`Drop a ${formats} to map it`).count()).toBe(1);
  await page.dispatchEvent('body', 'dragleave', { dataTransfer });
  await expect.poll(() => page.getByText(`Drop a ${formats} to map it`).count()).toBe(0);
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'miserables.json', mimeType: 'application/json', buffer: MISERABLES });
  await page.locator('[data-company="valjean"]').waitFor();
  expect(await page.getByText('Arrow: link direction').count()).toBe(1);
  expect(await page.getByText('Width: weight').count()).toBe(1);
  expect(await page.getByText('Reported / low confidence').count()).toBe(0);
  expect(await page.locator('.svg-map path[marker-end]').count()).toBeGreaterThan(0);
  await page.locator('[data-company="valjean"]').click();
  await expect.poll(() => page.getByRole('heading', { name: /^Links/ }).count()).toBe(1);
  expect(await page.getByText('Money in and out').count()).toBe(0);
  const details = page.getByRole('complementary', { name: 'Details' });
  expect(await details.textContent()).not.toMatch(/\$|Undisclosed|Reported/);
  expect(await details.getByText('weight 31').count()).toBe(1);
  // No money anywhere: the filters offer no minimum amount either.
  expect(await page.getByTestId('filter-panel').textContent()).not.toMatch(/\$|Minimum amount/);
  await screenshot(page, 'open-miserables-1440-light');
  expectNoErrors(opened);
});
