/**
 * An embed pinned to a published edition draws exactly as it did when it was published, whatever happens to the
 * bundled data since: every company of data/v/2026-11-26.json at its frozen position, through one camera, and
 * every deal of the file.
 */
import { describe, expect, test } from 'vitest';
import { readData } from './data.ts';
import { expectNoErrors, openPage, screenshot } from './harness.ts';

const EDITION = 'data/v/2026-11-26.json';

interface Drawn {
  id: string;
  x: number;
  y: number;
  /** The screen position from the node's transform, translate(x * k + cx, y * k + cy). */
  screen: [number, number];
}

describe('an embed pinned to the 2026-11-26 edition', () => {
  for (const viewport of [
    { width: 680, height: 500 },
    { width: 375, height: 400 },
  ]) {
    test(`draws every company at its frozen position and every deal (${viewport.width} px)`, async () => {
      const file = readData(EDITION);
      const layout = file.layout ?? {};
      expect(Object.keys(layout).toSorted()).toEqual(file.companies.map((c) => c.id).toSorted());

      const opened = await openPage(`/?data=${EDITION}&embed=1`, { viewport });
      const { page } = opened;
      await page.locator('[data-company]').first().waitFor();
      // Where each company is on screen, relative to the map: the centre of its circle.
      const drawn: Drawn[] = await page.locator('[data-company]').evaluateAll((nodes) =>
        nodes.map((n) => {
          const map = n.closest('svg')?.getBoundingClientRect();
          const r = (n.querySelector('circle') ?? n).getBoundingClientRect();
          return {
            id: n.getAttribute('data-company') ?? '',
            x: Number(n.getAttribute('data-x')),
            y: Number(n.getAttribute('data-y')),
            screen: [r.left + r.width / 2 - (map?.left ?? 0), r.top + r.height / 2 - (map?.top ?? 0)] as [
              number,
              number,
            ],
          };
        }),
      );

      // Every company of the file, each at its frozen world position.
      expect(drawn.map((d) => d.id).toSorted()).toEqual(file.companies.map((c) => c.id).toSorted());
      for (const d of drawn) expect([d.x, d.y], d.id).toEqual(layout[d.id]);

      // One camera for all of them: the scale and offset that the two farthest-apart companies give.
      const left = drawn.reduce((a, b) => (b.x < a.x ? b : a));
      const right = drawn.reduce((a, b) => (b.x > a.x ? b : a));
      const k = (right.screen[0] - left.screen[0]) / (right.x - left.x);
      expect(k).toBeGreaterThan(0);
      const cx = left.screen[0] - left.x * k;
      const cy = left.screen[1] - left.y * k;
      for (const d of drawn) {
        expect(Math.abs(d.screen[0] - (d.x * k + cx)), d.id).toBeLessThan(0.05);
        expect(Math.abs(d.screen[1] - (d.y * k + cy)), d.id).toBeLessThan(0.05);
      }
      // The camera fits the whole edition in the map.
      const box = await page.locator('svg:has([data-company])').first().boundingBox();
      if (!box) throw new Error('no map on screen');
      for (const d of drawn) {
        expect(d.screen[0], d.id).toBeGreaterThanOrEqual(0);
        expect(d.screen[0], d.id).toBeLessThanOrEqual(box.width);
        expect(d.screen[1], d.id).toBeGreaterThanOrEqual(0);
        expect(d.screen[1], d.id).toBeLessThanOrEqual(box.height);
      }

      expect(await page.locator('[data-deal]').count()).toBe(file.deals.length);
      await screenshot(page, `pinned-edition-2026-11-26-${viewport.width}`);
      expectNoErrors(opened);
    });
  }
});
