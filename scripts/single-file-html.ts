/**
 * Turns the HTML of a one-chunk Vite build into one self-contained page (the single-file build): the app's
 * JavaScript and CSS inlined, the bundled data inlined as `<script type="application/json" id="adm-data">`
 * (which the app reads instead of fetching it), the favicon as a data: URL, and the data preload removed.
 * The page carries its own Content-Security-Policy (a `<meta>` tag) that allows exactly its own inline script
 * and style by hash: wherever the file is uploaded, nothing injected into it could run.
 * Pure string work, unit-tested in tests/unit/single-file-html.test.ts; scripts/build-single-file.ts runs it.
 */
import { createHash } from 'node:crypto';
import { inlineDataElement } from '../src/lib/data/inline-data.ts';

export interface SingleFileParts {
  /** index.html as Vite wrote it (one `<script type="module" src>` and at most one stylesheet link). */
  readonly html: string;
  /** Contents of built files by the path the HTML uses for them (e.g. `./assets/index-abc.js`). */
  readonly files: ReadonlyMap<string, string>;
  /** The bundled data file's JSON text. */
  readonly dataJson: string;
  /** The favicon as a data: URL, or undefined to drop the icon link. */
  readonly faviconDataUrl?: string | undefined;
}

/**
 * JavaScript made safe inside `<script>`: `</script` would end the element and `<!--` would switch the HTML
 * parser into its escaped script states. Both can only occur in strings, template literals, regular
 * expressions or comments of minified code, where `\x3C` means the same `<`. The parser also turns CR and CRLF
 * into LF and NUL into U+FFFD; this does it first (a NUL can only be in a literal, where `\x00` is the same),
 * so that the element's text, and its hash in the page's policy, are exactly this string.
 */
export function escapeInlineScript(code: string): string {
  return code
    .replace(/<(?=\/script|!--)/gi, '\\x3C')
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u0000', '\\x00');
}

/**
 * CSS made safe inside `<style>`: `</style` would end the element (`\/` is `/` in CSS); line breaks as the
 * HTML parser would leave them (see escapeInlineScript).
 */
export function escapeInlineStyle(css: string): string {
  if (css.includes('\u0000')) throw new Error('single-file build: the CSS contains a NUL character');
  return css.replace(/<\/(?=style)/gi, '<\\/').replace(/\r\n?/g, '\n');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The single file's policy: its inline script and styles by hash, images from data:/blob: (the favicon and
 * the PNG export), data (`data=` links) from https hosts only; nothing else.
 */
export function singleFilePolicy(scripts: readonly string[], styles: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    `style-src ${styles.map(sha256).join(' ')}`,
    'img-src data: blob:',
    'connect-src https:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
}

function file(files: ReadonlyMap<string, string>, ref: string): string {
  const code = files.get(ref);
  if (code === undefined)
    throw new Error(`single-file build: ${ref} is referenced by the HTML but was not built`);
  return code;
}

export function singleFileHtml(parts: SingleFileParts): string {
  const { files } = parts;
  const scripts: string[] = [];
  const styles: string[] = [];
  // Inlined code goes in as placeholders, substituted last, so that no step below looks into it.
  const inlined: string[] = [];
  const placeholder = (element: string): string => `\ue000${inlined.push(element) - 1}\ue001`;

  if (/[\ue000\ue001]/.test(parts.html))
    throw new Error('single-file build: unexpected U+E000/U+E001 in the HTML');
  // Function replacements throughout: minified code contains `$&`, `$'` and friends.
  let html = parts.html.replace(/<script\b[^>]*>\s*<\/script\s*>/gi, (tag) => {
    const src = attribute(tag, 'src');
    if (src === undefined) return tag;
    if (!/\stype\s*=\s*["']?module\b/i.test(tag)) {
      throw new Error(`single-file build: non-module script ${src}`);
    }
    const code = escapeInlineScript(file(files, src));
    scripts.push(code);
    return placeholder(`<script type="module">${code}</script>`);
  });
  if (scripts.length !== 1) {
    throw new Error(`single-file build: expected one module script, found ${scripts.length}`);
  }

  html = html.replace(/^[ \t]*<!--[^>]*-->\r?\n?/gm, (comment) =>
    /bundled data/i.test(comment) ? '' : comment,
  );
  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href') ?? '';
    if (rel.includes('stylesheet')) {
      const css = escapeInlineStyle(file(files, href));
      styles.push(css);
      return placeholder(`<style>${css}</style>`);
    }
    // The data is inlined: preloading (or prefetching) it would be a request, and one that fails from disk.
    if (rel.includes('preload') || rel.includes('modulepreload') || rel.includes('prefetch')) return '';
    if (rel.includes('icon')) {
      if (parts.faviconDataUrl === undefined) return '';
      const dataUrl = parts.faviconDataUrl;
      return tag.replace(/(\shref\s*=\s*)(?:"[^"]*"|'[^']*'|[^\s"'>]+)/i, (_, before: string) => {
        return `${before}"${dataUrl}"`;
      });
    }
    return tag;
  });
  // Drop lines left empty by removed tags.
  html = html.replace(/^[ \t]+\r?\n/gm, '');

  const leftover = /\s(?:src|href)\s*=\s*["']?(?:\.\/|\/)?(?:assets|data)\//i.exec(html);
  if (leftover) throw new Error(`single-file build: a reference to a separate file is left: ${leftover[0]}`);

  const data = placeholder(inlineDataElement(JSON.stringify(JSON.parse(parts.dataJson))));
  const bodyEnd = html.search(/<\/body\s*>/i);
  if (bodyEnd < 0) throw new Error('single-file build: the HTML has no </body>');
  html = `${html.slice(0, bodyEnd)}  ${data}\n  ${html.slice(bodyEnd)}`;

  const policy = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(scripts, styles)}" />`;
  // Before anything it governs: after <meta charset> (which must stay first), else at the start of <head>.
  const charset = /^([ \t]*)<meta charset[^>]*>\r?\n/im.exec(html);
  const head = /^([ \t]*)<head>\r?\n/im.exec(html);
  const anchor = charset ?? head;
  if (!anchor) throw new Error('single-file build: the HTML has no <head>');
  const at = anchor.index + anchor[0].length;
  const indent = charset ? (charset[1] ?? '') : `${head?.[1] ?? ''}  `;
  html = `${html.slice(0, at)}${indent}${policy}\n${html.slice(at)}`;

  return html.replace(/\ue000(\d+)\ue001/g, (_, index: string) => inlined[Number(index)] ?? '');
}
