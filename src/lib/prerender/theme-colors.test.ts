import { describe, expect, it } from 'vitest';
import { themedMarkup, themeRules } from './theme-colors.ts';

describe('one markup for both themes', () => {
  it('keeps the light markup and pairs each of its colours with the dark one', () => {
    const light = '<svg><circle fill="#D55E00"></circle><line stroke="#0072b2"></line><b>x</b></svg>';
    const dark = '<svg><circle fill="#ff8a4c"></circle><line stroke="#4da6e8"></line><b>x</b></svg>';
    const themed = themedMarkup(light, dark);
    expect(themed.markup).toBe(light);
    expect([...themed.pairs]).toEqual([
      ['#d55e00', '#ff8a4c'],
      ['#0072b2', '#4da6e8'],
    ]);
    expect(themeRules('.legend', themed.pairs)).toContain(
      '.legend [fill="#d55e00" i]{fill:light-dark(#d55e00,#ff8a4c)}',
    );
  });

  it('refuses renders that differ in more than colours, or a colour with two dark ones', () => {
    expect(() => themedMarkup('<b fill="#111111">a</b>', '<b fill="#222222">b</b>')).toThrow(/different/);
    expect(() => themedMarkup('<b fill="#111111"></b>', '<b fill="#222222"></b><i></i>')).toThrow(
      /different/,
    );
    expect(() =>
      themedMarkup(
        '<b fill="#111111"></b><i fill="#111111"></i>',
        '<b fill="#222222"></b><i fill="#333333"></i>',
      ),
    ).toThrow(/both/);
  });

  it('writes no rule for a colour both themes share', () => {
    expect(themeRules('.x', new Map([['#737373', '#737373']]))).toEqual([]);
  });
});
