/**
 * The cost of one play step of the time control: the app opens at a date, plays, and the page records every
 * animation frame's duration and the moment each step's date is shown. For each step, the longest frame in the
 * 250 ms after it is that step's cost; the result is the p95 over the steps (one frame is ~16.7 ms at 60 Hz).
 */
import type { Browser } from 'playwright-core';
import { VIEWPORT } from './measure.ts';

export interface PlayStepMeasurement {
  readonly steps: number;
  /** p95 over steps of the longest frame that follows a step, in ms. */
  readonly p95FrameMs: number | undefined;
  /** The median frame interval while playing: the display's frame time on this machine. */
  readonly medianFrameMs: number | undefined;
  readonly problems: readonly string[];
}

/** Runs in the page: plays for `steps` steps and returns [frames, stepTimes]. Source text, like measure.ts. */
const RECORD_PLAY = `async ({ steps }) => {
  const label = document.querySelector('[data-testid="asof-label"]');
  const play = [...document.querySelectorAll('button')].find((b) => /^Play/.test(b.getAttribute('aria-label') || ''));
  if (!label || !play) return { frames: [], stepTimes: [] };
  const frames = [];
  const stepTimes = [];
  let last = performance.now();
  let running = true;
  const tick = (t) => { frames.push([t, t - last]); last = t; if (running) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const observer = new MutationObserver(() => stepTimes.push(performance.now()));
  observer.observe(label, { characterData: true, childList: true, subtree: true });
  play.click();
  await new Promise((resolve) => {
    const check = setInterval(() => {
      if (stepTimes.length >= steps) { clearInterval(check); resolve(); }
    }, 50);
    setTimeout(() => { clearInterval(check); resolve(); }, steps * 2000);
  });
  await new Promise((r) => setTimeout(r, 300));
  running = false;
  observer.disconnect();
  const pause = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Pause');
  pause?.click();
  return { frames, stepTimes };
}`;

function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function measurePlayStep(
  browser: Browser,
  url: string,
  steps = 20,
): Promise<PlayStepMeasurement> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('[data-testid="asof-label"]').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    const { frames, stepTimes } = (await page.evaluate(`(${RECORD_PLAY})(${JSON.stringify({ steps })})`)) as {
      frames: [number, number][];
      stepTimes: number[];
    };
    const perStep = stepTimes.map((t) =>
      Math.max(0, ...frames.filter(([at]) => at >= t && at <= t + 250).map(([, d]) => d)),
    );
    return {
      steps: stepTimes.length,
      p95FrameMs: percentile(perStep, 95),
      medianFrameMs: percentile(
        frames.map(([, d]) => d),
        50,
      ),
      problems,
    };
  } finally {
    await context.close();
  }
}
