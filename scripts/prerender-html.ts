/**
 * Puts the prerendered first view into the built index.html (pure string work, unit-tested in
 * tests/unit/prerender-html.test.ts; scripts/build-prerender.ts runs it): the gate script first in <head>, so
 * it has run before anything is painted, the view's stylesheet after the app's, and the view right after the
 * app's element, so the page's own ids come first and the view covers the app until the handover.
 */
export interface PrerenderParts {
  /** The view's element. */
  readonly html: string;
  /** Relative URLs of its stylesheet and of the head script. */
  readonly stylesheet: string;
  readonly script: string;
}

function once(html: string, pattern: RegExp, what: string): RegExpExecArray {
  const found = pattern.exec(html);
  if (!found) throw new Error(`prerender: index.html has no ${what}`);
  return found;
}

export function withPrerender(html: string, parts: PrerenderParts): string {
  if (html.includes('id="prerender"')) throw new Error('prerender: index.html already has the view');
  const charset = once(html, /<meta charset[^>]*>\r?\n?/i, '<meta charset>');
  const headEnd = once(html, /^([ \t]*)<\/head>/im, '</head>');
  const app = once(html, /<div id="app"><\/div>\r?\n?/i, '<div id="app"></div>');
  const indent = headEnd[1] ?? '';
  const inner = `${indent}  `;
  const edits = [
    { at: charset.index + charset[0].length, text: `${inner}<script src="${parts.script}"></script>\n` },
    { at: headEnd.index, text: `${inner}<link rel="stylesheet" href="${parts.stylesheet}">\n` },
    { at: app.index + app[0].length, text: `${inner}${parts.html}\n` },
  ].sort((a, b) => b.at - a.at);
  let out = html;
  for (const edit of edits) out = `${out.slice(0, edit.at)}${edit.text}${out.slice(edit.at)}`;
  return out;
}
