/**
 * The themes' own colours meet WCAG contrast against the map's background: label and interface text 4.5:1,
 * company circles and every edge style (each deal type, confirmed and unconfirmed, at the opacity the map
 * draws it with) 3:1. Ratios are computed from src/app.css's tokens and the default palette.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CATEGORIES, DEFAULT_DEAL_TYPES } from '../data/defaults.ts';
import { blend, contrastRatio, parseHex } from './contrast.ts';
import { EDGE_OPACITY } from './style.ts';

const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');

/** A token's colour in a theme, from `--name: light-dark(#light, #dark);`. */
function token(name: string, theme: 'light' | 'dark'): string {
  const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]+),\\s*(#[0-9a-f]+)\\)`, 'i').exec(css);
  const value = theme === 'light' ? match?.[1] : match?.[2];
  if (!value) throw new Error(`no --${name} in app.css`);
  return value;
}

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

    test('labels and text read at 4.5:1 on the map and on panels', () => {
      for (const name of ['text', 'text-soft', 'muted', 'accent']) {
        expect(contrastRatio(parseHex(token(name, theme)), bg), name).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(parseHex(token(name, theme)), surface), name).toBeGreaterThanOrEqual(4.5);
      }
    });

    test('every edge style reaches 3:1 at the opacity it is drawn with', () => {
      for (const type of DEFAULT_DEAL_TYPES) {
        const colour = parseHex(theme === 'dark' ? (type.colorDark ?? type.color) : type.color);
        const confirmed = contrastRatio(blend(colour, bg, EDGE_OPACITY.confirmed), bg);
        expect(confirmed, `${type.id}, confirmed`).toBeGreaterThanOrEqual(3);
        if (theme === 'dark') {
          const unconfirmed = contrastRatio(blend(colour, bg, EDGE_OPACITY.unconfirmed), bg);
          expect(unconfirmed, `${type.id}, unconfirmed`).toBeGreaterThanOrEqual(3);
        }
      }
    });

    if (theme === 'dark') {
      test('company circles reach 3:1', () => {
        for (const category of DEFAULT_CATEGORIES) {
          const colour = parseHex(category.colorDark ?? category.color);
          expect(contrastRatio(colour, bg), category.id).toBeGreaterThanOrEqual(3);
        }
      });
    }
  });
}
