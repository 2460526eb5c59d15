/**
 * Export from the current view, in the built app: the Export menu in the top bar saves the map as SVG and PNG
 * and the visible deals as CSV, JSON and GEXF, each holding exactly what the view shows. Expectations come from
 * the data file, filtered here, not from the app. The files are kept in test-output/exports/ for a look.
 */
import { csvParse } from 'd3-dsv';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { validateDealMap } from '../../src/lib/data/validate.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import { bundledData, busiestCompany } from './data.ts';
import { expectNoErrors, openPage, OUTPUT_DIR, screenshot } from './harness.ts';

const EXPORTS_DIR = path.join(OUTPUT_DIR, 'exports');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Exported {
  name: string;
  bytes: Buffer;
  text: string;
}

/** Opens the Export menu if needed, picks the item and returns the downloaded file. */
async function exportAs(page: Page, item: RegExp): Promise<Exported> {
  const trigger = page.getByRole('button', { name: 'Export', exact: true });
  if ((await trigger.getAttribute('aria-expanded')) !== 'true') await trigger.click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    page.getByRole('button', { name: item }).click(),
  ]);
  mkdirSync(EXPORTS_DIR, { recursive: true });
  const file = path.join(EXPORTS_DIR, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = readFileSync(file);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Parses XML with the browser's own (strict) parser: the root's name and every text node, or the error. */
async function parseInPage(
  page: Page,
  text: string,
  type: 'image/svg+xml' | 'application/xml',
): Promise<{ root: string; error: string | null; texts: string[]; count: Record<string, number> }> {
  return page.evaluate(
    ([source, mime]) => {
      const doc = new DOMParser().parseFromString(source, mime as DOMParserSupportedType);
      const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
      const texts = Array.from(doc.querySelectorAll('text, title')).map((n) => n.textContent ?? '');
      const count: Record<string, number> = {};
      for (const name of ['node', 'edge', 'circle', 'path', 'script']) {
        count[name] = doc.getElementsByTagName(name).length;
      }
      return { root: doc.documentElement.localName, error, texts, count };
    },
    [text, type] as const,
  );
}

async function shown(page: Page): Promise<number> {
  await page.locator('[data-company]').first().waitFor();
  const status = (await page.getByTestId('status-line').textContent()) ?? '';
  return Number(/Showing (\d+) of/.exec(status)?.[1]);
}

describe('export from the current view', () => {
  test('the map of ?focus=<id> as SVG: every counterparty, no hidden company, title and source line', async () => {
    const data = bundledData();
    const focus = busiestCompany(data);
    const opened = await openPage(`/?focus=${focus.id}`);
    const { page } = opened;
    const count = await shown(page);
    const svg = await exportAs(page, /^Map as SVG/);
    expect(svg.name).toBe(`ai-deal-map-${focus.id}-${data.meta.updated}.svg`);
    expect(svg.text).not.toMatch(/<script|\son[a-z]+\s*=/i);

    const doc = await parseInPage(page, svg.text, 'image/svg+xml');
    expect(doc.error).toBeNull();
    expect(doc.root).toBe('svg');
    const names = new Map(data.companies.map((c) => [c.id, c.name]));
    const counterparties = new Set(
      data.deals.flatMap((d) => (d.from === focus.id ? [d.to] : d.to === focus.id ? [d.from] : [])),
    );
    // Node tooltips read "Name, Category, N deals"; labels are the names.
    const labelled = new Set(doc.texts.map((t) => t.replace(/, [^,]+, \d+ deals?$/, '')));
    for (const id of [...counterparties, focus.id]) expect(labelled).toContain(names.get(id));
    const hidden = data.companies.filter((c) => c.id !== focus.id && !counterparties.has(c.id));
    expect(hidden.length).toBeGreaterThan(0);
    for (const company of hidden) expect(labelled).not.toContain(company.name);
    expect(doc.count['circle']).toBeGreaterThanOrEqual(counterparties.size + 1);
    expect(doc.texts).toContain(data.meta.title);
    expect(doc.texts.join('\n')).toContain(
      `Source: AI Deal Map · data updated ${formatDate(data.meta.updated)} · ${count} of ${data.deals.length} deals shown · Focus: ${focus.name}`,
    );
    expectNoErrors(opened);
  });

  test('the map as PNG is drawn at twice the SVG size', async () => {
    const opened = await openPage(`/?focus=${busiestCompany(bundledData()).id}`);
    const { page } = opened;
    await shown(page);
    const svg = await exportAs(page, /^Map as SVG/);
    const png = await exportAs(page, /^Map as PNG/);
    expect(png.name).toBe(svg.name.replace(/\.svg$/, '.png'));
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg.text)?.[1]);
    const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg.text)?.[1]);
    expect(png.bytes.readUInt32BE(16)).toBe(2 * width);
    expect(png.bytes.readUInt32BE(20)).toBe(2 * height);
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([3200, 2000]);
    expectNoErrors(opened);
  });

  test('?types=compute&from=2025 as CSV: one row per visible deal', async () => {
    const opened = await openPage('/?types=compute&from=2025');
    const { page } = opened;
    const data = bundledData();
    const expected = data.deals.filter(
      (d) => d.type === 'compute' && d.date >= '2025' && d.date <= data.meta.updated,
    );
    expect(await shown(page)).toBe(expected.length);
    const csv = await exportAs(page, /^Visible deals as CSV/);
    expect(csv.name).toBe(`ai-deal-map-compute-from-2025-${data.meta.updated}.csv`);
    expect(csv.bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows = csvParse(csv.text.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(expected.length);
    expect(rows.map((r) => r['id']).toSorted()).toEqual(expected.map((d) => d.id).toSorted());
    for (const row of rows) {
      const deal = expected.find((d) => d.id === row['id']);
      expect(row['type']).toBe('compute');
      expect(row['from']).toBe(deal?.from);
      expect(row['to']).toBe(deal?.to);
      expect(row['date']).toBe(deal?.date);
      expect(row['sources']?.split(' | ')).toEqual(deal?.sources.map((s) => new URL(s.url).href));
    }
    expectNoErrors(opened);
  });

  test('the visible deals as JSON load in the app validator with no problem', async () => {
    const opened = await openPage('/?types=compute&from=2025');
    const { page } = opened;
    const count = await shown(page);
    const json = await exportAs(page, /^Visible deals as JSON/);
    expect(json.name).toMatch(/\.json$/);
    const result = validateDealMap(JSON.parse(json.text));
    expect(result.issues.map((i) => `${i.severity} ${i.path}: ${i.message}`)).toEqual([]);
    if (!result.ok) throw new Error('the export should load');
    expect(result.value.deals).toHaveLength(count);
    expect(result.value.deals.every((d) => d.type === 'compute' && (d.date ?? '') >= '2025')).toBe(true);
    expect(result.value.layout.size).toBe(result.value.companies.length);
    expectNoErrors(opened);
  });

  test('the visible deals as GEXF parse, one edge per deal', async () => {
    const opened = await openPage(`/?focus=${busiestCompany(bundledData()).id}`);
    const { page } = opened;
    const count = await shown(page);
    const gexf = await exportAs(page, /^Visible deals as GEXF/);
    expect(gexf.name).toMatch(/\.gexf$/);
    const doc = await parseInPage(page, gexf.text, 'application/xml');
    expect(doc.error).toBeNull();
    expect(doc.root).toBe('gexf');
    expect(doc.count['edge']).toBe(count);
    expect(doc.count['node']).toBe(await page.locator('[data-company]').count());
    expectNoErrors(opened);
  });

  test('keyboard: Enter opens, Tab moves through the items, Escape closes and returns focus', async () => {
    const opened = await openPage('/?types=compute&from=2025');
    const { page } = opened;
    const count = await shown(page);
    const trigger = page.getByRole('button', { name: 'Export', exact: true });
    await trigger.focus();
    await page.keyboard.press('Enter');
    // The menu's code loads on this first press, then it opens.
    await expect.poll(() => trigger.getAttribute('aria-expanded')).toBe('true');
    const items = page.getByRole('region', { name: /Export/ }).getByRole('button');
    await expect.poll(() => items.count()).toBe(5);
    for (const label of await items.allTextContents()) expect(label).toContain(`${count} deals`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Map as SVG');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Map as PNG');
    await screenshot(page, 'export-menu-open-desktop-light');
    await page.keyboard.press('Escape');
    expect(await trigger.getAttribute('aria-expanded')).toBe('false');
    expect(await items.first().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export');
    // Space opens it too.
    await page.keyboard.press(' ');
    expect(await trigger.getAttribute('aria-expanded')).toBe('true');
    expectNoErrors(opened);
  });

  test('on a phone the open menu stays on the screen', async () => {
    const opened = await openPage(`/?focus=${busiestCompany(bundledData()).id}`, {
      viewport: { width: 360, height: 740 },
    });
    const { page } = opened;
    await shown(page);
    // Phones fold the top bar's actions into a menu.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const panel = page.getByRole('region', { name: /Export/ });
    await panel.getByRole('button').first().waitFor();
    const box = await panel.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
    await screenshot(page, 'export-menu-open-phone-light');
    expectNoErrors(opened);
  });

  test.each(['light', 'dark'] as const)('the open menu has no serious axe violation (%s)', async (scheme) => {
    const opened = await openPage(`/?focus=${busiestCompany(bundledData()).id}`, { colorScheme: scheme });
    const { page } = opened;
    await shown(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const panel = page.getByRole('region', { name: /Export/ });
    await panel.getByRole('button').first().waitFor();
    await page.evaluate(axeSource);
    const violations = await panel.evaluate(async (element) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (context: Element) => Promise<{ violations: { id: string; impact: string | null }[] }>;
          };
        }
      ).axe;
      return (await axe.run(element)).violations.map((v) => `${v.impact ?? ''} ${v.id}`);
    });
    expect(violations.filter((v) => /^(serious|critical)/.test(v))).toEqual([]);
    await screenshot(page, `export-menu-open-desktop-${scheme}`);
    expectNoErrors(opened);
  });
});
