/**
 * Writing positions into a data file's text: the top-level `layout` object, keyed by company id in id order,
 * one company per line, as the file's last key. Everything else in the file keeps its content and order
 * (and its bytes, when the file is formatted like JSON.stringify(…, null, 2), as the bundled data is).
 * Pure: text in, text out; `npm run layout` does the reading and writing.
 */
import type { Point } from '../data/format.ts';
import type { GraphModel } from '../graph/model.ts';
import type { Positions } from './positions.ts';

/** Positions rounded to `decimals`, by company id in canonical (id) order. */
export function roundedLayout(model: GraphModel, positions: Positions, decimals = 2): Map<string, Point> {
  const factor = 10 ** decimals;
  const round = (value: number) => Math.round(value * factor) / factor + 0; // + 0 turns -0 into 0
  const layout = new Map<string, Point>();
  model.companies.forEach((company, i) => {
    layout.set(company.id, {
      x: round(positions[2 * i] as number),
      y: round(positions[2 * i + 1] as number),
    });
  });
  return layout;
}

/** The file's text with `layout` set (replacing any previous one); throws if anything else would change. */
export function withLayout(text: string, layout: ReadonlyMap<string, Point>): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const original: unknown = JSON.parse(body);
  if (typeof original !== 'object' || original === null || Array.isArray(original)) {
    throw new Error('The file is not a JSON object.');
  }
  const rest = { ...(original as Record<string, unknown>) };
  delete rest['layout'];
  const lines = [...layout].map(([id, p]) => `    ${JSON.stringify(id)}: [${number(p.x)}, ${number(p.y)}]`);
  const restText = JSON.stringify(rest, null, 2);
  const layoutText = lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n  }`;
  const out =
    restText === '{}'
      ? `{\n  "layout": ${layoutText}\n}\n`
      : `${restText.slice(0, -2)},\n  "layout": ${layoutText}\n}\n`;

  const written = JSON.parse(out) as Record<string, unknown>;
  const writtenLayout = written['layout'];
  delete written['layout'];
  if (JSON.stringify(written) !== JSON.stringify(rest)) {
    throw new Error('Writing the layout would change other parts of the file; nothing was written.');
  }
  const expected = Object.fromEntries([...layout].map(([id, p]) => [id, [p.x, p.y]]));
  if (JSON.stringify(writtenLayout) !== JSON.stringify(expected)) {
    throw new Error('The layout did not survive a round trip through JSON; nothing was written.');
  }
  return out;
}

/** Whether the file, apart from `layout`, is laid out exactly as `withLayout` writes it. */
export function isCanonicalExceptLayout(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = JSON.parse(body) as Record<string, unknown>;
  const layoutAt = Object.keys(parsed).indexOf('layout');
  const rest = { ...parsed };
  delete rest['layout'];
  const restText = JSON.stringify(rest, null, 2);
  if (layoutAt < 0) return body === `${restText}\n`;
  return body.startsWith(`${restText.slice(0, -2)},\n  "layout": `);
}

function number(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`A position is not a finite number (${value}).`);
  return JSON.stringify(value);
}
