import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { generateLargeGraph } from '../../../scripts/generate-large-graph.ts';
import { frozenEdition } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel, type GraphModel } from '../graph/model.ts';
import { computeLayout } from '../layout/force-layout.ts';
import * as grid from '../layout/grid-forces.ts';
import {
  FRAME_EVERY_MS,
  FRAME_GAP_FROM,
  LayoutRun,
  nextFrameDelay,
  SYNC_COMPANIES,
} from './layout-run.svelte.ts';
import { layoutRadii } from './layout-sizes.ts';
import { markPainted, startPrerender } from '../prerender/handover.ts';

// Node has no worker and no animation frames: the run goes on the main thread in slices (the fallback of a
// page that cannot start a worker), and a "frame" is a timer.
beforeAll(() => {
  vi.stubGlobal('requestAnimationFrame', (callback: (time: number) => void) =>
    setTimeout(() => callback(performance.now()), 0),
  );
});
afterAll(() => {
  vi.unstubAllGlobals();
});

function modelOf(file: unknown): GraphModel {
  const result = validateDealMap(file);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return buildModel(result.value);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const settledMarks = () => performance.getEntriesByName('adm:settled').length;
const expected = (model: GraphModel) =>
  computeLayout(model, { radii: layoutRadii(model), frozen: model.map.layout }, grid);

describe('LayoutRun', () => {
  test('frozen positions for every company: there at once, settled, nothing to arrange', async () => {
    const model = modelOf(frozenEdition());
    // A page whose map has not drawn yet: the settled mark waits for the map's first frame (handover.ts).
    startPrerender({ location: { search: '?data=x.json' }, document: { getElementById: () => null } });
    const marks = settledMarks();
    const run = new LayoutRun(model);
    expect(run.streaming).toBe(false);
    expect(run.status).toBe('settled');
    expect([...(run.positions ?? [])]).toEqual([...expected(model)]);
    await wait(50);
    expect(settledMarks()).toBe(marks);
    markPainted('adm:first-frame');
    await expect.poll(settledMarks).toBe(marks + 1);
  });

  test('a small graph without positions settles in one go, before it is shown', async () => {
    const { layout: _layout, ...free } = frozenEdition();
    const model = modelOf(free);
    expect(model.companies.length).toBeLessThanOrEqual(SYNC_COMPANIES);
    const run = new LayoutRun(model);
    expect(run.streaming).toBe(false);
    expect(run.positions).toBeUndefined();
    await expect.poll(() => run.positions).toBeDefined();
    expect(run.status).toBe('settled');
    expect([...(run.positions ?? [])]).toEqual([...expected(model)]);
  });

  test('a big graph streams: first positions, Stop halts, Resume continues, it ends settled', async () => {
    const model = modelOf(generateLargeGraph({ companies: 1200, deals: 3600, seed: 4 }));
    const run = new LayoutRun(model);
    expect(run.streaming).toBe(true);
    expect(run.status).toBe('running');
    await expect.poll(() => run.positions, { timeout: 5000 }).toBeDefined();
    const first = run.positions;
    run.stop();
    expect(run.status).toBe('stopped');
    // One frame may still be on its way; then nothing moves.
    await wait(300);
    const held = run.positions;
    const progress = run.progress;
    await wait(300);
    expect(run.positions).toBe(held);
    expect(run.progress).toBe(progress);
    expect(progress).toBeLessThan(1);
    run.resume();
    expect(run.status).toBe('running');
    const marks = settledMarks();
    await expect.poll(() => run.status, { timeout: 20_000 }).toBe('settled');
    expect(run.positions).not.toBe(first);
    expect(run.progress).toBe(1);
    expect([...(run.positions ?? [])]).toEqual([...expected(model)]);
    await expect.poll(settledMarks).toBe(marks + 1);
    run.dispose();
  });

  test('disposed before it ends: no more positions', async () => {
    const model = modelOf(generateLargeGraph({ companies: 1200, deals: 3600, seed: 4 }));
    const run = new LayoutRun(model);
    await expect.poll(() => run.positions, { timeout: 5000 }).toBeDefined();
    run.dispose();
    await wait(100);
    const last = run.positions;
    await wait(300);
    expect(run.positions).toBe(last);
    expect(run.status).not.toBe('settled');
  });
});

describe('nextFrameDelay: when the next layout frame is asked for', () => {
  test('twice as long as drawing the last one took', () => {
    expect(nextFrameDelay(1000, 30)).toBe(60);
    expect(nextFrameDelay(FRAME_GAP_FROM + 1, 60)).toBe(120);
  });

  test(`on a map of over ${FRAME_GAP_FROM} companies, no sooner than ${FRAME_EVERY_MS} ms after the frame came`, () => {
    // Drawn in 10 ms (the paint worker draws it): asked for 90 ms later, 100 ms after the frame came.
    expect(nextFrameDelay(FRAME_GAP_FROM + 1, 10)).toBe(FRAME_EVERY_MS - 10);
    expect(nextFrameDelay(20_000, 0)).toBe(FRAME_EVERY_MS);
    // A smaller map's frames come as fast as they are drawn.
    expect(nextFrameDelay(FRAME_GAP_FROM, 10)).toBe(20);
  });
});
