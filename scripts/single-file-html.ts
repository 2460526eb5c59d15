/**
 * Turns the HTML of a one-chunk Vite build into one self-contained page (the single-file build): the app's
 * JavaScript and CSS inlined, the bundled data inlined as `<script type="application/json" id="adm-data">`
 * (which the app reads instead of fetching it), the favicon as a data: URL, and the data preload removed.
 * Pure string work, unit-tested in tests/unit/single-file-html.test.ts; scripts/build-single-file.ts runs it.
 */
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
 * expressions or comments of minified code, where `\x3C` means the same `<`.
 */
export function escapeInlineScript(code: string): string {
  return code.replace(/<(?=\/script|!--)/gi, '\\x3C');
}

/** CSS made safe inside `<style>`: `</style` would end the element (`\/` is `/` in CSS). */
export function escapeInlineStyle(css: string): string {
  return css.replace(/<\/(?=style)/gi, '<\\/');
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
  let scripts = 0;
  // Function replacements throughout: minified code contains `$&`, `$'` and friends.
  let html = parts.html.replace(/<script\b[^>]*>\s*<\/script\s*>/gi, (tag) => {
    const src = attribute(tag, 'src');
    if (src === undefined) return tag;
    if (!/\stype\s*=\s*["']?module\b/i.test(tag))
      throw new Error(`single-file build: non-module script ${src}`);
    scripts++;
    return `<script type="module">${escapeInlineScript(file(files, src))}</script>`;
  });
  if (scripts !== 1) throw new Error(`single-file build: expected one module script, found ${scripts}`);

  html = html.replace(/^[ \t]*<!--[^>]*-->\r?\n?/gm, (comment) =>
    /bundled data/i.test(comment) ? '' : comment,
  );
  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href') ?? '';
    if (rel.includes('stylesheet')) return `<style>${escapeInlineStyle(file(files, href))}</style>`;
    // The data is inlined: preloading (or prefetching) it would be a request, and one that fails from disk.
    if (rel.includes('preload') || rel.includes('modulepreload') || rel.includes('prefetch')) return '';
    if (rel.includes('icon')) {
      return parts.faviconDataUrl === undefined
        ? ''
        : tag.replace(/(\shref\s*=\s*)(?:"[^"]*"|'[^']*'|[^\s"'>]+)/i, (_, before: string) => {
            return `${before}"${parts.faviconDataUrl ?? ''}"`;
          });
    }
    return tag;
  });
  // Drop lines left empty by removed tags.
  html = html.replace(/^[ \t]+\r?\n/gm, '');

  const data = inlineDataElement(JSON.stringify(JSON.parse(parts.dataJson)));
  const bodyEnd = html.search(/<\/body\s*>/i);
  if (bodyEnd < 0) throw new Error('single-file build: the HTML has no </body>');
  html = `${html.slice(0, bodyEnd)}  ${data}\n  ${html.slice(bodyEnd)}`;

  const leftover = /\s(?:src|href)\s*=\s*["']?\.?\/?assets\//i.exec(html);
  if (leftover) throw new Error(`single-file build: a reference to assets/ is left: …${leftover[0]}…`);
  return html;
}
