import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { bundledData, busiestCompany } from './data.ts';
import { expectNoErrors, openPage } from './harness.ts';

/** The bundled data without its frozen positions, served at fixtures/no-layout.json, so the app lays it out. */
async function serveWithoutLayout(page: Page): Promise<void> {
  const { layout: _layout, ...rest } = bundledData() as unknown as Record<string, unknown>;
  await page.route('**/fixtures/no-layout.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(rest) }),
  );
}

async function positionsAfterLoad(): Promise<Record<string, string>> {
  const opened = await openPage('/');
  const { page } = opened;
  await serveWithoutLayout(page);
  await page.goto(`${opened.baseURL}/?data=fixtures/no-layout.json`);
  await page.locator('[data-company]').first().waitFor();
  expect(await page.getByText('Data: no-layout.json').count()).toBe(1);
  const positions = await page
    .locator('[data-company]')
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((n) => [
          n.getAttribute('data-company'),
          `${n.getAttribute('data-x')},${n.getAttribute('data-y')}`,
        ]),
      ),
    );
  expectNoErrors(opened);
  return positions;
}

describe('layout in the browser', () => {
  test('a file without frozen positions is laid out the same way on every load', async () => {
    const first = await positionsAfterLoad();
    const second = await positionsAfterLoad();
    expect(Object.keys(first).length).toBe(bundledData().companies.length);
    expect(Object.values(first).every((xy) => !xy.includes('NaN'))).toBe(true);
    expect(second).toEqual(first);
  });

  test('dragging a company pins it; double-click releases it', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    const company = busiestCompany(bundledData());
    const node = page.locator(`[data-company="${company.id}"]`);
    await node.waitFor();
    const box = await node.boundingBox();
    if (!box) throw new Error(`${company.name} is not on screen`);
    const before = await node.getAttribute('data-x');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 6 });
    await page.mouse.up();
    expect(await node.getAttribute('data-x')).not.toBe(before);
    expect(await node.getAttribute('class')).toContain('pinned');
    await page.getByRole('button', { name: 'Unpin all' }).click();
    expect(await node.getAttribute('data-x')).toBe(before);
    expectNoErrors(opened);
  });
});
