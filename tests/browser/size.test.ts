// Company size by valuation (`size=valuation`): the company with the largest valuation known at the date gets
// the largest circle, companies without one share the neutral size, and the legend says so and switches back.
// Expectations come from the bundled data file.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatUsd } from '../../src/lib/format/money.ts';
import { bundledData } from './data.ts';
import { expectNoErrors, openPage, screenshot } from './harness.ts';

interface Valued {
  id: string;
  valuations?: { date: string; usd: number }[];
}

const data = bundledData();
const companies = data.companies as Valued[];

/** The latest valuation of each company dated on or before `asof`. */
function latest(asof: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of companies) {
    const known = (c.valuations ?? [])
      .filter((v) => v.date <= asof)
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    const last = known.at(-1);
    if (last) out.set(c.id, last.usd);
  }
  return out;
}

async function radii(page: Page): Promise<Map<string, number>> {
  await page.locator('[data-company] circle').first().waitFor();
  const pairs = await page
    .locator('[data-company]')
    .evaluateAll((nodes) =>
      nodes.map((n) => [
        n.getAttribute('data-company'),
        Number(n.querySelector('circle')?.getAttribute('r')),
      ]),
    );
  return new Map(pairs as [string, number][]);
}

describe('size=valuation', () => {
  test('the most valuable company is drawn largest; companies without a valuation share one size', async () => {
    const opened = await openPage('/?size=valuation', { viewport: { width: 1440, height: 900 } });
    const { page } = opened;
    const r = await radii(page);
    const valued = latest(data.meta.updated);
    expect(valued.size).toBeGreaterThan(1);
    const top = [...valued].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
    const largest = Math.max(...r.values());
    expect(r.get(top)).toBeCloseTo(largest, 5);
    const unvalued = [...r].filter(([id]) => !valued.has(id)).map(([, radius]) => radius);
    expect(unvalued.length).toBeGreaterThan(0);
    expect(new Set(unvalued.map((x) => x.toFixed(3))).size).toBe(1);
    await expect
      .poll(() =>
        page.getByText(`${unvalued.length} companies with no known valuation: neutral size`).count(),
      )
      .toBe(1);
    await screenshot(page, 'size-valuation-1440-light');
    // The legend's control switches back to deal volume.
    await page.getByRole('group', { name: 'Size' }).getByRole('button', { name: 'deal volume' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('size')).toBe(null);
    const after = await radii(page);
    expect(
      new Set([...after].filter(([id]) => !valued.has(id)).map(([, x]) => x.toFixed(3))).size,
    ).toBeGreaterThan(1);
    expectNoErrors(opened);
  });

  test('as of a date, only valuations known by then count', async () => {
    const asof = '2025-06-30';
    const opened = await openPage(`/?size=valuation&asof=${asof}`);
    const { page } = opened;
    const r = await radii(page);
    const valued = latest(asof);
    const later = companies.filter(
      (c) => (c.valuations ?? []).length > 0 && !valued.has(c.id) && r.has(c.id),
    );
    const neutral = [...r].filter(([id]) => !valued.has(id)).map(([, x]) => x);
    expect(neutral.length).toBeGreaterThan(0);
    for (const c of later) expect(r.get(c.id)).toBeCloseTo(neutral[0] as number, 5);
    expectNoErrors(opened);
  });

  test('a company’s details give its latest valuation as of the date, with its source', async () => {
    const company = companies.find((c) => (c.valuations ?? []).length > 1) as Valued;
    const [first, second] = [...(company.valuations ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1));
    if (!first || !second) throw new Error('need a company with two valuations');
    const opened = await openPage(`/?select=${company.id}&asof=${first.date}`);
    const { page } = opened;
    const cell = page.getByTestId('valuation');
    await cell.waitFor();
    expect(await cell.innerText()).toContain(formatUsd(first.usd));
    expect(await cell.locator('a').count()).toBeGreaterThan(0);
    await page.goto(page.url().replace(`asof=${first.date}`, `asof=${second.date}`));
    await expect.poll(async () => page.getByTestId('valuation').innerText()).toContain(formatUsd(second.usd));
    expectNoErrors(opened);
  });
});
