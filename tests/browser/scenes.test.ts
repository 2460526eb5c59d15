// Named scenes, saved as screenshots by every test run (test-output/screenshots/scene-*.png) for review.
import { describe, expect, test } from 'vitest';
import { bestSourcedDeal, bundledData, busiestCompany } from './data.ts';
import { expectNoErrors, openPage, screenshot } from './harness.ts';

const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 812 } } as const;
const data = bundledData();
// A relationship that ran and ended shows the most of the details panel; any deal when none has ended.
const deal = data.deals.find((d) => d.endDate !== undefined) ?? bestSourcedDeal(data);
const scenes: [string, string][] = [
  ['overview', '/'],
  ['focused-busiest', `/?focus=${busiestCompany(data).id}&depth=1`],
  ['deal-details', `/?select=${deal.id}`],
  ['compute-2025-table', '/?view=table&types=compute&from=2025'],
];

describe('named scenes', () => {
  for (const [name, path] of scenes) {
    for (const [size, viewport] of Object.entries(sizes)) {
      for (const scheme of ['light', 'dark'] as const) {
        test(`${name}, ${size}, ${scheme}`, async () => {
          const opened = await openPage(path, { viewport, colorScheme: scheme });
          const { page } = opened;
          await page
            .locator(path.includes('view=table') ? 'table' : '[data-company]')
            .first()
            .waitFor();
          if (path.includes('select=')) await page.getByRole('button', { name: 'Close details' }).waitFor();
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
            viewport.width,
          );
          await screenshot(page, `scene-${name}-${size}-${scheme}`);
          expectNoErrors(opened);
        });
      }
    }
  }
});
