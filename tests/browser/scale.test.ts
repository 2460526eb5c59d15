/**
 * Big generated files on the Canvas renderer: a 5,000-company map behaves as the SVG map does (hover, click,
 * drag, zoom, keyboard focus), read through the renderer-neutral accessible layer; a 20,000-company file is
 * drawn at once and answers while its layout runs. Ceilings here are loose; `npm run bench` measures speed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { syntheticMarket } from '../../bench/synthetic.ts';
import { expectNoErrors, openPage, screenshot, type OpenedPage } from './harness.ts';

/** A count as the page writes it (grouped in thousands). */
const count = (n: number) => n.toLocaleString('en-US');

interface Market {
  companies: { id: string; name: string }[];
  deals: { type: string; from: string; to: string }[];
}

const markets = new Map<number, string>();
function marketText(companies: number): string {
  let text = markets.get(companies);
  if (!text) {
    text = JSON.stringify(syntheticMarket({ companies, deals: 3 * companies }));
    markets.set(companies, text);
  }
  return text;
}

async function openMarket(companies: number, query = ''): Promise<OpenedPage> {
  const opened = await openPage('/');
  const body = marketText(companies);
  await opened.page.route('**/fixtures/big.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await opened.page.goto(`${opened.baseURL}/?data=fixtures/big.json${query}`);
  await opened.page.locator('canvas.canvas-map').waitFor({ timeout: 50_000 });
  return opened;
}

/** Stops the layout where it is (so companies stay put while the test points at them), and waits for the map to rest. */
async function stopLayout(page: Page): Promise<void> {
  const stop = page.getByTestId('layout-status').getByRole('button', { name: 'Stop' });
  if (await stop.isVisible().catch(() => false)) await stop.click().catch(() => undefined);
  await mapAtRest(page);
}

/**
 * Waits until the companies stand still on screen: the last positions, which go out after Stop, are drawn and
 * a camera move (the zoom buttons animate) has ended. A busy machine makes both take longer.
 */
async function mapAtRest(page: Page): Promise<void> {
  const places = () =>
    page.locator('.map-access [data-company] circle').evaluateAll((circles) =>
      circles
        .slice(0, 200)
        .map((c) => {
          const r = c.getBoundingClientRect();
          return `${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)}`;
        })
        .join(' '),
    );
  let before = await places();
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(300);
    const now = await places();
    if (now === before) return;
    before = now;
  }
  throw new Error('the map did not come to rest');
}

/** Whether a canvas of the map is shown, and the share of its pixels painted (read through a copy). */
async function canvasState(page: Page, selector: string): Promise<{ visible: boolean; inked: number }> {
  return page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
    const copy = document.createElement('canvas');
    copy.width = 320;
    copy.height = 200;
    const context = copy.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(canvas, 0, 0, copy.width, copy.height);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) inked++;
    return {
      visible: getComputedStyle(canvas).visibility === 'visible',
      inked: inked / (copy.width * copy.height),
    };
  });
}

/** A labelled company of the accessible layer, well inside the map, and its circle's screen centre. */
async function companyInView(page: Page): Promise<{ id: string; x: number; y: number }> {
  const map = await page.locator('.map-view').boundingBox();
  if (!map) throw new Error('no map');
  const found = await page.locator('.map-access [data-company]').evaluateAll(
    (nodes, box) =>
      nodes
        .map((n) => {
          const r = (n.querySelector('circle') ?? n).getBoundingClientRect();
          return {
            id: n.getAttribute('data-company') ?? '',
            x: r.left + r.width / 2,
            y: r.top + r.height / 2,
            r: r.width,
          };
        })
        .filter(
          (c) =>
            c.r >= 8 &&
            c.x > box.x + 80 &&
            c.x < box.x + box.width - 80 &&
            c.y > box.y + 60 &&
            c.y < box.y + box.height - 80,
        )
        .sort((a, b) => b.r - a.r)[0],
    map,
  );
  if (!found) throw new Error('no labelled company in view');
  return found;
}

describe('a 5,000-company file on Canvas', () => {
  test('is drawn on a canvas; hover, click, drag, zoom and the keyboard work as on SVG', async () => {
    const market = JSON.parse(marketText(5000)) as Market;
    const opened = await openMarket(5000);
    const { page } = opened;
    expect(await page.locator('svg.svg-map').count()).toBe(0);
    await page.getByText('This big map draws most lines thin').waitFor();
    await stopLayout(page);
    // The whole market is fitted, its circles small: zoom in as a reader would before pointing at one.
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await mapAtRest(page);
    const target = await companyInView(page);

    // Hover: the company and its partners stay bright, the rest fade.
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => page.locator('.map-view.pointing').count()).toBe(1);
    await expect
      .poll(() => page.locator('.map-access [data-company][data-opacity="0.15"]').count())
      .toBeGreaterThan(0);
    await screenshot(page, 'scale-5000-hover');

    // Click: the details are those of the company under the pointer, as the file names it.
    await page.mouse.click(target.x, target.y);
    await page.waitForURL(new RegExp(`select=${target.id}`));
    const name = market.companies.find((c) => c.id === target.id)?.name ?? '';
    await page.getByRole('region', { name }).waitFor();
    // Once the map rests (the details took their column), the selection's partners are named on the map.
    const partners = new Set(
      market.deals.flatMap((d) => (d.from === target.id ? [d.to] : d.to === target.id ? [d.from] : [])),
    );
    const named = () =>
      page
        .locator('.map-access [data-company]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-company') ?? ''));
    await expect
      .poll(async () => (await named()).filter((id) => partners.has(id)).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    await screenshot(page, 'scale-5000-selected');
    await page.getByRole('button', { name: 'Close details' }).click();

    // Drag: the company moves and is pinned.
    const company = page.locator(`.map-access [data-company="${target.id}"]`);
    const before = await company.getAttribute('data-x');
    await page.mouse.move(target.x, target.y);
    await page.mouse.down();
    await page.mouse.move(target.x + 50, target.y + 30, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => company.getAttribute('data-x')).not.toBe(before);
    expect(await company.getAttribute('class')).toContain('pinned');

    // Zoom: the wheel moves the company on screen, not in the world.
    const placed = await company.getAttribute('data-x');
    const box = await company.boundingBox();
    await page.mouse.move(target.x + 200, target.y);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await company.boundingBox())?.width ?? 0).toBeGreaterThan(box?.width ?? 0);
    expect(await company.getAttribute('data-x')).toBe(placed);

    // Keyboard: Tab reaches a company of the map; Enter selects it.
    await page
      .locator('.map-access')
      .focus()
      .catch(() => undefined);
    const tabbable = page.locator('.map-access [data-company][tabindex="0"]');
    await tabbable.focus();
    const focusedId = await tabbable.getAttribute('data-company');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`select=${focusedId}`));
    expectNoErrors(opened);
  });
  test('once settled: a filter change is restyled without holding the page, the flow search lets its worker go, flows are listed a page at a time', async () => {
    const market = JSON.parse(marketText(5000)) as Market;
    const opened = await openMarket(5000);
    const { page } = opened;
    // Settled, not stopped: a stopped layout keeps its worker, to resume.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('adm:settled').length), {
        timeout: 60_000,
      })
      .toBe(1);
    await mapAtRest(page);
    const chips = market.deals.filter((d) => d.type === 'chips').length;
    const total = market.deals.length;
    expect(chips).toBeGreaterThan(0);
    const map = page.locator('.map-access');
    await expect.poll(() => map.getAttribute('aria-label')).toMatch(new RegExp(`, ${count(total)} deals$`));
    // Long tasks from here on: the restyle of 5,000 companies and 15,000 deals comes in slices.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await page.getByRole('checkbox', { name: /^Chips/ }).click({ force: true });
    await expect
      .poll(() => page.getByTestId('status-line').textContent())
      .toContain(`Showing ${count(total - chips)} of ${count(total)} deals`);
    await expect
      .poll(() => map.getAttribute('aria-label'))
      .toMatch(new RegExp(`, ${count(total - chips)} deals$`));
    // And back, twice in a row: the map ends at the last state asked for.
    await page.getByRole('checkbox', { name: /^Chips/ }).click({ force: true });
    await page.getByRole('checkbox', { name: /^Chips/ }).click({ force: true });
    await page.getByRole('checkbox', { name: /^Chips/ }).click({ force: true });
    await expect.poll(() => map.getAttribute('aria-label')).toMatch(new RegExp(`, ${count(total)} deals$`));
    await expect
      .poll(() => canvasState(page, 'canvas.canvas-picture'), { timeout: 15_000 })
      .toMatchObject({ visible: true });
    // The circular-flow search's worker is let go once it has had nothing to do for a while (the layout's
    // went when the layout settled).
    const taskWorkers = () => page.workers().filter((w) => w.url().includes('task-worker')).length;
    await page.getByRole('button', { name: /Circular flows \(\d/ }).waitFor();
    await expect.poll(taskWorkers, { timeout: 15_000 }).toBe(0);
    // A thousand circular flows are listed a page at a time.
    await page.getByRole('button', { name: /Circular flows \(\d/ }).click();
    const panel = page.getByTestId('cycles-panel');
    const items = panel.locator('ol.list > li');
    await expect.poll(() => items.count()).toBe(100);
    await panel.getByRole('button', { name: /^Show 400 more of \d+/ }).click();
    await expect.poll(() => items.count()).toBe(500);
    // A loose ceiling (the page answered clicks in between; a busy machine stretches every task).
    const longest = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
    );
    expect(longest).toBeLessThan(400);
    expectNoErrors(opened);
  });
});

describe('a 20,000-company file', () => {
  test('is drawn at once on a canvas and answers clicks while its layout runs', async () => {
    const opened = await openMarket(20_000);
    const { page } = opened;
    const status = page.getByTestId('layout-status');
    await expect.poll(() => status.getByRole('status').textContent()).toMatch(/Arranging the map/);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    const labelled = page.locator('.map-access [data-company]').first();
    const before = (await labelled.boundingBox())?.width ?? 0;
    const clicked = Date.now();
    await zoomIn.click();
    await expect.poll(async () => (await labelled.boundingBox())?.width ?? 0).toBeGreaterThan(before);
    expect(Date.now() - clicked).toBeLessThan(5000);
    expect(await status.getByRole('status').textContent()).toMatch(/Arranging the map|stopped/);
    await screenshot(page, 'scale-20000-arranging');
    expectNoErrors(opened);
  }, 120_000);

  test('a paint worker draws its links and circles under the page’s labels; the page draws a highlight', async () => {
    const opened = await openMarket(20_000);
    const { page } = opened;
    const status = page.getByTestId('layout-status');
    await expect.poll(() => status.getByRole('status').textContent()).toMatch(/Arranging the map/);
    const onlyLabels = async () => {
      await expect
        .poll(() => canvasState(page, 'canvas.canvas-picture'), { timeout: 15_000 })
        .toMatchObject({ visible: true });
      const picture = (await canvasState(page, 'canvas.canvas-picture')).inked;
      expect(picture).toBeGreaterThan(0.08);
      expect((await canvasState(page, 'canvas.canvas-map')).inked).toBeLessThan(picture / 4);
    };
    // While the layout runs: the worker's picture is shown and painted; the page's canvas holds only labels.
    await onlyLabels();
    // At rest, the same.
    await stopLayout(page);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await mapAtRest(page);
    await onlyLabels();
    // A hovered company's neighbourhood is drawn by the page, over the faded map.
    const target = await companyInView(page);
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => page.locator('.map-view.pointing').count()).toBe(1);
    await expect
      .poll(() => canvasState(page, 'canvas.canvas-picture'), { timeout: 15_000 })
      .toMatchObject({ visible: false });
    expect((await canvasState(page, 'canvas.canvas-map')).inked).toBeGreaterThan(0.08);
    // That faded map is the worker's too (a bitmap it drew at rest), not 80,000 marks drawn by the page: a
    // hover draws that picture and what it brings forward.
    await page.evaluate(() => {
      const seen: string[] = [];
      const placed: string[] = [];
      (window as unknown as { drawnImages: string[] }).drawnImages = seen;
      (window as unknown as { placedImages: string[] }).placedImages = placed;
      const proto = CanvasRenderingContext2D.prototype;
      const drawImage = proto.drawImage as (this: CanvasRenderingContext2D, ...args: unknown[]) => void;
      (proto as unknown as { drawImage: (...args: unknown[]) => void }).drawImage = function (
        this: CanvasRenderingContext2D,
        ...args: unknown[]
      ) {
        seen.push((args[0] as object).constructor.name);
        placed.push(args.length === 5 ? 'scaled' : 'as drawn');
        drawImage.apply(this, args);
      };
    });
    const map = await page.locator('.map-view').boundingBox();
    const hoverAgain = async () => {
      await page.mouse.move(target.x, (map?.y ?? 0) - 10);
      await expect.poll(() => page.locator('.map-view.pointing').count()).toBe(0);
      await page.evaluate(() => ((window as unknown as { drawnImages: string[] }).drawnImages.length = 0));
      await page.mouse.move(target.x, target.y);
      await expect.poll(() => page.locator('.map-view.pointing').count()).toBe(1);
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      return page.evaluate(() => (window as unknown as { drawnImages: string[] }).drawnImages);
    };
    await expect.poll(hoverAgain, { timeout: 20_000 }).toEqual(['ImageBitmap']);
    expect((await canvasState(page, 'canvas.canvas-map')).inked).toBeGreaterThan(0.08);
    // Off the map again: the worker's picture at rest comes back.
    await page.mouse.move(target.x, (map?.y ?? 0) - 10);
    await onlyLabels();
    // Selected, then zoomed out: the faded picture for the new camera is the worker's too, not the page's.
    await page.mouse.click(target.x, target.y);
    await page.waitForURL(/select=/);
    const drawnImages = () =>
      page.evaluate(() => (window as unknown as { drawnImages: string[] }).drawnImages);
    await page.evaluate(() => ((window as unknown as { drawnImages: string[] }).drawnImages.length = 0));
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await mapAtRest(page);
    await expect.poll(drawnImages, { timeout: 20_000 }).toContain('ImageBitmap');
    expect(await drawnImages()).not.toContain('HTMLCanvasElement');
    // Zoomed in again: on the move, the picture drawn at rest stands in, scaled to the new camera, with the
    // selection over it (not the whole map drawn again by the page); at rest, the worker's picture for it.
    const placedImages = () =>
      page.evaluate(() => (window as unknown as { placedImages: string[] }).placedImages.splice(0));
    await placedImages();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(placedImages, { timeout: 5_000 }).toContain('scaled');
    await mapAtRest(page);
    await expect.poll(placedImages, { timeout: 20_000 }).toContain('as drawn');
    expect(await drawnImages()).not.toContain('HTMLCanvasElement');
    expectNoErrors(opened);
  }, 120_000);

  test('hovers the company where the pointer rests, and nothing once it has swept off the map', async () => {
    const opened = await openMarket(20_000);
    const { page } = opened;
    await stopLayout(page);
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await mapAtRest(page);
    const target = await companyInView(page);
    // Across the company and off the map in one quick sweep: nothing is hovered after the pointer has gone.
    const map = await page.locator('.map-view').boundingBox();
    if (!map) throw new Error('no map');
    await page.mouse.move(target.x - 30, target.y);
    await page.mouse.move(target.x, target.y);
    await page.mouse.move(target.x, map.y - 10);
    await page.waitForTimeout(300);
    expect(await page.locator('.map-view.pointing').count()).toBe(0);
    // Resting on it: hovered, its partners bright and the rest faded.
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => page.locator('.map-view.pointing').count()).toBe(1);
    await expect
      .poll(() => page.locator('.map-access [data-company][data-opacity="0.15"]').count())
      .toBeGreaterThan(0);
    expectNoErrors(opened);
  }, 120_000);
});
