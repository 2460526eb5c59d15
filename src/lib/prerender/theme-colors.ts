/**
 * One markup for both themes: a component rendered in the light and in the dark theme differs only in the
 * colours it writes (`fill="#…"`, `stroke="#…"`); the light markup is kept, and each of its colours gets a CSS
 * rule that turns it into `light-dark(light, dark)` through an attribute selector, so it follows the page's
 * colour scheme. Throws when the two renders differ in anything else, or one light colour has two dark ones.
 */
const COLOR = /((?:fill|stroke)=")(#[0-9a-fA-F]{3,8})(")/g;

export interface ThemedMarkup {
  readonly markup: string;
  /** Light colour → dark colour, for every colour attribute of the markup. */
  readonly pairs: ReadonlyMap<string, string>;
}

export function themedMarkup(light: string, dark: string): ThemedMarkup {
  const lightParts = light.split(COLOR);
  const darkParts = dark.split(COLOR);
  if (lightParts.length !== darkParts.length) throw new Error('prerender: the themes draw different markup');
  const pairs = new Map<string, string>();
  // split() with 3 groups: text, attr start, colour, quote, text, …
  lightParts.forEach((part, i) => {
    const other = darkParts[i] ?? '';
    if (i % 4 !== 2) {
      if (part !== other) throw new Error('prerender: the themes draw different markup');
      return;
    }
    const known = pairs.get(part.toLowerCase());
    if (known !== undefined && known !== other.toLowerCase())
      throw new Error(`prerender: ${part} is both ${known} and ${other} in the dark theme`);
    pairs.set(part.toLowerCase(), other.toLowerCase());
  });
  return { markup: light, pairs };
}

/** The CSS rules under `scope` (a selector) that give each light colour its dark one. */
export function themeRules(scope: string, pairs: ReadonlyMap<string, string>): string[] {
  return [...pairs].flatMap(([lightColor, darkColor]) =>
    lightColor === darkColor
      ? []
      : ['fill', 'stroke'].map(
          (property) =>
            `${scope} [${property}="${lightColor}" i]{${property}:light-dark(${lightColor},${darkColor})}`,
        ),
  );
}
