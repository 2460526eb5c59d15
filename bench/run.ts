// The benchmark: `npm run bench` (not part of `npm test`). Builds the app, serves it with the bench files
// from a temporary directory, and loads in headless Chromium, 3 times each in fresh contexts:
//   (a) the app on the bundled data, (b) the app on a seeded synthetic 150-company/300-deal market,
//   (c) the peer — d3-force's classic demo on Canvas — on the same synthetic market.
// Then (d) the time control playing on the bundled data: the longest frame after each play step, p95.
// Prints medians and ratios against the targets (docs: /work/shared/product/performance.md) and writes
// test-output/bench.json. Reports; exits non-zero only if something crashed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { findChrome, LAUNCH_ARGS } from '../scripts/find-chrome.mjs';
import { validateDealMap } from '../src/lib/data/validate.ts';
import { startStaticServer } from '../tests/browser/server.ts';
import { measure, type MarkNames, type Measurement } from './measure.ts';
import { measurePlayStep, type PlayStepMeasurement } from './play-step.ts';
import { syntheticMarket } from './synthetic.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPS = 3;
const APP_MARKS: MarkNames = { firstFrame: 'adm:first-frame', settled: 'adm:settled' };
const PEER_MARKS: MarkNames = { firstFrame: 'peer:first-frame', settled: 'peer:settled' };
const EMBED_MARKS: MarkNames = { firstFrame: 'embed:first-height', settled: 'embed:first-height' };
const TARGETS = {
  firstFrameRatio: 1.25,
  settledRatio: 0.1,
  bundledSettledMs: 500,
  firstHeightMessageMs: 2000,
};

interface Scenario {
  readonly name: string;
  readonly path: string;
  readonly marks: MarkNames;
  readonly timeoutMs: number;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'app, bundled data', path: '/', marks: APP_MARKS, timeoutMs: 15_000 },
  {
    name: 'app, synthetic 150/300',
    path: '/?data=bench/synthetic.json',
    marks: APP_MARKS,
    timeoutMs: 15_000,
  },
  { name: 'peer: d3 canvas, synthetic', path: '/bench/peers/', marks: PEER_MARKS, timeoutMs: 60_000 },
  // A blog page embedding the map: time from the host page's navigation to the first height message.
  { name: 'embed: first height message', path: '/bench/blog.html', marks: EMBED_MARKS, timeoutMs: 15_000 },
];

/** A host page with the recommended snippet and a recorder of the first height message (external scripts). */
function writeBlogPage(site: string): void {
  writeFileSync(
    join(site, 'bench/blog.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blog</title>' +
      '<script src="blog-recorder.js"></script></head><body><h1>A post</h1>' +
      '<iframe src="../?embed=1&amp;focus=anthropic&amp;data=data/v/2026-11-26.json" title="AI Deal Map" width="100%" ' +
      'height="500" frameborder="0" scrolling="no" ' +
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>' +
      '<script src="../embed.js" async></script></body></html>',
  );
  writeFileSync(
    join(site, 'bench/blog-recorder.js'),
    "addEventListener('message', function (e) { if (e.data && e.data.type === 'ai-deal-map:height' && " +
      "!performance.getEntriesByName('embed:first-height').length) performance.mark('embed:first-height'); });\n",
  );
}

function median(values: readonly (number | undefined)[]): number | undefined {
  const sorted = values
    .filter((v): v is number => v !== undefined && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Serves dist/ plus bench/synthetic.json and the built peer at bench/peers/. */
async function prepareSite(): Promise<string> {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const site = mkdtempSync(join(tmpdir(), 'adm-bench-'));
  cpSync(join(ROOT, 'dist'), site, { recursive: true });
  mkdirSync(join(site, 'bench'), { recursive: true });

  const synthetic = syntheticMarket({ companies: 150, deals: 300 });
  const check = validateDealMap(synthetic, { file: 'bench/synthetic.json' });
  const problems = check.issues.filter((i) => i.severity !== 'notice');
  if (!check.ok || problems.length > 0) {
    throw new Error(`The synthetic market is not valid:\n${check.issues.map((i) => i.message).join('\n')}`);
  }
  writeFileSync(join(site, 'bench/synthetic.json'), `${JSON.stringify(synthetic)}\n`);
  writeBlogPage(site);

  await build({
    configFile: false,
    root: join(ROOT, 'bench/peers'),
    base: './',
    logLevel: 'warn',
    build: { outDir: join(site, 'bench/peers'), emptyOutDir: true, target: 'es2022' },
  });
  return site;
}

function ms(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(0);
}

function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b;
}

async function main(): Promise<void> {
  const site = await prepareSite();
  const server = await startStaticServer({ root: site });
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chrome.mjs`.');
  const browser = await chromium.launch({ executablePath, headless: true, args: [...LAUNCH_ARGS] });
  const runs = new Map<string, Measurement[]>(SCENARIOS.map((s) => [s.name, []]));
  const plays: PlayStepMeasurement[] = [];
  try {
    // One unmeasured load warms the browser process (not the page: every measured context is fresh).
    await measure(browser, server.url + '/', APP_MARKS, 15_000);
    for (let rep = 1; rep <= REPS; rep++) {
      for (const scenario of SCENARIOS) {
        const result = await measure(browser, server.url + scenario.path, scenario.marks, scenario.timeoutMs);
        runs.get(scenario.name)?.push(result);
        console.log(
          `rep ${rep} ${scenario.name.padEnd(28)} first frame ${ms(result.firstFrame).padStart(6)} ms` +
            `  settled ${ms(result.settled).padStart(6)} ms` +
            (result.missing.length ? `  (mark missing: ${result.missing.join(', ')} → FCP)` : ''),
        );
        for (const problem of result.problems) console.log(`      ${problem}`);
      }
      const play = await measurePlayStep(browser, `${server.url}/?asof=2024-06`);
      plays.push(play);
      console.log(
        `rep ${rep} play step, bundled data      p95 longest frame ${ms(play.p95FrameMs).padStart(4)} ms` +
          `  (frame ${ms(play.medianFrameMs)} ms, ${play.steps} steps)`,
      );
      for (const problem of play.problems) console.log(`      ${problem}`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }

  const summary = SCENARIOS.map((s) => {
    const list = runs.get(s.name) ?? [];
    return {
      scenario: s.name,
      url: s.path,
      firstFrameMs: median(list.map((r) => r.firstFrame)),
      settledMs: median(list.map((r) => r.settled)),
      marksMissing: [...new Set(list.flatMap((r) => r.missing))],
      problems: [...new Set(list.flatMap((r) => r.problems))],
      runs: list,
    };
  });
  const [bundled, synthetic, peer] = summary as [
    (typeof summary)[0],
    (typeof summary)[0],
    (typeof summary)[0],
  ];
  // Ratios per repetition (same machine state), then the median: absolute numbers drift between reps.
  const perRep = (pick: (m: Measurement) => number | undefined) =>
    median(synthetic.runs.map((r, i) => ratio(pick(r), peer.runs[i] ? pick(peer.runs[i]) : undefined)));
  const ratios = {
    firstFrame: perRep((m) => m.firstFrame),
    settled: perRep((m) => m.settled),
  };

  console.log('\n| scenario | first frame ms | settled ms | note |\n| --- | ---: | ---: | --- |');
  for (const row of summary) {
    const note = row.marksMissing.length ? `mark missing (${row.marksMissing.join(', ')}): FCP` : '';
    console.log(`| ${row.scenario} | ${ms(row.firstFrameMs)} | ${ms(row.settledMs)} | ${note} |`);
  }
  const verdict = (value: number | undefined, target: number) =>
    value === undefined
      ? 'n/a'
      : `${value.toFixed(2)} (target ≤ ${target}: ${value <= target ? 'met' : 'NOT met'})`;
  console.log(
    `\nour first frame / peer first frame (synthetic): ${verdict(ratios.firstFrame, TARGETS.firstFrameRatio)}`,
  );
  console.log(
    `our settled / peer settled (synthetic):         ${verdict(ratios.settled, TARGETS.settledRatio)}`,
  );
  const bundledSettled = bundled.settledMs;
  console.log(
    `bundled data settled: ${ms(bundledSettled)} ms (target ≤ ${TARGETS.bundledSettledMs} ms: ` +
      `${bundledSettled === undefined ? 'n/a' : bundledSettled <= TARGETS.bundledSettledMs ? 'met' : 'NOT met'})`,
  );

  const embed = summary[3];
  const firstHeight = embed?.firstFrameMs;
  console.log(
    `embed, first height message: ${ms(firstHeight)} ms (target ≤ ${TARGETS.firstHeightMessageMs} ms: ` +
      `${firstHeight === undefined ? 'n/a' : firstHeight <= TARGETS.firstHeightMessageMs ? 'met' : 'NOT met'})`,
  );

  // One frame or less: the longest frame after a step stays within 1.5 frame intervals (no frame dropped).
  const playP95 = median(plays.map((p) => p.p95FrameMs));
  const frame = median(plays.map((p) => p.medianFrameMs));
  const playBudget = frame === undefined ? undefined : frame * 1.5;
  console.log(
    `play step p95 (longest frame after a step): ${ms(playP95)} ms, frame ${ms(frame)} ms ` +
      `(target ≤ one frame: ${playP95 === undefined || playBudget === undefined ? 'n/a' : playP95 <= playBudget ? 'met' : 'NOT met'})`,
  );

  const out = join(ROOT, 'test-output/bench.json');
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), reps: REPS, targets: TARGETS, ratios, scenarios: summary, playStep: { p95FrameMs: playP95, frameMs: frame, runs: plays } }, null, 2)}\n`,
  );
  console.log(`\nWrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
