/**
 * Time, circular flows and stories as a reader uses them, on a small hand-made market served at
 * /fixtures/time.json (figures and dates here are the fixture's, never the bundled data's), plus every story of
 * the bundled data opening the view it describes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseDealMapText } from '../../src/lib/data/parse.ts';
import { applyFilters } from '../../src/lib/filters/apply.ts';
import { buildModel } from '../../src/lib/graph/model.ts';
import { openStory, withStory } from '../../src/lib/state/story.ts';
import { DEFAULT_VIEW } from '../../src/lib/state/view-params.ts';
import { expectNoErrors, openPage, screenshot, type OpenedPage } from './harness.ts';

const deal = (id: string, from: string, to: string, type: string, date: string, extra: object = {}) => ({
  id,
  from,
  to,
  type,
  date,
  status: 'completed',
  amount: { value: 1e9 },
  sources: [{ url: `https://example.com/${id}` }],
  ...extra,
});

/** Lab and Cloud (with its unit Cloud Compute) fund and supply each other; Chips closes a three-company loop. */
const FIXTURE = {
  format: 'ai-deal-map/1',
  meta: { title: 'Time fixture', updated: '2024-12-15', version: 'test' },
  companies: [
    { id: 'lab', name: 'Lab', category: 'ai-lab' },
    { id: 'cloud', name: 'Cloud', category: 'hyperscaler' },
    { id: 'cloud-compute', name: 'Cloud Compute', category: 'hyperscaler', parent: 'cloud' },
    { id: 'chips', name: 'Chips', category: 'chipmaker' },
    { id: 'fund', name: 'Fund', category: 'investor' },
  ],
  deals: [
    deal('cloud-lab-2020', 'cloud', 'lab', 'investment', '2020-03-02'),
    deal('lab-cloud-compute-2020', 'lab', 'cloud-compute', 'compute', '2020-03-02', {
      amount: { value: 2e9, kind: 'upTo' },
    }),
    deal('cloud-lab-2020-exclusive', 'cloud', 'lab', 'partnership', '2020-03-02', { endDate: '2023-01-10' }),
    deal('fund-lab-2022', 'fund', 'lab', 'investment', '2022-06-01'),
    deal('lab-chips-2023', 'lab', 'chips', 'chips', '2023-05-01'),
    deal('chips-cloud-2024', 'chips', 'cloud-compute', 'compute', '2024-09-20'),
  ],
  events: [{ date: '2023-01-10', label: 'Exclusivity ends' }],
  stories: [
    {
      id: 'the-loop',
      title: 'The loop',
      text: 'Money goes round.',
      params: { cycle: 'chips,cloud,lab' },
      deals: ['lab-chips-2023', 'chips-cloud-2024', 'cloud-lab-2020'],
    },
  ],
  layout: { lab: [0, 0], cloud: [120, 0], 'cloud-compute': [120, 90], chips: [60, 120], fund: [-100, 60] },
};
const FIXTURE_URL = '/?data=fixtures/time.json';

async function openFixture(query = '', options: Parameters<typeof openPage>[1] = {}): Promise<OpenedPage> {
  const opened = await openPage('/', options);
  await opened.page.route('**/fixtures/time.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(FIXTURE) }),
  );
  await opened.page.goto(`${opened.baseURL}${FIXTURE_URL}${query}`);
  await opened.page.locator('[data-company]').first().waitFor();
  return opened;
}

const drawnDeals = (page: Page) =>
  page.locator('[data-deal]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-deal')).sort());
const positions = (page: Page) =>
  page
    .locator('[data-company]')
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((n) => [
          n.getAttribute('data-company'),
          `${n.getAttribute('data-x')},${n.getAttribute('data-y')}`,
        ]),
      ),
    );
const historyLength = (page: Page) => page.evaluate(() => history.length);
const asofLabel = (page: Page) => page.getByTestId('asof-label').textContent();

describe('the map as of a date', () => {
  test('asof= shows only the deals announced by then, ended ones as ended, and moves no company', async () => {
    const opened = await openFixture();
    const { page } = opened;
    await page.getByTestId('time-control').waitFor();
    const now = await positions(page);
    expect(await drawnDeals(page)).toHaveLength(6);

    await page.goto(`${opened.baseURL}${FIXTURE_URL}&asof=2022-12`);
    await page.locator('[data-company]').first().waitFor();
    expect(await drawnDeals(page)).toEqual([
      'cloud-lab-2020',
      'cloud-lab-2020-exclusive',
      'fund-lab-2022',
      'lab-cloud-compute-2020',
    ]);
    expect(await page.locator('[data-deal].ended').count()).toBe(0);
    const then = await positions(page);
    for (const [id, at] of Object.entries(then)) expect(at, id).toBe(now[id]);
    expect(then['chips']).toBeUndefined();
    expect(await page.getByTestId('status-line').textContent()).toContain(
      'Showing 4 of 6 deals as of Dec 2022',
    );

    await page.goto(`${opened.baseURL}${FIXTURE_URL}&asof=2023-06`);
    await page.locator('[data-deal="lab-chips-2023"]').waitFor();
    expect(await page.locator('[data-deal="cloud-lab-2020-exclusive"]').getAttribute('class')).toContain(
      'ended',
    );
    await screenshot(page, 'time-asof-fixture-desktop-light');
    expectNoErrors(opened);
  });

  test('play advances month by month, stops at the end and adds no history entry', async () => {
    const opened = await openFixture('&asof=2024-09');
    const { page } = opened;
    const before = await historyLength(page);
    expect(await asofLabel(page)).toBe('Sep 2024');
    await page.getByRole('button', { name: /^Play/ }).click();
    await expect.poll(() => asofLabel(page), { timeout: 5000 }).toBe('Oct 2024');
    // Playing is transient: the address keeps the old date until play stops.
    expect(page.url()).toContain('asof=2024-09');
    await expect.poll(() => asofLabel(page), { timeout: 10_000 }).toBe('15 Dec 2024');
    await page.getByRole('button', { name: /^Play/ }).waitFor();
    await expect.poll(() => page.url()).not.toContain('asof=');
    expect(await historyLength(page)).toBe(before);
    expect(await drawnDeals(page)).toHaveLength(6);
    expectNoErrors(opened);
  });

  test('the keyboard alone: arrows step a month, Home and End jump, Space plays and pauses', async () => {
    const opened = await openFixture('&asof=2022-06');
    const { page } = opened;
    const before = await historyLength(page);
    const slider = page.getByRole('slider', { name: 'As of' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('asof=2022-07');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.url()).toContain('asof=2022-05');
    // The timeline starts with the first deal's year: nothing is on the map in January 2020.
    await page.keyboard.press('Home');
    await expect.poll(() => page.url()).toContain('asof=2020-01');
    await expect.poll(() => drawnDeals(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('asof=2020-03');
    expect(await drawnDeals(page)).toEqual([
      'cloud-lab-2020',
      'cloud-lab-2020-exclusive',
      'lab-cloud-compute-2020',
    ]);
    await page.keyboard.press('End');
    await expect.poll(() => page.url()).not.toContain('asof=');
    await page.keyboard.press('Home');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await expect.poll(() => asofLabel(page)).not.toBe('Jan 2020');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: /^Play/ }).count()).toBe(1);
    const shown = await asofLabel(page);
    await expect.poll(() => page.url()).toMatch(/asof=20\d\d-\d\d/);
    expect(await asofLabel(page)).toBe(shown);
    expect(await historyLength(page)).toBe(before);
    expectNoErrors(opened);
  });

  test('the timeline’s histogram picks the date range; the slider keeps its own date', async () => {
    const opened = await openFixture('&asof=2023-06');
    const { page } = opened;
    const strip = page.getByTestId('time-control');
    await strip.getByRole('button', { name: /^2022: 1 deal/ }).click();
    await expect.poll(() => page.url()).toContain('from=2022&to=2022');
    expect(page.url()).toContain('asof=2023-06');
    expect(await drawnDeals(page)).toEqual(['fund-lab-2022']);
    await strip.getByRole('button', { name: /^2023: 1 deal/ }).click({ modifiers: ['Shift'] });
    await expect.poll(() => page.url()).toContain('from=2022&to=2023');
    expectNoErrors(opened);
  });

  test('an event marker names its event and moves time there', async () => {
    const opened = await openFixture();
    const { page } = opened;
    const marker = page.getByRole('button', { name: '10 Jan 2023: Exclusivity ends' });
    await marker.hover();
    await marker.click();
    await expect.poll(() => page.url()).toContain('asof=2023-01');
    expectNoErrors(opened);
  });
  test('a file spanning three decades labels its years without crowding, on a phone and on a wide screen', async () => {
    const longFixture = {
      ...FIXTURE,
      deals: [...FIXTURE.deals, deal('fund-cloud-1994', 'fund', 'cloud', 'investment', '1994-05-01')],
    };
    const counts: number[] = [];
    for (const width of [375, 1440]) {
      const opened = await openPage('/', { viewport: { width, height: 800 } });
      const { page } = opened;
      await page.route('**/fixtures/long.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(longFixture) }),
      );
      await page.goto(`${opened.baseURL}/?data=fixtures/long.json`);
      await page.getByTestId('time-control').waitFor();
      const years = await page
        .locator('[data-testid=time-control] .year')
        .evaluateAll((spans) =>
          spans.map((s) => ({ text: s.textContent ?? '', ...s.getBoundingClientRect().toJSON() })),
        );
      // The span's ends are labelled (on the step's multiples), every label is clear of the next by a gap.
      expect(Number(years[0]!.text)).toBeLessThanOrEqual(2000);
      expect(Number(years.at(-1)!.text)).toBeGreaterThanOrEqual(2020);
      for (const [a, b] of years.slice(1).map((b, i) => [years[i]!, b] as const))
        expect(b.left - a.right, `${a.text} and ${b.text}`).toBeGreaterThan(4);
      const step = Number(years[1]!.text) - Number(years[0]!.text);
      expect(years.every((y) => Number(y.text) % step === 0)).toBe(true);
      counts.push(years.length);
      await screenshot(page, `time-long-span-${width}`);
      expectNoErrors(opened);
    }
    // The wide screen labels more of them.
    expect(counts[1]).toBeGreaterThan(counts[0]!);
  });
});

describe('circular flows', () => {
  test('the panel lists the loops as of the date; a chosen one is highlighted and kept in the URL', async () => {
    const opened = await openFixture('&asof=2024-06');
    const { page } = opened;
    await page.getByRole('button', { name: 'Circular flows (1)' }).click();
    const panel = page.getByTestId('cycles-panel');
    await panel.getByRole('heading', { name: /Circular flows \(1\)/ }).waitFor();
    expect(await panel.textContent()).toContain('no wrongdoing');
    await panel.getByRole('button', { name: /Cloud.*Lab.*Cloud/ }).click();
    await expect.poll(() => page.url()).toContain('cycle=cloud,lab');
    // Its deals stand out; the rest fade.
    const opacity = (id: string) => page.locator(`[data-deal="${id}"] .line`).getAttribute('opacity');
    await expect.poll(() => opacity('fund-lab-2022')).toBe('0.08');
    expect(Number(await opacity('cloud-lab-2020'))).toBeGreaterThan(0.5);
    expect(Number(await opacity('lab-cloud-compute-2020'))).toBeGreaterThan(0.5);
    expect(await page.locator('[data-company="fund"]').getAttribute('data-opacity')).toBe('0.15');
    await screenshot(page, 'cycles-fixture-desktop-light');

    // The link opens the same highlight.
    const url = page.url();
    await page.goto(url);
    await page
      .getByTestId('cycles-panel')
      .getByRole('button', { name: /Cloud.*Lab/, pressed: true })
      .waitFor();

    // Scrubbing time updates the list: the three-company loop closes in Sep 2024.
    await page.goto(`${opened.baseURL}${FIXTURE_URL}&asof=2024-09&cycle=cloud,lab`);
    await page
      .getByTestId('cycles-panel')
      .getByRole('heading', { name: /Circular flows \(2\)/ })
      .waitFor();
    await page.goto(`${opened.baseURL}${FIXTURE_URL}&asof=2024-09&cycle=cloud,lab&focus=chips`);
    await page
      .getByTestId('cycles-panel')
      .getByRole('heading', { name: /Circular flows \(1\)/ })
      .waitFor();
    expectNoErrors(opened);
  });
});

describe('stories', () => {
  test('a story opens its view with its title and text; leaving it keeps the view', async () => {
    const opened = await openFixture('&story=the-loop');
    const { page } = opened;
    const story = page.getByTestId('story');
    await story.getByRole('heading', { name: /The loop/ }).waitFor();
    expect(await story.textContent()).toContain('Money goes round.');
    await page
      .getByTestId('cycles-panel')
      .getByRole('button', { name: /Chips.*Cloud.*Lab/, pressed: true })
      .waitFor();
    expect(page.url()).not.toContain('cycle=');
    await page.getByRole('button', { name: 'Leave story' }).click();
    await expect.poll(() => page.url()).toContain('cycle=chips,cloud,lab');
    expect(page.url()).not.toContain('story=');
    expect(await page.getByTestId('story').count()).toBe(0);
    expectNoErrors(opened);
  });

  test('every story of the bundled data opens the view it describes, in the app and in an embed', async () => {
    const result = parseDealMapText(
      readFileSync(new URL('../../data/ai-deals.json', import.meta.url), 'utf8'),
      'x',
    );
    if (!result.ok) throw new Error('bundled data should load');
    const model = buildModel(result.value);
    expect(model.map.stories.length).toBeGreaterThanOrEqual(5);
    for (const story of model.map.stories) {
      const expected = applyFilters(model, withStory(openStory(DEFAULT_VIEW, story.id), model)).visibleDeals
        .length;
      for (const embed of [false, true]) {
        const opened = await openPage(`/?story=${story.id}${embed ? '&embed=1' : ''}`);
        const { page } = opened;
        await page.getByTestId('story').getByRole('heading', { name: story.title }).waitFor();
        await page.locator('[data-company]').first().waitFor();
        await expect.poll(() => page.locator('[data-deal]').count()).toBe(expected);
        if (!embed) {
          expect(await page.getByTestId('status-line').textContent()).toContain(`Showing ${expected} of`);
        } else {
          // A reader of an article cannot leave the story the writer chose.
          expect(await page.getByRole('button', { name: 'Leave story' }).count()).toBe(0);
        }
        expectNoErrors(opened);
        await opened.context.close();
      }
    }
  });

  test('the Stories menu lists each story as a link to its own address', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    await page.getByRole('button', { name: 'Stories' }).click();
    const links = page.getByRole('link').filter({ has: page.locator('bdi') });
    const first = links.first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/\?story=[a-z0-9-]+$/);
    await first.click();
    await expect.poll(() => page.url()).toMatch(/\?story=[a-z0-9-]+$/);
    await page.getByTestId('story').waitFor();
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('story=');
    expectNoErrors(opened);
  });
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

test.each(['light', 'dark'] as const)(
  'time control, circular flows and a story pass axe (%s)',
  async (scheme) => {
    const opened = await openFixture('&story=the-loop&asof=2024-10', { colorScheme: scheme });
    const { page } = opened;
    await page.getByTestId('cycles-panel').waitFor();
    await page.getByTestId('time-control').waitFor();
    await page.evaluate(axeSource);
    const violations = (await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (c: Document) => Promise<{ violations: { id: string; impact: string | null }[] }> };
        }
      ).axe;
      return (await axe.run(document)).violations;
    })) as { id: string; impact: string | null }[];
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  },
);

test('a big money graph is searched for circular flows in a worker; the list says when it is capped', async () => {
  // 400 companies and 3,600 investments between them: far more loops than the first 1,000.
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const companies = Array.from({ length: 400 }, (_, i) => ({
    id: `c${i}`,
    name: `Company ${i}`,
    category: 'other',
  }));
  const pairs = new Set<string>();
  while (pairs.size < 3600) {
    const a = Math.floor(random() * 400);
    const b = Math.floor(random() * 400);
    if (a !== b) pairs.add(`${a}:${b}`);
  }
  const big = {
    format: 'ai-deal-map/1',
    meta: { title: 'Big money graph', updated: '2024-12-31' },
    companies,
    deals: [...pairs].map((pair, i) => {
      const [a, b] = pair.split(':');
      return deal(`d${i}`, `c${a}`, `c${b}`, 'investment', '2024-01-01');
    }),
    layout: Object.fromEntries(companies.map((c, i) => [c.id, [(i % 20) * 40, Math.floor(i / 20) * 40]])),
  };
  const opened = await openPage('/');
  const { page } = opened;
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.route('**/fixtures/big.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }),
  );
  await page.goto(`${opened.baseURL}/?data=fixtures/big.json`);
  await page.locator('[data-company]').first().waitFor();
  await page.getByRole('button', { name: /^Circular flows \(1,000\+\)$/ }).click({ timeout: 30_000 });
  const panel = page.getByTestId('cycles-panel');
  await panel.getByText('Only the first 1,000 cycles are listed.').waitFor();
  expect(workers.some((url) => /task-worker/.test(url))).toBe(true);
  expectNoErrors(opened);
});
