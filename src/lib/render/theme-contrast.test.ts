/**
 * The themes' own colours meet WCAG contrast against the map's background: label and interface text 4.5:1,
 * company circles and every edge style (each deal type, confirmed and unconfirmed, at the opacity the map
 * draws it with) 3:1. Ratios are computed from src/app.css's tokens and the default palette.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_CATEGORIES, DEFAULT_DEAL_TYPES } from '../data/defaults.ts';
import { blend, contrastRatio, parseHex } from './contrast.ts';
import { EDGE_OPACITY } from './style.ts';
import { token } from '../../../tests/unit/theme-tokens.ts';

describe('contrast maths', () => {
  test('matches WCAG’s reference values', () => {
    expect(contrastRatio(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(21);
    expect(contrastRatio(parseHex('#777777'), parseHex('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(blend(parseHex('#ffffff'), parseHex('#000000'), 0.5)).toEqual([127.5, 127.5, 127.5]);
  });
});

for (const theme of ['light', 'dark'] as const) {
  describe(`${theme} theme`, () => {
    const bg = parseHex(token('bg', theme));
    const surface = parseHex(token('surface', theme));
    const shade = (entry: { color: string; colorDark?: string | undefined }) =>
      parseHex(theme === 'dark' ? (entry.colorDark ?? entry.color) : entry.color);

    test('labels and text read at 4.5:1 on the map and on panels', () => {
      // Map labels are drawn in --text, or --muted when faded, over a halo of --bg.
      for (const name of ['text', 'text-soft', 'muted', 'accent']) {
        expect(contrastRatio(parseHex(token(name, theme)), bg), name).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(parseHex(token(name, theme)), surface), name).toBeGreaterThanOrEqual(4.5);
      }
    });

    test('every edge style reaches 3:1 at the opacity it is drawn with, confirmed or not', () => {
      for (const type of DEFAULT_DEAL_TYPES) {
        for (const state of ['confirmed', 'unconfirmed'] as const) {
          const seen = blend(shade(type), bg, EDGE_OPACITY[state]);
          expect(contrastRatio(seen, bg), `${type.id}, ${state}`).toBeGreaterThanOrEqual(3);
        }
      }
    });

    test('company circles reach 3:1', () => {
      for (const category of DEFAULT_CATEGORIES) {
        expect(contrastRatio(shade(category), bg), category.id).toBeGreaterThanOrEqual(3);
      }
    });
  });
}
