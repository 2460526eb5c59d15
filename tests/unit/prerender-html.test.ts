import { describe, expect, it } from 'vitest';
import { withPrerender } from '../../scripts/prerender-html.ts';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>AI Deal Map</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body>
    <div id="app"></div>
    <noscript>AI Deal Map needs JavaScript to draw the map.</noscript>
  </body>
</html>
`;

const parts = {
  html: '<div id="prerender" aria-hidden="true" inert>picture</div>',
  stylesheet: './assets/prerender-x.css',
  script: './assets/prerender-gate-y.js',
};

describe('the prerendered view in index.html', () => {
  it('puts the gate script first in the head, the stylesheet after the app’s, the view after the app’s element', () => {
    const out = withPrerender(BUILT, parts);
    const at = (text: string) => out.indexOf(text);
    expect(at('<script src="./assets/prerender-gate-y.js"></script>')).toBeGreaterThan(at('<meta charset'));
    expect(at('<script src="./assets/prerender-gate-y.js"></script>')).toBeLessThan(at('<title>'));
    expect(at('<link rel="stylesheet" href="./assets/prerender-x.css">')).toBeGreaterThan(
      at('index-abc.css'),
    );
    expect(at('<link rel="stylesheet" href="./assets/prerender-x.css">')).toBeLessThan(at('</head>'));
    expect(at(parts.html)).toBeGreaterThan(at('<div id="app"></div>'));
    expect(at(parts.html)).toBeLessThan(at('<noscript>'));
    // Nothing else changes.
    expect(
      out
        .replace(/^\s*<script src="\.\/assets\/prerender-gate-y\.js"><\/script>\n/m, '')
        .replace(/^\s*<link rel="stylesheet" href="\.\/assets\/prerender-x\.css">\n/m, '')
        .replace(`    ${parts.html}\n`, ''),
    ).toBe(BUILT);
  });

  it('refuses a page it does not recognise, or one that has the view already', () => {
    expect(() => withPrerender(BUILT.replace('<div id="app"></div>', ''), parts)).toThrow(/app/);
    expect(() => withPrerender(withPrerender(BUILT, parts), parts)).toThrow(/already/);
  });
});
