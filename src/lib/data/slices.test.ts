import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDealMapText, parseDealMapTextInSlices } from './parse.ts';
import { runInSlices, runToEnd, pageTurns } from './slices.ts';
import { frozenEdition, minimalFile } from './test-fixtures.ts';
import { fakeTime } from './test-slices.ts';
import { validateDealMap, validateDealMapInSlices } from './validate.ts';

function* counted(steps: number): Generator<void, number> {
  let done = 0;
  for (let i = 0; i < steps; i++) {
    done++;
    yield;
  }
  return done;
}

/** A valid file of `n` companies in a chain of `n - 1` deals, with a few bad items among them. */
function bigFile(n: number): Record<string, unknown> {
  const companies = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    name: `Company ${i}`,
    category: i === 700 ? 'no-such-category' : 'ai-lab',
  }));
  const deals = Array.from({ length: n - 1 }, (_, i) => ({
    id: `d${i}`,
    from: `c${i}`,
    to: i === 900 ? 'c90O' : `c${i + 1}`,
    type: 'investment',
    date: i === 1200 ? '2025-02-30' : '2025-01-05',
    status: 'announced',
    sources: [{ url: 'https://example.com/a', title: 'A' }],
  }));
  return { format: 'ai-deal-map/1', companies, deals };
}

describe('time slices', () => {
  test('run to the end at once, the work gives its result', () => {
    expect(runToEnd(counted(1000))).toBe(1000);
  });

  test('sliced, the work pauses each time its budget is spent, and gives the same result', async () => {
    const time = fakeTime();
    // Each step reads the clock once: with a 10 ms budget the page gets its turn about every 10 steps.
    const result = await runInSlices(counted(100), { budgetMs: 10, now: time.now, pause: time.pause });
    expect(result).toBe(100);
    expect(time.state.pauses).toBeGreaterThanOrEqual(8);
    expect(time.state.pauses).toBeLessThanOrEqual(10);
  });

  test('work given up is not carried on after its next pause', async () => {
    const time = fakeTime();
    const controller = new AbortController();
    const pause = () => {
      controller.abort();
      return time.pause();
    };
    let steps = 0;
    function* work(): Generator<void, void> {
      for (let i = 0; i < 100; i++) {
        steps++;
        yield;
      }
    }
    await expect(
      runInSlices(work(), { budgetMs: 0, now: time.now, pause, signal: controller.signal }),
    ).rejects.toThrow();
    expect(steps).toBe(1);
  });
});

describe('validating in slices', () => {
  const fixtures: [string, () => unknown][] = [
    ['the minimal file', minimalFile],
    ['the frozen edition', frozenEdition],
    ['a 2,000-company file with bad items', () => bigFile(2000)],
  ];
  test.each(fixtures)(
    'gives %s the same map and the same messages as the one-shot check',
    async (_, file) => {
      const once = validateDealMap(file(), { file: 'f.json' });
      const time = fakeTime();
      const sliced = await validateDealMapInSlices(file(), { file: 'f.json' }, { budgetMs: 0, ...time });
      expect(sliced).toEqual(once);
    },
  );

  test('gives the page its turn while it reads a big file', async () => {
    const time = fakeTime();
    const result = await validateDealMapInSlices(bigFile(2000), {}, { budgetMs: 0, ...time });
    expect(result.ok).toBe(true);
    // Companies and deals are read 256 at a time: 7 pauses in 2,000 companies, 7 in 1,999 deals and 7 more
    // while the links between the 1,995 deals kept are checked.
    expect(time.state.pauses).toBe(21);
    const problems = result.issues.filter((i) => i.severity === 'warning').map((i) => i.path);
    expect(problems).toEqual([
      'companies[700].category',
      'deals[699].to',
      'deals[700].from',
      'deals[900].to',
      'deals[1200].date',
    ]);
  });

  test('every bad file of the hostile fixtures ends the same, sliced or not', async () => {
    const dir = new URL('../../../tests/fixtures/bad/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(30);
    for (const name of files) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const time = fakeTime();
      expect(await parseDealMapTextInSlices(text, name, { budgetMs: 0, ...time }), name).toEqual(
        parseDealMapText(text, name),
      );
    }
  });
});

describe('the page’s turn between slices', () => {
  /** A page whose clock, frames and tasks the test moves by hand. */
  function fakePage(options: { frames?: boolean } = {}) {
    let time = 0;
    const frames: (() => void)[] = [];
    const tasks: { at: number; run: () => void }[] = [];
    const log: string[] = [];
    const yielder = pageTurns({
      now: () => time,
      frame: (callback) => {
        if (options.frames === false) return false;
        frames.push(callback);
        return true;
      },
      turn: () => {
        log.push('turn');
        return Promise.resolve();
      },
      later: (run, ms) => void tasks.push({ at: time + ms, run }),
    });
    return {
      yielder,
      log,
      advance: (ms: number) => {
        time += ms;
        for (const task of tasks.splice(0).filter((t) => t.at <= time)) task.run();
      },
      drawFrame: () => {
        for (const frame of frames.splice(0)) frame();
      },
    };
  }

  test('comes straight back while the page draws its frames', async () => {
    const page = fakePage();
    await page.yielder();
    page.advance(20);
    page.drawFrame();
    await page.yielder();
    page.advance(20);
    page.drawFrame();
    await page.yielder();
    expect(page.log).toEqual(['turn', 'turn', 'turn']);
  });

  test('once no frame has come for 50 ms, waits until one is drawn', async () => {
    const page = fakePage();
    await page.yielder();
    page.advance(60);
    let resumed = false;
    const pause = page.yielder().then(() => (resumed = true));
    await Promise.resolve();
    expect(resumed).toBe(false);
    page.drawFrame();
    page.advance(0);
    await pause;
    expect(resumed).toBe(true);
    expect(page.log).toEqual(['turn']);
  });

  test('goes on after 100 ms even if no frame comes', async () => {
    const page = fakePage();
    page.advance(60);
    const pause = page.yielder();
    page.advance(100);
    await expect(pause).resolves.toBeUndefined();
  });

  test('a page that draws no frames (hidden) only takes turns', async () => {
    const page = fakePage({ frames: false });
    page.advance(500);
    await page.yielder();
    expect(page.log).toEqual(['turn']);
  });
});
