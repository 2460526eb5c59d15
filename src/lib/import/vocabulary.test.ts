import { describe, expect, test } from 'vitest';
import { DEFAULT_CATEGORIES, DEFAULT_DEAL_TYPES } from '../data/defaults.ts';
import { blend, contrastRatio, parseHex } from '../render/contrast.ts';
import { EDGE_OPACITY } from '../render/style.ts';
import { token } from '../../../tests/unit/theme-tokens.ts';
import { CATEGORY_PALETTE, TYPE_PALETTE } from './vocabulary.ts';

const pair = (e: { color: string; colorDark?: string | undefined }) => [e.color, e.colorDark ?? e.color];
const themes = [
  { theme: 'light', shade: 0 },
  { theme: 'dark', shade: 1 },
] as const;

describe("the importers' palettes", () => {
  test('start with the app’s own colours, light and dark, greys left out', () => {
    const categories = DEFAULT_CATEGORIES.filter((c) => c.id !== 'other').map(pair);
    const types = DEFAULT_DEAL_TYPES.filter((t) => t.id !== 'partnership').map(pair);
    expect(CATEGORY_PALETTE.slice(0, categories.length)).toEqual(categories);
    expect(CATEGORY_PALETTE.slice(categories.length, categories.length + types.length)).toEqual(types);
    expect(TYPE_PALETTE.slice(0, types.length)).toEqual(types);
    for (const palette of [CATEGORY_PALETTE, TYPE_PALETTE]) {
      expect(new Set(palette.map(([light]) => light)).size).toBe(palette.length);
      expect(palette.map(([light]) => light)).not.toContain('#737373');
    }
  });

  test.each(themes)(
    'circles of declared categories reach 3:1 on the $theme background',
    ({ theme, shade }) => {
      const bg = parseHex(token('bg', theme));
      for (const colours of CATEGORY_PALETTE) {
        expect(contrastRatio(parseHex(colours[shade]), bg), colours[shade]).toBeGreaterThanOrEqual(3);
      }
    },
  );

  test.each(themes)('edges of declared types reach 3:1 on $theme, unconfirmed too', ({ theme, shade }) => {
    const bg = parseHex(token('bg', theme));
    for (const colours of TYPE_PALETTE) {
      const seen = blend(parseHex(colours[shade]), bg, EDGE_OPACITY.unconfirmed);
      expect(contrastRatio(seen, bg), colours[shade]).toBeGreaterThanOrEqual(3);
    }
  });
});
