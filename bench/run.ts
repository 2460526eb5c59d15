// The benchmark: `npm run bench` (not part of `npm test`). Builds the app, serves it with generated markets
// and two peers (bench/peers/: D3's force-directed SVG example and the same simulation on Canvas), and loads
// each size in headless Chromium: the app with `?data=` and both peers on the same file, 3 repetitions
// interleaved (order rotated), fresh contexts. Per load: first frame, settled, load TBT, zoom/pan fps and p95
// frame, input→paint p95 during zoom/pan and while loading, heap after GC, JS/CSS fetched (gzip). Also the
// first embed height message and the time control's play step on the bundled data. Prints medians, our ratio
// to the best peer of the same repetition, and issue 13's targets as met / not met; writes
// test-output/bench.json and, after a full run, the results in bench/README.md.
//
//   npm run bench -- [--sizes=bundled,150,1000,5000,20000] [--reps=3] [--cap=60] [--no-build] [--readme]
//
// A load that has not settled within the cap (60 s) is stopped, reported with how far it got, and that
// subject is skipped at its remaining repetitions and larger sizes. Exits non-zero only if something crashed.
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { findChrome, LAUNCH_ARGS } from '../scripts/find-chrome.mjs';
import { startStaticServer } from '../tests/browser/server.ts';
import { type Run, type Subject } from './figures.ts';
import { measureLoad, VIEWPORT, type LoadOptions, type LoadResult } from './measure.ts';
import { measurePlayStep, type PlayStepMeasurement } from './play-step.ts';
import {
  README_END,
  README_START,
  replaceBetweenMarkers,
  resultsTable,
  SUBJECT_NAMES,
  targetsTable,
} from './report.ts';
import { prepareSite, syntheticPath, type SyntheticSize } from './site.ts';
import { median } from './stats.ts';
import { BUNDLED, evaluateTargets } from './targets.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Size {
  readonly key: string;
  readonly label: string;
  /** The data file, relative to the site's root. */
  readonly data: string;
  readonly synthetic?: SyntheticSize;
}

const SIZES: readonly Size[] = [
  { key: BUNDLED, label: 'bundled', data: 'data/ai-deals.json' },
  ...(
    [
      [150, 300],
      [1000, 3000],
      [5000, 15000],
      [20000, 60000],
    ] as const
  ).map(([companies, deals]) => {
    const synthetic = { companies, deals };
    return {
      key: String(companies),
      label: `${companies.toLocaleString('en-US')}/${deals.toLocaleString('en-US')}`,
      data: syntheticPath(synthetic),
      synthetic,
    };
  }),
];

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const sizeKeys = option('sizes')?.split(',') ?? SIZES.map((s) => s.key);
const unknown = sizeKeys.filter((k) => !SIZES.some((s) => s.key === k));
if (unknown.length)
  throw new Error(`Unknown size ${unknown.join(', ')}; known: ${SIZES.map((s) => s.key).join(', ')}`);
const sizes = SIZES.filter((s) => sizeKeys.includes(s.key));
const REPS = Number(option('reps') ?? 3);
const CAP_MS = Number(option('cap') ?? 60) * 1000;
const fullRun = sizes.length === SIZES.length && REPS >= 3;
const writeReadme = process.argv.includes('--readme') || (fullRun && !option('cap'));

const MARKS: Record<Subject, { first: string; settled: string; live?: string }> = {
  app: { first: 'adm:first-frame', settled: 'adm:settled', live: 'adm:interactive' },
  svg: { first: 'peer:first-frame', settled: 'peer:settled' },
  canvas: { first: 'peer:first-frame', settled: 'peer:settled' },
};
/** A point with nothing on it, where the drag-pan starts: beside the round graph (the app: right of it). */
const EMPTY_POINT: Record<Subject, { x: number; y: number }> = {
  app: { x: 1200, y: 200 },
  svg: { x: 60, y: VIEWPORT.height / 2 },
  canvas: { x: 60, y: VIEWPORT.height / 2 },
};

function urlOf(subject: Subject, size: Size): string {
  if (subject === 'app') return size.key === BUNDLED ? '/' : `/?data=${size.data}`;
  return `/bench/peers/${subject}/?data=/${size.data}`;
}

function loadOptions(base: string, subject: Subject, size: Size): LoadOptions {
  return {
    url: base + urlOf(subject, size),
    firstMark: MARKS[subject].first,
    settledMark: MARKS[subject].settled,
    liveMark: MARKS[subject].live,
    presented: true,
    capMs: CAP_MS,
    interact: true,
    emptyPoint: EMPTY_POINT[subject],
  };
}

const show = (v: number | undefined, digits = 0) => (v === undefined ? '–' : v.toFixed(digits));

/** The commit measured (read at the start: files may change while a long run goes on). */
function currentCommit(): string {
  try {
    const dirty = execSync('git status --porcelain', { cwd: ROOT }).toString().trim()
      ? ' + local changes'
      : '';
    return execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim() + dirty;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

async function main(): Promise<void> {
  const began = Date.now();
  const commit = currentCommit();
  const loadBefore = loadavg()[0] ?? 0;
  const synthetic = sizes.flatMap((s) => (s.synthetic ? [s.synthetic] : []));
  const site = await prepareSite(ROOT, synthetic, !process.argv.includes('--no-build'));
  const server = await startStaticServer({ root: site });
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chrome.mjs`.');
  const browser = await chromium.launch({ executablePath, headless: true, args: [...LAUNCH_ARGS] });
  const chromiumVersion = browser.version();
  const runs: Run[] = [];
  const embeds: (number | undefined)[] = [];
  const plays: PlayStepMeasurement[] = [];
  const files: Record<string, Record<string, number>> = {};
  const skipped = new Set<Subject>();
  try {
    // One unmeasured load warms the browser process (not the page: every measured context is fresh).
    await measureLoad(browser, { ...loadOptions(server.url, 'app', SIZES[0] as Size), interact: false });
    for (const size of sizes) {
      for (let rep = 1; rep <= REPS; rep++) {
        const subjects: Subject[] = ['app', 'svg', 'canvas'];
        const order = [...subjects.slice((rep - 1) % 3), ...subjects.slice(0, (rep - 1) % 3)];
        for (const subject of order) {
          if (skipped.has(subject)) continue;
          // A load that fails (the page crashed, say) is reported as such and its subject skipped from then on.
          const result = await measureLoad(browser, loadOptions(server.url, subject, size)).catch(
            (error: unknown): LoadResult => ({
              figures: {},
              capped: true,
              reached: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
              problems: [],
              files: {},
            }),
          );
          const { files: fetched, ...measured } = result;
          runs.push({ subject, size: size.key, rep, ...measured });
          if (subject === 'app') files[`${size.key}#${rep}`] = { ...fetched };
          const f = result.figures;
          console.log(
            `${size.label.padEnd(13)} rep ${rep} ${SUBJECT_NAMES[subject].padEnd(16)} first ${show(f.firstFrameMs).padStart(6)} ms` +
              `  settled ${(result.capped ? `> ${CAP_MS / 1000} s` : `${show(f.settledMs)} ms`).padStart(9)}` +
              (f.liveMapMs === undefined ? '' : `  live ${show(f.liveMapMs).padStart(6)} ms`) +
              `  TBT ${show(f.tbtMs).padStart(6)}  zoom ${show(f.zoomFps, 1).padStart(5)} fps  p95 ${show(f.p95FrameMs).padStart(4)}` +
              `  in→paint ${show(f.inputP95Ms).padStart(4)} / loading ${show(f.loadingInputP95Ms).padStart(5)}` +
              `  heap ${show(f.heapMB, 1).padStart(5)} MB  JS ${show(f.jsKiB, 1)} KiB (first view ${show(f.firstViewJsKiB, 1)})` +
              (result.capped ? `  CAPPED: ${result.reached}` : ''),
          );
          for (const problem of new Set(result.problems)) console.log(`      ${problem}`);
          if (result.capped) skipped.add(subject);
        }
        if (size.key === BUNDLED) {
          const embed = await measureLoad(browser, {
            url: `${server.url}/bench/blog.html`,
            firstMark: 'embed:first-height',
            settledMark: 'embed:first-height',
            capMs: 15_000,
            interact: false,
            emptyPoint: EMPTY_POINT.app,
          });
          embeds.push(embed.figures.firstFrameMs);
          const play = await measurePlayStep(browser, `${server.url}/?asof=2024-06`);
          plays.push(play);
          console.log(
            `bundled       rep ${rep} embed: first height message ${show(embed.figures.firstFrameMs)} ms;` +
              ` play step p95 longest frame ${show(play.p95FrameMs)} ms (frame ${show(play.medianFrameMs)} ms)`,
          );
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }

  const minutes = (Date.now() - began) / 60_000;
  const targets = evaluateTargets(runs, CAP_MS);
  const results = resultsTable(runs, sizes, CAP_MS);
  const targetTable = targetsTable(targets);
  const embedMs = median(embeds);
  const playP95 = median(plays.map((p) => p.p95FrameMs));
  const frameMs = median(plays.map((p) => p.medianFrameMs));
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Chromium ${chromiumVersion} headless (software rendering), viewport ${VIEWPORT.width}×${VIEWPORT.height}`;
  const extra =
    embeds.length > 0
      ? `\nEmbed, first height message (bundled data, blog page): ${show(embedMs)} ms. ` +
        `Play step, longest frame after a step, p95: ${show(playP95)} ms (frame ${show(frameMs)} ms).\n`
      : '';
  const block =
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on commit ${commit}: ${machine}; ` +
    `${REPS} repetitions, ${minutes.toFixed(1)} min, cap ${CAP_MS / 1000} s; load average ` +
    `${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end (other work on the machine). Medians; ratios are ours ÷ the best ` +
    `peer of the same repetition (fps: > 1 is better, everything else: < 1 is better).\n\n${results}\n${extra}\n` +
    `Targets of issue 13:\n\n${targetTable}\n`;
  console.log(`\n${block}`);

  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const out = join(ROOT, 'test-output/bench.json');
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        commit,
        machine,
        loadAverage: { start: loadBefore, end: loadavg()[0] },
        reps: REPS,
        capMs: CAP_MS,
        minutes,
        sizes: sizes.map((s) => ({ key: s.key, label: s.label, data: s.data })),
        runs,
        targets: targets.map((t) => ({
          size: t.row.size,
          figure: t.row.figure,
          target: t.row.target,
          verdict: t.verdict,
          checks: t.checks.map((c) => ({ ...c.check, value: c.value, verdict: c.verdict })),
        })),
        embedFirstHeightMs: { median: embedMs, runs: embeds },
        playStep: { p95FrameMs: playP95, frameMs, runs: plays },
        appFiles: files,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Wrote ${out}`);
  if (writeReadme) {
    const readme = join(ROOT, 'bench/README.md');
    // Formatted as `npm run lint` wants it (Prettier aligns the tables).
    const text = replaceBetweenMarkers(readFileSync(readme, 'utf8'), block);
    const config = (await resolveConfig(readme)) ?? {};
    writeFileSync(readme, await format(text, { ...config, filepath: readme }));
    console.log(`Wrote the results into ${readme} (between ${README_START} and ${README_END})`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
