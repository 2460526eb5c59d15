import { csvParseRows } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { NO_FILTERS } from '../filters/types.ts';
import { computeFixture } from '../insights/compute.test-helper.ts';
import { computeView } from '../insights/compute-view.ts';
import { COMPUTE_CSV_COLUMNS, computeCsv } from './compute-csv.ts';
import { computeSvg } from './compute-svg.ts';
import { parseXml } from './parse-xml.test-helper.ts';

const m = computeFixture();

describe('compute view exports', () => {
  test('CSV: one line per pair with the committed figures and the deals behind them', () => {
    const { rows } = computeView(m, { ...NO_FILTERS, focus: ['openai'] });
    const [header, ...lines] = csvParseRows(
      computeCsv(m, rows)
        .replace(/^\uFEFF/, '')
        .trim(),
    );
    expect(header).toEqual([...COMPUTE_CSV_COLUMNS]);
    const amazon = lines.find((l) => l[3] === 'amazon');
    expect(amazon?.slice(0, 9)).toEqual([
      'openai',
      'openai',
      'buyer',
      'amazon',
      'amazon',
      '138000000000',
      '0',
      '$138B',
      '2',
    ]);
    expect(amazon?.[15]).toBe('o-amazon o-aws');
    expect(lines.map((l) => l[3])).toEqual(['oracle', 'amazon', 'coreweave', 'google', 'microsoft']);
  });

  test('SVG: a well-formed, self-contained image with a row per buyer and its amounts', () => {
    const { rows, scope } = computeView(m, NO_FILTERS);
    const { svg, height } = computeSvg(m, rows, scope.asof, NO_FILTERS);
    const doc = parseXml(svg, 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.startsWith('Compute by provider, as of 30 Jun 2026'))).toBe(true);
    expect(texts).toContain('$454B + $1B/yr + 2 undisclosed');
    expect(texts.some((t) => t.includes('more than $300B'))).toBe(true);
    expect(doc.getElementsByTagName('path').length).toBeGreaterThan(0);
    expect(svg).not.toMatch(/<script|href=|<style/);
    expect(height).toBeGreaterThan(rows.length * 150);
  });

  test('SVG: names from the data are escaped', () => {
    const { rows, scope } = computeView(m, NO_FILTERS);
    const evil = { ...m, companies: m.companies.map((c) => ({ ...c, name: `<script>${c.id}</script>&` })) };
    const { svg } = computeSvg(evil, rows, scope.asof, NO_FILTERS);
    expect(svg).not.toContain('<script>');
    expect(() => parseXml(svg, 'image/svg+xml')).not.toThrow();
  });
});
