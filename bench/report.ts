/** The benchmark's printed and written results: Markdown tables of medians, ratios and target verdicts. */
import { FIGURES, PEERS, medianOf, ratioToPeers, type Ratio, type Run, type Subject } from './figures.ts';
import type { RowResult } from './targets.ts';

export const SUBJECT_NAMES: Record<Subject, string> = {
  app: 'AI Deal Map',
  svg: 'peer: d3 SVG',
  canvas: 'peer: d3 Canvas',
};

export const README_START = '<!-- bench:results:start -->';
export const README_END = '<!-- bench:results:end -->';

function number(value: number | undefined, unit: string): string {
  if (value === undefined) return '–';
  if (unit === 'ms') return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)}`;
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** A value with its unit: `830 ms`, `58.0 s`, `87.5 KiB`. */
export function withUnit(value: number, unit: string): string {
  const shown = number(value, unit);
  return unit === 'ms' && value >= 10_000 ? shown : `${shown} ${unit}`;
}

export function formatRatio(ratio: Ratio | undefined): string {
  if (ratio === undefined) return '–';
  const bound = ratio.bound === '=' ? '' : ratio.bound;
  return `${bound}${ratio.value < 0.1 ? ratio.value.toFixed(3) : ratio.value.toFixed(2)}×`;
}

/**
 * One table per run: a row per subject and size with the medians over its repetitions, and under each size
 * our ratio to the best peer of the same repetition (median over repetitions; fps: > 1 is better).
 */
export function resultsTable(
  runs: readonly Run[],
  sizes: readonly { key: string; label: string }[],
  capMs: number,
): string {
  const header = ['size', 'subject', ...FIGURES.map((f) => `${f.label} (${f.unit})`), 'runs / note'];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const size of sizes) {
    const sized = runs.filter((r) => r.size === size.key);
    if (sized.length === 0) continue;
    for (const subject of ['app', ...PEERS] as Subject[]) {
      const own = sized.filter((r) => r.subject === subject);
      if (own.length === 0) {
        lines.push(
          `| ${size.label} | ${SUBJECT_NAMES[subject]} | ${FIGURES.map(() => '–').join(' | ')} | skipped |`,
        );
        continue;
      }
      const cells = FIGURES.map((f) => {
        const value = medianOf(own, subject, f.key);
        if (value === undefined && f.key === 'settledMs' && own.some((r) => r.capped))
          return `> ${capMs / 1000} s`;
        return number(value, f.unit);
      });
      const capped = own.find((r) => r.capped);
      const note = capped
        ? `${own.length}; capped at ${capMs / 1000} s: ${capped.reached ?? ''}`
        : String(own.length);
      lines.push(`| ${size.label} | ${SUBJECT_NAMES[subject]} | ${cells.join(' | ')} | ${note} |`);
    }
    const ratios = FIGURES.map((f) => formatRatio(ratioToPeers(sized, f, { capMs })));
    lines.push(`| ${size.label} | **ours ÷ best peer** | ${ratios.join(' | ')} | same repetition, median |`);
  }
  return lines.join('\n');
}

export function targetsTable(results: readonly RowResult[]): string {
  const lines = ['| size | figure | target | measured | verdict |', '| --- | --- | --- | --- | --- |'];
  for (const { row, checks, verdict } of results) {
    const measured = checks
      .map(({ check, value }) => {
        const shown =
          check.against === undefined
            ? value === undefined
              ? '–'
              : `${value.bound === '=' ? '' : value.bound}${withUnit(value.value, check.figure === 'jsKiB' || check.figure === 'firstViewJsKiB' ? 'KiB' : 'ms')}`
            : formatRatio(value);
        const peer = check.against === 'best' ? 'best peer' : check.against;
        const against =
          check.against === undefined ? '' : ` vs ${peer}${check.peerFigure ? `'s ${check.peerFigure}` : ''}`;
        return `${check.size} ${check.figure}${against}: ${shown}`;
      })
      .join('; ');
    lines.push(
      `| ${row.size} | ${row.figure} | ${row.target} | ${measured} | ${verdict === 'met' ? 'met' : `**${verdict}**`} |`,
    );
  }
  return lines.join('\n');
}

/** `text` with everything between the two markers replaced by `block` (the markers stay). */
export function replaceBetweenMarkers(text: string, block: string): string {
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start)
    throw new Error(`bench/README.md lacks the markers ${README_START} … ${README_END}`);
  return `${text.slice(0, start + README_START.length)}\n${block.trim()}\n${text.slice(end)}`;
}
