import { describe, expect, it } from 'vitest';
import { appModuleOf, withPrerender } from '../../scripts/prerender-html.ts';

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
  html: '<div id="prerender" aria-hidden="true" inert>picture<span id="prerender-end" hidden></span></div>',
  stylesheet: './assets/prerender-x.css',
  script: './assets/prerender-gate-y.js',
};

describe('the prerendered view in index.html', () => {
  it('finds the app’s entry module', () => {
    expect(appModuleOf(BUILT)).toBe('./assets/index-abc.js');
    expect(() => appModuleOf(BUILT.replace(/<script type="module".*\n/, ''))).toThrow(/module script/);
  });

  it('puts first in the head the gate script, the render-blocking expectation of the whole view, then the stylesheets', () => {
    const out = withPrerender(BUILT, parts);
    const head = out.slice(out.indexOf('<meta charset'), out.indexOf('<title>')).split('\n');
    expect(head.map((line) => line.trim())).toEqual([
      '<meta charset="utf-8" />',
      '<script async blocking="render" src="./assets/prerender-gate-y.js"></script>',
      '<link rel="expect" href="#prerender-end" blocking="render">',
      '<link rel="stylesheet" crossorigin href="./assets/index-abc.css">',
      '<link rel="stylesheet" href="./assets/prerender-x.css">',
      '',
    ]);
    expect(out.match(/rel="stylesheet"/g)).toHaveLength(2);
  });

  it('preloads the app’s module instead of running it: the gate script imports it', () => {
    const out = withPrerender(BUILT, parts);
    expect(out).not.toContain('<script type="module"');
    expect(out).toContain('<link rel="modulepreload" crossorigin href="./assets/index-abc.js">');
    expect(out.indexOf('modulepreload')).toBeGreaterThan(out.indexOf('prerender-x.css'));
    expect(out.indexOf('modulepreload')).toBeLessThan(out.indexOf('</head>'));
  });

  it('puts the view after the app’s element, before the note for pages without JavaScript', () => {
    const out = withPrerender(BUILT, parts);
    const at = (text: string) => out.indexOf(text);
    expect(at(parts.html)).toBeGreaterThan(at('<div id="app"></div>'));
    expect(at(parts.html)).toBeLessThan(at('<noscript>'));
    // Nothing else changes.
    expect(
      out
        .replace(
          /^\s*<script async blocking="render" src="\.\/assets\/prerender-gate-y\.js"><\/script>\n/m,
          '',
        )
        .replace(/^\s*<link rel="expect"[^>]*>\n/m, '')
        .replace(/^\s*<link rel="stylesheet"[^>]*>\n/m, '')
        .replace(/^\s*<link rel="stylesheet"[^>]*>\n/m, '')
        .replace(`    ${parts.html}\n`, ''),
    ).toBe(
      BUILT.replace(
        /<script type="module" crossorigin src="(.*)"><\/script>/,
        '<link rel="modulepreload" crossorigin href="$1">',
      ).replace(/^\s*<link rel="stylesheet".*\n/m, ''),
    );
  });

  it('refuses a page it does not recognise, or one that has the view already', () => {
    expect(() => withPrerender(BUILT.replace('<div id="app"></div>', ''), parts)).toThrow(/app/);
    expect(() => withPrerender(BUILT, { ...parts, html: '<div id="prerender">picture</div>' })).toThrow(
      /end marker/,
    );
    expect(() => withPrerender(BUILT.replace(/<link rel="stylesheet".*\n/, ''), parts)).toThrow(/stylesheet/);
    expect(() =>
      withPrerender(
        BUILT.replace('</head>', '<script type="module" crossorigin src="./b.js"></script></head>'),
        parts,
      ),
    ).toThrow(/more than one module script/);
    expect(() => withPrerender(withPrerender(BUILT, parts), parts)).toThrow(/already/);
  });
});
