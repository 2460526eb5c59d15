/**
 * A big file without positions: the map is drawn from the first positions and follows the layout (from the
 * worker) as it settles; "Arranging the map…" with Stop and Resume sits over it meanwhile. Renderer-neutral:
 * what moves is read from screenshots of the map and the performance marks, not from SVG attributes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { syntheticMarket } from '../../bench/synthetic.ts';
import { expectNoErrors, openPage, OUTPUT_DIR } from './harness.ts';

// Big enough that the layout takes a few seconds in the worker. The view is focused on the biggest hub and
// its partners, so the SVG renderer (slow at thousands of companies) draws a few hundred.
const COMPANIES = 5000;
const market = syntheticMarket({ companies: COMPANIES, deals: 3 * COMPANIES });
const hub = busiest(market.deals);

function busiest(deals: readonly { from: string; to: string }[]): string {
  const count = new Map<string, number>();
  for (const d of deals) for (const id of [d.from, d.to]) count.set(id, (count.get(id) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

async function serveMarket(page: Page): Promise<void> {
  const body = JSON.stringify(market);
  await page.route('**/fixtures/market.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

const marks = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ['adm:first-frame', 'adm:settled'].map((name) => [
        name,
        performance.getEntriesByName(name).map((e) => e.startTime),
      ]),
    ),
  );

describe('a big file is laid out while the map is on screen', () => {
  test('drawn before the layout ends; Stop halts it, Resume continues, it ends settled', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await serveMarket(page);
    await page.goto(`${opened.baseURL}/?data=fixtures/market.json&focus=${hub}`);
    const status = page.getByTestId('layout-status');
    const stop = status.getByRole('button', { name: 'Stop' });
    await stop.waitFor({ timeout: 30_000 });
    await expect.poll(() => status.getByRole('status').textContent()).toMatch(/Arranging the map/);

    // The map is on screen before the layout has finished.
    await expect
      .poll(async () => (await marks(page))['adm:first-frame']?.length, { timeout: 30_000 })
      .toBe(1);
    expect((await marks(page))['adm:settled']).toEqual([]);
    const map = page.locator('.map-wrap');
    await map.screenshot({ path: `${OUTPUT_DIR}layout-run-arranging.png` });

    // The page answers a click while the layout runs (a loose ceiling: the SVG renderer redraws 2,000
    // companies per frame; the bench measures input-to-paint).
    const clicked = Date.now();
    await stop.click();
    await status.getByRole('button', { name: 'Resume' }).waitFor();
    expect(Date.now() - clicked).toBeLessThan(3000);
    await expect.poll(() => status.getByRole('status').textContent()).toMatch(/stopped at \d+%/);

    // Stopped: the map no longer changes.
    await page.waitForTimeout(500);
    const still = await map.screenshot();
    await page.waitForTimeout(1000);
    expect((await map.screenshot()).equals(still)).toBe(true);
    expect((await marks(page))['adm:settled']).toEqual([]);

    // Resumed: it moves again, then settles and the status goes away.
    await status.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => status.getByRole('status').textContent()).toMatch(/Arranging the map/);
    await status.waitFor({ state: 'detached', timeout: 60_000 });
    const done = await marks(page);
    expect(done['adm:settled']).toHaveLength(1);
    expect(done['adm:settled']?.[0]).toBeGreaterThan(done['adm:first-frame']?.[0] ?? Infinity);
    await map.screenshot({ path: `${OUTPUT_DIR}layout-run-settled.png` });
    expectNoErrors(opened);
  });
});
