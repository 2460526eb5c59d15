// A phone reader's first sight of the map: it fills the stage, the biggest companies are named, a selected deal
// stays in view above the details sheet, and the where-to-start hint comes once. Which companies are the
// biggest is computed from the bundled data file with the app's own model, never named here.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseDealMapText } from '../../src/lib/data/parse.ts';
import { formatTotal } from '../../src/lib/format/money.ts';
import { buildModel } from '../../src/lib/graph/model.ts';
import { pairTotals } from '../../src/lib/graph/pair-totals.ts';
import { bestSourcedDeal, bundledData, busiestCompany, dealsOf, nameOf } from './data.ts';
import { clickDeal, expectNoErrors, openPage, screenshot } from './harness.ts';

const PHONE = { width: 375, height: 812 };

function topTenByVolume(): string[] {
  const text = readFileSync(new URL('../../data/ai-deals.json', import.meta.url), 'utf8');
  const parsed = parseDealMapText(text, 'ai-deals.json');
  if (!parsed.ok) throw new Error('the bundled data should load');
  const model = buildModel(parsed.value);
  return model.companies
    .map((c, i) => ({ id: c.id, volume: model.volume[i] ?? 0 }))
    .sort((a, b) => b.volume - a.volume || (a.id < b.id ? -1 : 1))
    .slice(0, 10)
    .map((c) => c.id);
}

/** Screen boxes of the map's svg, of its circles and of its labels. */
async function drawn(page: Page) {
  return page.locator('svg.svg-map').evaluate((svg) => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    return {
      stage: box(svg),
      circles: [...svg.querySelectorAll('[data-node] circle:first-child')].map(box),
      labels: [...document.querySelectorAll('.svg-labels .labels text')].map((t) => ({
        text: t.textContent ?? '',
        ...box(t),
      })),
      centres: Object.fromEntries(
        [...svg.querySelectorAll('[data-node]')].map((g) => {
          const r = g.getBoundingClientRect();
          return [g.getAttribute('data-node'), { x: r.left + r.width / 2, y: r.top + r.height / 2 }];
        }),
      ),
    };
  });
}

describe('the map on a phone (375 × 812)', () => {
  test('fills the width of its stage and names the ten biggest companies', async () => {
    const opened = await openPage('/', { viewport: PHONE });
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const { stage, circles, labels } = await drawn(page);
    const marks = [...circles, ...labels];
    const left = Math.max(stage.x0, Math.min(...marks.map((m) => m.x0)));
    const right = Math.min(stage.x1, Math.max(...marks.map((m) => m.x1)));
    expect((right - left) / (stage.x1 - stage.x0)).toBeGreaterThanOrEqual(0.8);

    const data = bundledData();
    const named = new Set(labels.map((l) => l.text));
    const missing = topTenByVolume()
      .map((id) => data.companies.find((c) => c.id === id)?.name ?? id)
      .filter((name) => !named.has(name));
    expect(missing).toEqual([]);
    // The top bar stays one row: its height is about one 44 px button.
    const bar = await page.locator('header.topbar').boundingBox();
    expect(bar?.height).toBeLessThan(64);
    await screenshot(page, 'legibility-phone-overview');
    expectNoErrors(opened);
  });

  test('a selected deal keeps the map visible above the details sheet, with both companies in view', async () => {
    const data = bundledData();
    const deal = bestSourcedDeal(data);
    const opened = await openPage(`/?select=${deal.id}`, { viewport: PHONE });
    const { page } = opened;
    await page.getByRole('button', { name: 'Close details' }).waitFor();
    await page.locator('[data-company]').first().waitFor();
    const sheet = await page.getByRole('complementary', { name: 'Details' }).boundingBox();
    if (!sheet) throw new Error('no details sheet');
    const { stage, centres } = await drawn(page);
    expect(stage.y1).toBeLessThanOrEqual(sheet.y + 1);
    expect(stage.y1 - stage.y0).toBeGreaterThanOrEqual(180);
    for (const id of [deal.from, deal.to]) {
      const c = centres[id];
      expect(c, id).toBeDefined();
      expect(c?.x ?? -1).toBeGreaterThanOrEqual(stage.x0);
      expect(c?.x ?? -1).toBeLessThanOrEqual(stage.x1);
      expect(c?.y ?? -1).toBeGreaterThanOrEqual(stage.y0);
      expect(c?.y ?? -1).toBeLessThanOrEqual(stage.y1);
    }
    await screenshot(page, 'legibility-phone-deal-selected');
    expectNoErrors(opened);
  });

  test('the top bar’s actions open from the menu, with 44 px tap targets', async () => {
    const opened = await openPage('/', { viewport: PHONE });
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    const copy = page.getByRole('button', { name: 'Copy link' });
    expect(await copy.isVisible()).toBe(true);
    for (const target of [menu, page.getByRole('button', { name: 'Filters' }), copy]) {
      const box = await target.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
    }
    for (const name of ['Zoom in', 'Zoom out']) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(44);
    }
    await screenshot(page, 'legibility-phone-menu');
    await page.keyboard.press('Escape');
    expect(await copy.isVisible()).toBe(false);
    expectNoErrors(opened);
  });

  test('lists opened from the menu (stories, export) unfold inside it, nothing cut off', async () => {
    const opened = await openPage('/', { viewport: PHONE });
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    for (const [entry, item] of [
      ['Stories', page.getByRole('link', { name: /Azure exclusivity/ })],
      ['Export', page.getByRole('button', { name: /GEXF/ })],
    ] as const) {
      await menu.click();
      await page.getByRole('button', { name: entry, exact: true }).click();
      await item.first().waitFor();
      const box = await item.first().boundingBox();
      const panel = await page.locator('#topbar-actions').boundingBox();
      if (!box || !panel) throw new Error(`${entry}: nothing to measure`);
      // The item lies whole inside the menu's box, which lies inside the screen.
      expect(box.x, entry).toBeGreaterThanOrEqual(panel.x);
      expect(box.x + box.width, entry).toBeLessThanOrEqual(panel.x + panel.width);
      expect(panel.x, entry).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width, entry).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, `legibility-phone-menu-${entry.toLowerCase()}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }
    expectNoErrors(opened);
  });

  test('the menu closes once what was chosen in it opens: the circular flows, another view', async () => {
    const opened = await openPage('/', { viewport: PHONE });
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await page.getByRole('button', { name: /^Circular flows \(\d/ }).click();
    const panel = page.getByTestId('cycles-panel');
    await panel.waitFor();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    // The panel's own close button is not covered by the menu: a click reaches it.
    await panel.getByRole('button', { name: /close/i }).first().click();
    await expect.poll(() => panel.count()).toBe(0);
    await menu.click();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.waitForURL(/view=table/);
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expectNoErrors(opened);
  });
});

describe('a window between a phone and a wide screen', () => {
  /** Screen boxes of the time control's year labels. */
  const years = (page: Page) =>
    page.locator('[data-testid=time-control] .year').evaluateAll((spans) =>
      spans.map((s) => {
        const r = s.getBoundingClientRect();
        return { text: s.textContent ?? '', x0: r.left, x1: r.right };
      }),
    );

  for (const width of [900, 1024]) {
    test(`with a company's details open, the map keeps the width and the time control stays readable (${width} px)`, async () => {
      const data = bundledData();
      const company = busiestCompany(data);
      const opened = await openPage(`/?select=${company.id}`, { viewport: { width, height: 700 } });
      const { page } = opened;
      await page
        .getByRole('heading', { name: nameOf(data, company.id), level: 2 })
        .first()
        .waitFor();
      await page.getByTestId('time-control').waitFor();
      const map = await page.locator('.map-view').boundingBox();
      expect(map?.width ?? 0).toBeGreaterThan(width / 2);
      expect(map?.height ?? 0).toBeGreaterThan(200);
      // Every year of the axis, each clear of the next.
      const axis = await years(page);
      expect(axis.length).toBeGreaterThan(3);
      for (const [a, b] of axis.slice(1).map((b, i) => [axis[i]!, b] as const))
        expect(b.x0, `${a.text} and ${b.text}`).toBeGreaterThan(a.x1);
      // The filters are a click away in the top bar, and fold away again.
      const search = page.getByRole('combobox', { name: /find a company/i });
      expect(await search.isVisible()).toBe(false);
      const toggle = page.getByRole('button', { name: 'Filters', exact: true });
      await toggle.click();
      await expect.poll(() => search.isVisible()).toBe(true);
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await screenshot(page, `mid-${width}-filters`);
      await page.getByRole('button', { name: 'Close filters' }).click();
      await expect.poll(() => search.isVisible()).toBe(false);
      await screenshot(page, `mid-${width}-details`);
      // Escape from inside the drawer closes it and gives focus back to the Filters button.
      await toggle.click();
      await search.focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => search.isVisible()).toBe(false);
      expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
      // A drawer left open goes with the details: the next details open without it over the map.
      await toggle.click();
      await expect.poll(() => search.isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Close details' }).click();
      await expect.poll(() => search.isVisible()).toBe(true);
      // Reopened with a click on the map (same page, nothing reloaded).
      await page.locator(`.map-access [data-company="${company.id}"]`).click();
      await page
        .getByRole('heading', { name: nameOf(data, company.id), level: 2 })
        .first()
        .waitFor();
      await expect.poll(() => search.isVisible()).toBe(false);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expectNoErrors(opened);
    });
  }
});

describe('where to start', () => {
  test('shows on the plain map, goes at the first interaction and does not come back in the tab', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    const hint = page.getByRole('region', { name: 'Where to start' });
    await hint.waitFor();
    await screenshot(page, 'start-hint-desktop');
    await page.mouse.click(5, 5);
    await hint.waitFor({ state: 'detached' });
    // Browsing within the tab (a story, back to the plain map) never brings it back.
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('button', { name: 'Map' }).click();
    await page.locator('[data-company]').first().waitFor();
    expect(await hint.count()).toBe(0);
    expectNoErrors(opened);
  });

  test('a starting point opens in one click', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    const hint = page.getByRole('region', { name: 'Where to start' });
    await hint
      .getByRole('button', { name: /^Story:/ })
      .first()
      .click();
    await page.waitForURL(/story=/);
    expect(await hint.count()).toBe(0);
    expectNoErrors(opened);
  });

  test('is not shown in embeds nor on links to a particular view', async () => {
    for (const path of ['/?embed=1', `/?select=${bestSourcedDeal(bundledData()).id}`]) {
      const opened = await openPage(path);
      await opened.page.locator('[data-company]').first().waitFor();
      await opened.page.waitForTimeout(300);
      expect(await opened.page.getByRole('region', { name: 'Where to start' }).count(), path).toBe(0);
      expectNoErrors(opened);
    }
  });
});

describe('money between two companies', () => {
  test('a deal’s details total the pair both ways, units merged, as the app’s own rules compute it', async () => {
    const text = readFileSync(new URL('../../data/ai-deals.json', import.meta.url), 'utf8');
    const parsed = parseDealMapText(text, 'ai-deals.json');
    if (!parsed.ok) throw new Error('the bundled data should load');
    const model = buildModel(parsed.value);
    // The deal whose pair (units merged) has the most deals; the first in date order on a tie.
    const best = model.deals
      .map((d) => ({ record: d, pair: pairTotals(model, d.from, d.to) }))
      .reduce((a, b) => (b.pair.deals.length > a.pair.deals.length ? b : a));
    expect(best.pair.deals.length).toBeGreaterThan(1);
    const opened = await openPage(`/?select=${best.record.deal.id}`);
    const { page } = opened;
    const totals = page.getByTestId('pair-totals');
    await totals.waitFor();
    const shown = (await totals.textContent()) ?? '';
    for (const t of [best.pair.aToB, best.pair.bToA]) {
      expect(shown).toContain(t.all.deals === 0 ? '—' : formatTotal(t.all));
    }
    await screenshot(page, 'pair-totals-desktop');
    expectNoErrors(opened);
  });
});

describe('comparing two companies', () => {
  test('shift-click on a second company totals the money between the two', async () => {
    const data = bundledData();
    const first = busiestCompany(data);
    // Its partner with the most deals between them.
    const partners = new Map<string, number>();
    for (const d of dealsOf(data, first.id)) {
      const other = d.from === first.id ? d.to : d.from;
      partners.set(other, (partners.get(other) ?? 0) + 1);
    }
    const [second] = [...partners.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0] ?? [];
    if (!second) throw new Error('the busiest company has no partner');
    const opened = await openPage(`/?select=${first.id}`);
    const { page } = opened;
    await page.getByRole('button', { name: 'Close details' }).waitFor();
    await page.locator(`.map-access [data-company="${second}"]`).click({ modifiers: ['Shift'] });
    const panel = page.getByRole('complementary', { name: 'Comparison' });
    await panel.getByTestId('pair-totals').waitFor();
    const heading = (await panel.getByRole('heading', { level: 2 }).textContent()) ?? '';
    expect(heading).toContain(nameOf(data, first.id));
    expect(heading).toContain(nameOf(data, second));
    expect(await panel.locator('ol li').count()).toBeGreaterThanOrEqual(partners.get(second) ?? 1);
    await screenshot(page, 'compare-two-companies');
    await panel.getByRole('button', { name: 'Close the comparison' }).click();
    expect(await panel.count()).toBe(0);
    expectNoErrors(opened);
  });
});

describe('business units inside their parent (units=merge)', () => {
  test('a unit is not drawn apart; the checkbox under the filters switches it', async () => {
    const data = bundledData();
    const unit = (data.companies as { id: string; parent?: string }[]).find((c) => c.parent !== undefined);
    if (!unit?.parent) throw new Error('the bundled data has no business unit');
    const opened = await openPage('/?units=merge');
    const { page } = opened;
    await page.locator(`[data-company="${unit.parent}"]`).waitFor();
    expect(await page.locator(`[data-company="${unit.id}"]`).count()).toBe(0);
    await page.getByLabel('Draw business units inside their parent').uncheck();
    await page.locator(`[data-company="${unit.id}"]`).waitFor();
    expect(page.url()).not.toContain('units=');
    expectNoErrors(opened);
  });

  test('a pair of several deals is one line with a count; selecting it fans it out and totals the pair', async () => {
    const opened = await openPage('/?units=merge', { context: { hasTouch: true } });
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    const pairs = page.locator('[data-pair]');
    expect(await pairs.count()).toBeGreaterThan(0);
    expect(await page.locator('.badge text').count()).toBe(await pairs.count());
    const pair = (await pairs.first().getAttribute('data-pair')) ?? '';
    await clickDeal(page, pair, 'data-pair', true);
    await page.waitForURL(/select=/);
    await page.getByTestId('pair-totals').waitFor();
    expect(await page.locator(`[data-pair="${pair}"]`).count()).toBe(0);
    await screenshot(page, 'aggregate-pair-selected');
    expectNoErrors(opened);
  });

  test('an aggregate fans out under the pointer and folds back when the pointer leaves', async () => {
    const opened = await openPage('/?units=merge');
    const { page } = opened;
    await page.locator('[data-company]').first().waitFor();
    // Away from the where-to-start hint, which covers the map's top-left corner until the first interaction.
    await page.mouse.click(5, 5);
    // An aggregate with a point away from every company circle and from every other line, and that point.
    const found = await page.locator('[data-pair]').evaluateAll((groups) => {
      const lines = [...document.querySelectorAll<SVGPathElement>('.svg-map .line')];
      // On screen, through any transform the map has while its camera moves.
      const screen = (path: SVGPathElement, at: number) => {
        const q = path.getPointAtLength(at);
        const m = path.getScreenCTM();
        return m ? { x: m.a * q.x + m.c * q.y + m.e, y: m.b * q.x + m.d * q.y + m.f } : q;
      };
      const near = (other: SVGPathElement, x: number, y: number) => {
        const length = other.getTotalLength();
        for (let d = 0; d <= length; d += 2) {
          const q = screen(other, d);
          if (Math.hypot(q.x - x, q.y - y) < 10) return true;
        }
        return false;
      };
      for (const group of groups) {
        const path = group.querySelector<SVGPathElement>('.line');
        if (!path) continue;
        for (let t = 0.2; t <= 0.8; t += 0.05) {
          const { x, y } = screen(path, path.getTotalLength() * t);
          const under = document.elementFromPoint(x, y);
          if (under?.closest('[data-company], .controls')) continue;
          if (lines.some((other) => other !== path && near(other, x, y))) continue;
          return { pair: group.getAttribute('data-pair'), x, y };
        }
      }
      return undefined;
    });
    if (!found?.pair) throw new Error('every aggregate is covered by other marks');
    const line = page.locator(`[data-pair="${found.pair}"]`);
    const point = found;
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => line.count()).toBe(0);
    await page.mouse.move(2, 2);
    await expect.poll(() => line.count()).toBe(1);
    expectNoErrors(opened);
  });
});
