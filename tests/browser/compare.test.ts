// "Compare with…" in a company's details: the picker works with the keyboard and by touch, and the comparison it
// opens totals the pair as the app's own pure function does on the bundled data (no figure is written here).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseDealMapText } from '../../src/lib/data/parse.ts';
import { applyFilters } from '../../src/lib/filters/apply.ts';
import { NO_FILTERS } from '../../src/lib/filters/types.ts';
import { formatTotal } from '../../src/lib/format/money.ts';
import { buildModel } from '../../src/lib/graph/model.ts';
import { pairTotals } from '../../src/lib/graph/pair-totals.ts';
import { topPartners } from '../../src/lib/graph/partners.ts';
import { bundledData, busiestCompany } from './data.ts';
import { expectNoErrors, openPage, screenshot } from './harness.ts';

function bundledModel() {
  const text = readFileSync(new URL('../../data/ai-deals.json', import.meta.url), 'utf8');
  const parsed = parseDealMapText(text, 'ai-deals.json');
  if (!parsed.ok) throw new Error('the bundled data should load');
  return buildModel(parsed.value);
}

/** The busiest company, its partner with the most deals, and their pair totals as of the data's date. */
function pair() {
  const model = bundledModel();
  const first = model.companyIndex.get(busiestCompany(bundledData()).id);
  if (first === undefined) throw new Error('no busiest company');
  const [partner] = topPartners(model, first, 1);
  if (!partner) throw new Error('the busiest company has no partner');
  const visibility = applyFilters(model, NO_FILTERS);
  const totals = pairTotals(model, first, partner.index, visibility.visibleDeals, visibility.counted);
  const name = (i: number) => model.companies[i]?.name ?? '';
  return {
    model,
    first,
    second: partner.index,
    totals,
    name,
    id: (i: number) => model.companies[i]?.id ?? '',
  };
}

/** The comparison panel shows both names and both directions' totals as computed here. */
async function expectComparison(page: Page, p: ReturnType<typeof pair>): Promise<void> {
  const panel = page.getByRole('complementary', { name: 'Comparison' });
  const totals = panel.getByTestId('pair-totals');
  await totals.waitFor();
  const heading = (await panel.getByRole('heading', { level: 2 }).textContent()) ?? '';
  expect(heading).toContain(p.name(p.first));
  expect(heading).toContain(p.name(p.second));
  const shown = (await totals.textContent()) ?? '';
  for (const t of [p.totals.aToB, p.totals.bToA]) {
    expect(shown).toContain(t.all.deals === 0 ? '—' : formatTotal(t.all));
  }
  expect(await panel.locator('ol li').count()).toBe(p.totals.deals.length);
}

describe('Compare with…', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`by keyboard at 1440 × 900 (${colorScheme}): type a name, Enter, the pair's totals`, async () => {
      const p = pair();
      const opened = await openPage(`/?select=${p.id(p.first)}`, {
        viewport: { width: 1440, height: 900 },
        colorScheme,
      });
      const { page } = opened;
      const toggle = page.getByRole('button', { name: 'Compare with…' });
      await toggle.click();
      const input = page.getByRole('combobox', { name: 'Compare with' });
      const options = page.getByRole('listbox', { name: 'Compare with' }).getByRole('option');
      await input.waitFor();
      expect(await input.evaluate((e) => e === document.activeElement)).toBe(true);
      // Escape with nothing typed closes the picker only: the details stay, focus returns to the button.
      await page.keyboard.press('Escape');
      expect(await input.count()).toBe(0);
      expect(await toggle.evaluate((e) => e === document.activeElement)).toBe(true);
      expect(await page.getByRole('button', { name: 'Close details' }).count()).toBe(1);
      // The company itself is never offered.
      await page.keyboard.press('Enter');
      await input.fill(p.name(p.first));
      // The search has answered ("No company matches." or "N companies found…").
      await page
        .getByRole('status')
        .filter({ hasText: /compan/ })
        .waitFor();
      const offered = (await options.allTextContents()).map((t) =>
        (t.split(' — ')[0] ?? '').replace(/\s*\d+ deals?\s*$/, '').trim(),
      );
      expect(offered).not.toContain(p.name(p.first));
      await input.fill(p.name(p.second));
      await options.first().waitFor();
      await screenshot(page, `compare-with-picker-1440-${colorScheme}`);
      await page.keyboard.press('Enter');
      await expectComparison(page, p);
      // Focus follows to the comparison, so keyboard users are not left on the page's body.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      await screenshot(page, `compare-with-result-1440-${colorScheme}`);
      expectNoErrors(opened);
    });
  }

  test('by touch at 375 × 812: 44 px targets, one tap on a suggested partner', async () => {
    const p = pair();
    const opened = await openPage(`/?select=${p.id(p.first)}`, {
      viewport: { width: 375, height: 812 },
      context: { hasTouch: true, isMobile: true },
    });
    const { page } = opened;
    const toggle = page.getByRole('button', { name: 'Compare with…' });
    await toggle.tap();
    const picker = page.getByRole('group', { name: `Compare ${p.name(p.first)} with another company` });
    await picker.waitFor();
    const suggestion = picker.getByRole('button', { name: new RegExp(`^${p.name(p.second)} `) });
    for (const target of [toggle, picker.getByRole('combobox'), suggestion]) {
      const box = await target.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    }
    await screenshot(page, 'compare-with-picker-375');
    await suggestion.tap();
    await expectComparison(page, p);
    await screenshot(page, 'compare-with-result-375');
    expectNoErrors(opened);
  });
});
