/**
 * The compute view as a standalone SVG document in the light theme: title, what the view shows, then per row
 * the company and its total, the stacked bar (d3-scale, via compute-chart.ts), the labelled amounts, the step
 * chart of cumulative commitments (d3-shape) with each provider's first deal marked, and when each provider
 * arrived; a source line at the bottom. Attributes only, no script, no external reference; every text from the
 * data is escaped (xml.ts).
 */
import { formatDate } from '../format/date.ts';
import type { GraphModel } from '../graph/model.ts';
import { barMax, barSegments, chartDomain, colourOf, stepChart } from '../insights/compute-chart.ts';
import { arrivals, commitmentAmount, rowAmount } from '../insights/compute-format.ts';
import { colourSlots, type ComputeRow } from '../insights/compute.ts';
import { filterSummary, type FilterParams } from './view-summary.ts';
import { num, xmlAttr, xmlText } from './xml.ts';
import { EXPORT_COLORS, EXPORT_FONT } from './export-style.ts';

export const COMPUTE_SVG_WIDTH = 1200;
const PAD = 24;
const INNER = COMPUTE_SVG_WIDTH - 2 * PAD;
const CHART = 84;
const MARKER = 22;
const FONT = EXPORT_FONT;
const COLORS = EXPORT_COLORS;

export interface ComputeSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export function computeSvg(
  model: GraphModel,
  rows: readonly ComputeRow[],
  asof: number,
  params: FilterParams,
): ComputeSvg {
  const { meta } = model.map;
  const slots = colourSlots(rows);
  const max = barMax(rows);
  const [from, to] = chartDomain(rows, asof);
  const markers = Math.max(
    0,
    ...rows.map((r) => r.segments.filter((s) => s.usd === 0 && s.perYearUsd === 0).length),
  );
  const barWidth = INNER - markers * (MARKER + 2);
  const name = (i: number) => model.companies[i]?.name ?? '';
  const asofText = formatDate(params.asof ?? meta.updated);

  const parts: string[] = [];
  let y = 78;
  for (const row of rows) {
    parts.push(
      `<line x1="${PAD}" x2="${PAD + INNER}" y1="${y}" y2="${y}" stroke="${COLORS.border}"/>`,
      `<text x="${PAD}" y="${y + 22}" font-size="16" font-weight="700" fill="${COLORS.text}">` +
        `${xmlText(name(row.company) + (row.side === 'provider' ? ': its customers' : ''))}</text>`,
      `<text x="${PAD + INNER}" y="${y + 22}" font-size="15" font-weight="700" text-anchor="end" fill="${COLORS.text}">` +
        `${xmlText(rowAmount(row))}</text>`,
    );
    y += 32;
    let end = 0;
    let marker = 0;
    for (const b of barSegments(row, max)) {
      const colour = xmlAttr(colourOf(slots, b.segment.company));
      if (b.kind === 'undisclosed') {
        const x = PAD + end + 2 + marker++ * (MARKER + 2);
        parts.push(
          `<rect x="${num(x)}" y="${y}" width="${MARKER}" height="20" rx="2" fill="${COLORS.background}" ` +
            `stroke="${colour}" stroke-width="2" stroke-dasharray="4 2"/>`,
          `<text x="${num(x + MARKER / 2)}" y="${y + 15}" font-size="12" font-weight="700" text-anchor="middle" ` +
            `fill="${COLORS.text}">?</text>`,
        );
        continue;
      }
      const x = PAD + b.x * barWidth;
      const width = Math.max(3, b.width * barWidth - 2);
      end = Math.max(end, b.x * barWidth + width);
      parts.push(
        `<rect x="${num(x)}" y="${y}" width="${num(width)}" height="20" rx="2" fill="${colour}"` +
          (b.kind === 'rate' ? ` fill-opacity="0.45" stroke="${colour}"` : '') +
          `><title>${xmlText(`${name(b.segment.company)}: ${commitmentAmount(b.segment)}`)}</title></rect>`,
      );
    }
    y += 38;
    // The labels, wrapped: a swatch, the name in bold, the amount and the first date.
    let x = PAD;
    for (const s of row.segments) {
      const since = s.firstDate === undefined ? '' : ` since ${formatDate(s.firstDate)}`;
      const text = `${name(s.company)} ${commitmentAmount(s)}${since}`;
      const width = 16 + text.length * 7.7 + 18;
      if (x + width > PAD + INNER && x > PAD) {
        x = PAD;
        y += 20;
      }
      parts.push(
        `<rect x="${num(x)}" y="${y - 10}" width="11" height="11" rx="2" fill="${xmlAttr(colourOf(slots, s.company))}"/>`,
        `<text x="${num(x + 16)}" y="${y}" font-size="13" fill="${COLORS.soft}"><tspan font-weight="700" fill="${COLORS.text}">` +
          `${xmlText(name(s.company))}</tspan> ${xmlText(commitmentAmount(s))}<tspan fill="${COLORS.muted}">${xmlText(since)}</tspan></text>`,
      );
      x += width;
    }
    y += 14;
    const chart = stepChart(row, from, to, INNER, CHART);
    parts.push(
      `<g transform="translate(${PAD},${y})">`,
      `<line x1="0" x2="${INNER}" y1="${CHART - 14}" y2="${CHART - 14}" stroke="${COLORS.border}"/>`,
      ...chart.ticks.map(
        (t) =>
          `<text x="${num(t.x)}" y="${CHART - 1}" font-size="10" text-anchor="middle" fill="${COLORS.muted}">${xmlText(t.label)}</text>`,
      ),
      ...chart.areas.map(
        (a) =>
          `<path d="${xmlAttr(a.d)}" fill="${xmlAttr(colourOf(slots, a.company))}" fill-opacity="0.85"/>`,
      ),
      ...chart.marks.map((m) => {
        const colour = xmlAttr(colourOf(slots, m.company));
        return (
          `<line x1="${num(m.x)}" x2="${num(m.x)}" y1="4" y2="${CHART - 14}" stroke="${colour}" stroke-dasharray="2 2"/>` +
          `<circle cx="${num(m.x)}" cy="${CHART - 14}" r="4" fill="${colour}" stroke="${COLORS.background}"/>`
        );
      }),
      '</g>',
    );
    y += CHART + 18;
    parts.push(
      `<text x="${PAD}" y="${y}" font-size="12" fill="${COLORS.soft}">${xmlText(fit(arrivals(model, row), INNER, 12))}</text>`,
    );
    y += 18;
  }
  if (rows.length === 0) {
    parts.push(
      `<text x="${PAD}" y="${y + 24}" font-size="14" fill="${COLORS.muted}">No compute deals in this view.</text>`,
    );
    y += 40;
  }
  const height = y + 36;
  const title = `Compute by provider, as of ${asofText}`;
  const subtitle = fit(
    `${filterSummary(model, params)} — what each buyer committed to each provider (units count for their parent); “?” marks undisclosed deals.`,
    INNER,
    13,
  );
  const source = fit(
    [`Source: ${meta.title}`, meta.updated === undefined ? '' : `data updated ${formatDate(meta.updated)}`]
      .filter(Boolean)
      .join(' · '),
    INNER,
    11,
  );
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${COMPUTE_SVG_WIDTH}" height="${height}" ` +
      `viewBox="0 0 ${COMPUTE_SVG_WIDTH} ${height}" font-family="${xmlAttr(FONT)}" role="img" aria-labelledby="title desc">`,
    `<title id="title">${xmlText(title)}</title>`,
    `<desc id="desc">${xmlText(`${subtitle} ${source}`)}</desc>`,
    `<rect width="${COMPUTE_SVG_WIDTH}" height="${height}" fill="${COLORS.background}"/>`,
    `<text x="${PAD}" y="34" font-size="22" font-weight="700" fill="${COLORS.text}">${xmlText(title)}</text>`,
    `<text x="${PAD}" y="58" font-size="13" fill="${COLORS.muted}">${xmlText(subtitle)}</text>`,
    ...parts,
    `<text x="${PAD}" y="${height - 14}" font-size="11" fill="${COLORS.muted}">${xmlText(source)}</text>`,
    '</svg>',
    '',
  ].join('\n');
  return { svg, width: COMPUTE_SVG_WIDTH, height };
}

/** The text, cut with "…" to fit a width (approximate widths: no DOM to measure with). */
function fit(text: string, width: number, size: number): string {
  const max = Math.floor(width / (0.58 * size));
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
