/**
 * Puts the prerendered first view into the built index.html (pure string work, unit-tested in
 * tests/unit/prerender-html.test.ts; scripts/build-prerender.ts runs it):
 *
 * - the head script first in <head>, `async` and render-blocking: the browser parses the page while it is
 *   fetched and paints nothing before it has run; it also starts the app (src/lib/prerender/boot.ts), so the
 *   app's module script becomes a `modulepreload` link: fetched as early, evaluated only when the head script
 *   imports it;
 * - a `<link rel="expect" blocking="render">` for the view's end marker: the browser paints nothing until the
 *   whole view is parsed, so the first frame is the whole picture, never a part of it (the parser may stop
 *   anywhere in a 100 kB page, and a frame painted then would show the map without its legend, at another
 *   size);
 * - the stylesheets (the app's, then the view's) next, before the app's modules, which the first paint does
 *   not need: the browser requests them first;
 * - the view right after the app's element, so the page's own ids come first and the view covers the app
 *   until the handover.
 */
import { PRERENDER_END_ID, PRERENDER_ID } from '../src/lib/prerender/gate.ts';

export interface PrerenderParts {
  /** The view's element. */
  readonly html: string;
  /** Relative URLs of its stylesheet and of the head script. */
  readonly stylesheet: string;
  readonly script: string;
}

const APP_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

function once(html: string, pattern: RegExp, what: string): RegExpExecArray {
  const found = pattern.exec(html);
  if (!found) throw new Error(`prerender: index.html has no ${what}`);
  if (pattern.global || html.slice(found.index + found[0].length).search(pattern) >= 0) {
    throw new Error(`prerender: index.html has more than one ${what}`);
  }
  return found;
}

/** The URL of the app's entry module, as index.html loads it (one module script). */
export function appModuleOf(html: string): string {
  return once(html, APP_SCRIPT, 'module script')[1] ?? '';
}

/** The app's stylesheet links in the head, each with its line's indentation and line end. */
const APP_STYLESHEET = /^[ \t]*<link rel="stylesheet" crossorigin href="[^"]+">\r?\n?/gm;

export function withPrerender(html: string, parts: PrerenderParts): string {
  if (html.includes(`id="${PRERENDER_ID}"`)) throw new Error('prerender: index.html already has the view');
  if (!parts.html.includes(`id="${PRERENDER_END_ID}"`))
    throw new Error('prerender: the view has no end marker');
  const stylesheets = [...html.matchAll(APP_STYLESHEET)].map((m) => m[0].trim());
  if (stylesheets.length === 0) throw new Error('prerender: index.html has no stylesheet link');
  const page = html.replace(APP_STYLESHEET, '');
  const charset = once(page, /<meta charset[^>]*>\r?\n?/i, '<meta charset>');
  const app = once(page, /<div id="app"><\/div>\r?\n?/i, '<div id="app"></div>');
  const module = once(page, APP_SCRIPT, 'module script');
  const inner = `${once(page, /^([ \t]*)<\/head>/im, '</head>')[1] ?? ''}  `;
  // Everything the first paint waits for first, in this order: the head script, the whole view, the stylesheets
  // (the app's, then the view's); then the app's modules, which the first paint does not need.
  const head = [
    `<script async blocking="render" src="${parts.script}"></script>`,
    `<link rel="expect" href="#${PRERENDER_END_ID}" blocking="render">`,
    ...stylesheets,
    `<link rel="stylesheet" href="${parts.stylesheet}">`,
  ];
  const edits = [
    {
      at: charset.index + charset[0].length,
      remove: 0,
      text: head.map((line) => `${inner}${line}\n`).join(''),
    },
    {
      at: module.index,
      remove: module[0].length,
      text: `<link rel="modulepreload" crossorigin href="${module[1]}">`,
    },
    { at: app.index + app[0].length, remove: 0, text: `${inner}${parts.html}\n` },
  ].sort((a, b) => b.at - a.at);
  let out = page;
  for (const edit of edits) out = `${out.slice(0, edit.at)}${edit.text}${out.slice(edit.at + edit.remove)}`;
  return out;
}
