// How the benchmark compares us with the peers and marks issue 13's targets: ratios per repetition against
// the best (or a named) peer, medians over repetitions, capped runs as bounds, verdicts, and the README block.
import { describe, expect, test } from 'vitest';
import { FIGURES, ratioToPeers, type Figures, type Run, type Subject } from '../../bench/figures.ts';
import { README_END, README_START, replaceBetweenMarkers } from '../../bench/report.ts';
import { evaluateTargets, verdictOf } from '../../bench/targets.ts';

const CAP = 60_000;
const spec = (key: keyof Figures) => FIGURES.find((f) => f.key === key)!;

function run(subject: Subject, rep: number, figures: Figures, size = '1000', capped = false): Run {
  return { subject, size, rep, figures, capped, problems: [] };
}

describe('ratioToPeers', () => {
  test('per repetition against the best peer, then the median', () => {
    const runs = [
      run('app', 1, { firstFrameMs: 100 }),
      run('svg', 1, { firstFrameMs: 400 }),
      run('canvas', 1, { firstFrameMs: 200 }),
      run('app', 2, { firstFrameMs: 300 }),
      run('svg', 2, { firstFrameMs: 100 }),
      run('canvas', 2, { firstFrameMs: 200 }),
      run('app', 3, { firstFrameMs: 120 }),
      run('svg', 3, { firstFrameMs: 300 }),
      run('canvas', 3, { firstFrameMs: 100 }),
    ];
    // Rep ratios 0.5, 3, 1.2: the median is 1.2, not the ratio of medians (120 / 200 = 0.6).
    expect(ratioToPeers(runs, spec('firstFrameMs'), { capMs: CAP })).toEqual({ value: 1.2, bound: '=' });
    // Against the Canvas peer only: 0.5, 1.5, 1.2.
    expect(ratioToPeers(runs, spec('firstFrameMs'), { capMs: CAP, peer: 'canvas' })?.value).toBe(1.2);
  });

  test('for fps the best peer is the fastest, and the ratio stays ours ÷ theirs', () => {
    const runs = [
      run('app', 1, { zoomFps: 30 }),
      run('svg', 1, { zoomFps: 10 }),
      run('canvas', 1, { zoomFps: 60 }),
    ];
    expect(ratioToPeers(runs, spec('zoomFps'), { capMs: CAP })?.value).toBe(0.5);
  });

  test('a peer capped before settling bounds the ratio from above', () => {
    const runs = [run('app', 1, { settledMs: 6000 }), run('canvas', 1, { firstFrameMs: 900 }, '1000', true)];
    expect(ratioToPeers(runs, spec('settledMs'), { capMs: CAP })).toEqual({ value: 0.1, bound: '≤' });
  });

  test('our figure that is only a lower bound (an input unanswered at the cap) bounds the ratio from below', () => {
    const ours: Run = { ...run('app', 1, { loadingInputP95Ms: 50_000 }), lowerBounds: ['loadingInputP95Ms'] };
    const runs = [ours, run('canvas', 1, { loadingInputP95Ms: 500 })];
    expect(ratioToPeers(runs, spec('loadingInputP95Ms'), { capMs: CAP })).toEqual({ value: 100, bound: '≥' });
  });

  test('compares with another figure of the peers when asked (our settled vs their first frame)', () => {
    const runs = [
      run('app', 1, { settledMs: 300 }),
      run('canvas', 1, { firstFrameMs: 150, settledMs: 5000 }),
    ];
    expect(ratioToPeers(runs, spec('settledMs'), { capMs: CAP, peerFigure: 'firstFrameMs' })?.value).toBe(2);
  });

  test('a peer stopped at the cap has at least the TBT it reached: our ratio to it is an upper bound', () => {
    const peer: Run = { ...run('canvas', 1, { tbtMs: 40_000 }, '5000', true), lowerBounds: ['tbtMs'] };
    const runs = [run('app', 1, { tbtMs: 400 }, '5000'), peer];
    expect(ratioToPeers(runs, spec('tbtMs'), { capMs: CAP })).toEqual({ value: 0.01, bound: '≤' });
  });

  test('TBT below 50 ms counts as 50 ms, so a page with no long task is not infinitely better', () => {
    const runs = [run('app', 1, { tbtMs: 0 }), run('canvas', 1, { tbtMs: 1000 })];
    expect(ratioToPeers(runs, spec('tbtMs'), { capMs: CAP })?.value).toBe(0.05);
  });
});

describe('verdicts', () => {
  test('a bound decides only in its own direction', () => {
    expect(verdictOf({ op: '≤', limit: 0.2 }, { value: 0.1, bound: '≤' })).toBe('met');
    expect(verdictOf({ op: '≤', limit: 0.2 }, { value: 0.1, bound: '≥' })).toBe('not met');
    expect(verdictOf({ op: '≥', limit: 1 }, { value: 1.1, bound: '=' })).toBe('met');
    expect(verdictOf({ op: '≥', limit: 1 }, { value: 0.9, bound: '=' })).toBe('not met');
    expect(verdictOf({ op: '≤', limit: 1 }, undefined)).toBe('no data');
  });

  test("issue 13's rows: 1k settled against the Canvas peer, 20k settled against 25 s, a capped app fails", () => {
    const runs = [
      run('app', 1, { settledMs: 1000 }),
      run('canvas', 1, { settledMs: 6000 }),
      run('app', 1, { loadingInputP95Ms: 58_000 }, '20000', true),
    ];
    const rows = evaluateTargets(runs, CAP);
    const row = (figure: string, size: string) =>
      rows.find((r) => r.row.figure === figure && r.row.size === size)!;
    expect(row('settled', '1,000/3,000').verdict).toBe('met');
    expect(row('settled', '1,000/3,000').checks[0]?.value?.value).toBeCloseTo(1 / 6);
    expect(row('settled', '20,000/60,000').verdict).toBe('not met');
    expect(row('settled', '20,000/60,000').checks[0]?.value).toEqual({ value: CAP, bound: '≥' });
    expect(row('input-to-paint p95 while the layout runs', '20,000/60,000').verdict).toBe('not met');
    expect(row('total blocking time while loading', '5,000/15,000').verdict).toBe('no data');
  });

  test('JS on the first view (asked for before the first frame): bundled and a 150-company data= file', () => {
    const js = (bundled: number, withData: number, bigger = 95) =>
      evaluateTargets(
        [
          run('app', 1, { firstViewJsKiB: bundled, jsKiB: 99 }, 'bundled'),
          run('app', 1, { firstViewJsKiB: withData, jsKiB: 99 }, '150'),
          run('app', 1, { firstViewJsKiB: bigger, jsKiB: 99 }, '5000'),
        ],
        CAP,
      ).find((r) => r.row.size === 'app')!.verdict;
    expect(js(70, 79)).toBe('met');
    expect(js(70, 81)).toBe('not met');
    expect(js(81, 79)).toBe('not met');
  });
});

describe('replaceBetweenMarkers', () => {
  test('replaces only the block between the markers', () => {
    const text = `# Bench\n\n${README_START}\nold\n${README_END}\n\nAfter.\n`;
    expect(replaceBetweenMarkers(text, '| new |')).toBe(
      `# Bench\n\n${README_START}\n| new |\n${README_END}\n\nAfter.\n`,
    );
  });

  test('refuses a README without the markers', () => {
    expect(() => replaceBetweenMarkers('# Bench\n', 'x')).toThrow(/markers/);
  });
});
