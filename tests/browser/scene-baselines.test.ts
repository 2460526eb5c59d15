// Named scenes compared against reviewed baselines (tests/browser/baselines/<scene>.png) with a small
// tolerance: a change in how the map looks fails here until its new picture is reviewed and committed.
//
// A scene without a baseline, or one that differs, writes the new picture to test-output/baselines-new/ and
// fails. After reviewing it, copy it over the baseline, or run with UPDATE_BASELINES=1 to write every scene's
// baseline from this build:  UPDATE_BASELINES=1 npx vitest run --config vitest.browser.config.ts scene-baselines
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { bundledData, busiestCompany } from './data.ts';
import { expectNoErrors, openPage, OUTPUT_DIR, screenshot } from './harness.ts';

const BASELINES = fileURLToPath(new URL('./baselines/', import.meta.url));
const NEW = path.join(OUTPUT_DIR, 'baselines-new');
const UPDATE = process.env['UPDATE_BASELINES'] === '1';
/** A pixel differs when a channel moves by more than this (anti-aliasing noise stays under it). */
const CHANNEL_TOLERANCE = 48;
/** Share of differing pixels a scene may have and still match. */
const PIXEL_TOLERANCE = 0.004;

const desktop = { width: 1280, height: 800 };
const scenes: { name: string; path: string; viewport: { width: number; height: number }; dark?: boolean }[] =
  [
    { name: 'default', path: '/', viewport: desktop },
    { name: 'focus', path: `/?focus=${busiestCompany(bundledData()).id}`, viewport: desktop },
    { name: 'dark', path: '/', viewport: desktop, dark: true },
    { name: 'mobile', path: '/', viewport: { width: 375, height: 812 } },
    { name: 'embed', path: '/?embed=1', viewport: { width: 680, height: 500 } },
  ];

/** Share of pixels that differ between two PNGs (1 when their sizes differ), decoded in the browser. */
async function difference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second, tolerance]) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([pixels(first), pixels(second)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        for (let c = 0; c < 3; c++) {
          if (Math.abs((x.data[i + c] ?? 0) - (y.data[i + c] ?? 0)) > tolerance) {
            differing++;
            break;
          }
        }
      }
      return differing / (x.width * x.height);
    },
    [a.toString('base64'), b.toString('base64'), CHANNEL_TOLERANCE] as const,
  );
}

describe('named scenes against reviewed baselines', () => {
  for (const scene of scenes) {
    test(scene.name, async () => {
      const opened = await openPage(scene.path, {
        viewport: scene.viewport,
        colorScheme: scene.dark ? 'dark' : 'light',
      });
      const { page, context } = opened;
      await page.locator('[data-company]').first().waitFor();
      // The plain map's first load shows the where-to-start hint: wait for it, so the picture is settled.
      if (scene.path === '/') await page.getByRole('region', { name: 'Where to start' }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      const actual = readFileSync(await screenshot(page, `baseline-${scene.name}`));
      expectNoErrors(opened);

      const baseline = path.join(BASELINES, `${scene.name}.png`);
      mkdirSync(NEW, { recursive: true });
      const fresh = path.join(NEW, `${scene.name}.png`);
      const shot = path.join(OUTPUT_DIR, 'screenshots', `baseline-${scene.name}.png`);
      if (UPDATE) {
        mkdirSync(BASELINES, { recursive: true });
        copyFileSync(shot, baseline);
        return;
      }
      if (!existsSync(baseline)) {
        copyFileSync(shot, fresh);
        throw new Error(
          `No reviewed baseline for "${scene.name}": review ${fresh} and commit it as ${baseline}.`,
        );
      }
      const blank = await context.newPage();
      const share = await difference(blank, readFileSync(baseline), actual);
      if (share > PIXEL_TOLERANCE) copyFileSync(shot, fresh);
      expect(
        share,
        `"${scene.name}" differs from its baseline; the new picture is ${fresh}`,
      ).toBeLessThanOrEqual(PIXEL_TOLERANCE);
    });
  }
});
