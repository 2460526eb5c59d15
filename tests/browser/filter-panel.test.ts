// The desktop filter column: at common laptop sizes every filter, Status and the date and amount filters
// included, is on screen at once, without scrolling the column.
import { describe, expect, test } from 'vitest';
import { expectNoErrors, openPage, screenshot } from './harness.ts';

describe('the desktop filter panel', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1280, height: 800 },
  ]) {
    test(`fits its column at ${viewport.width} × ${viewport.height}, Status and the last filter in view`, async () => {
      const opened = await openPage('/', { viewport });
      const { page } = opened;
      const column = page.getByRole('complementary', { name: 'Filters' });
      await column.getByTestId('filter-panel').waitFor();
      const status = column.getByRole('group', { name: 'Status' });
      const statusBox = await status.boundingBox();
      // Neither the column nor the panel inside it has anything to scroll to.
      const overflow = await column.evaluate((aside) =>
        [aside, aside.querySelector('[data-testid="filter-panel"]')].map((e) =>
          e ? e.scrollHeight - e.clientHeight : Infinity,
        ),
      );
      await screenshot(page, `filter-panel-${viewport.width}`);
      expect((statusBox?.y ?? Infinity) + (statusBox?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
      const amount = await column.getByLabel('Minimum amount').boundingBox();
      expect((amount?.y ?? Infinity) + (amount?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
      expect(overflow).toEqual([0, 0]);
      expectNoErrors(opened);
    });
  }
});
