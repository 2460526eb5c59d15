/** The single-file build's HTML step (scripts/single-file-html.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { escapeInlineScript, escapeInlineStyle, singleFileHtml } from '../../scripts/single-file-html.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>AI Deal Map</title>
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <!-- The bundled data downloads while the app's code loads. -->
    <link rel="preload" href="./data/ai-deals.json" as="fetch" crossorigin="anonymous"  />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

const FILES = new Map([
  ['./assets/index-abc.js', "const a=`$&$'<!----></script>`;console.log(a)"],
  ['./assets/index-def.css', 'body{color:red}'],
]);

describe('singleFileHtml', () => {
  const out = singleFileHtml({
    html: HTML,
    files: FILES,
    dataJson: '{\n  "name": "</script>"\n}',
    faviconDataUrl: 'data:image/svg+xml;base64,AAAA',
  });

  test('inlines the module script, escaped, with replacement patterns kept literally', () => {
    expect(out).toContain(
      '<script type="module">const a=`$&$\'\\x3C!---->\\x3C/script>`;console.log(a)</script>',
    );
    expect(out).not.toContain('src="./assets/');
  });

  test('inlines the stylesheet', () => {
    expect(out).toContain('<style>body{color:red}</style>');
    expect(out).not.toContain('rel="stylesheet"');
  });

  test('drops the data preload and its comment, and inlines the favicon', () => {
    expect(out).not.toContain('preload');
    expect(out).not.toContain('bundled data downloads');
    expect(out).toContain('<link rel="icon" href="data:image/svg+xml;base64,AAAA" type="image/svg+xml" />');
  });

  test('inlines the data, minified and escaped, at the end of <body>', () => {
    expect(out).toContain(
      '<div id="app"></div>\n    <script type="application/json" id="adm-data">{"name":"<\\/script>"}</script>\n  </body>',
    );
  });

  test('carries its own policy right after <meta charset>: the inline script and style by hash', () => {
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(out)?.[1] ?? '';
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(out)?.[1];
    expect(out).toContain('<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy"');
    expect(policy).toBe(
      [
        "default-src 'none'",
        `script-src ${sha256(script)}`,
        `style-src ${sha256('body{color:red}')}`,
        'img-src data: blob:',
        'connect-src https:',
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; '),
    );
  });

  test('never looks into inlined code: markup-like text in the JavaScript stays as it is', () => {
    const tricky = new Map(FILES).set(
      './assets/index-abc.js',
      'x=`<link rel="preload" href="./data/x.json"></body><meta charset="utf-8">`',
    );
    const page = singleFileHtml({ html: HTML, files: tricky, dataJson: '{}' });
    expect(page).toContain(
      '<script type="module">x=`<link rel="preload" href="./data/x.json"></body><meta charset="utf-8">`</script>',
    );
    expect(page.indexOf('id="adm-data"')).toBeGreaterThan(page.indexOf('<div id="app">'));
  });

  test('refuses HTML whose script was not built', () => {
    expect(() => singleFileHtml({ html: HTML, files: new Map(), dataJson: '{}' })).toThrow(/was not built/);
  });

  test('refuses HTML with more than one module script', () => {
    const two = HTML.replace('</head>', '<script type="module" src="./assets/index-abc.js"></script></head>');
    expect(() => singleFileHtml({ html: two, files: FILES, dataJson: '{}' })).toThrow(/one module script/);
  });

  test('refuses invalid data', () => {
    expect(() => singleFileHtml({ html: HTML, files: FILES, dataJson: '{' })).toThrow();
  });
});

describe('escapes', () => {
  test('script: only </script and <!-- change', () => {
    expect(escapeInlineScript('a<b;"</SCRIPT>";/<!--/;"<script>"')).toBe(
      'a<b;"\\x3C/SCRIPT>";/\\x3C!--/;"<script>"',
    );
  });

  test('script: the escaped text means the same in strings, templates and regular expressions', () => {
    const code = 'return ["</script>", `<!--x`, /<\\/script>/.source, /<!--/u.test("<!--")]';
    const escaped = escapeInlineScript(code);
    expect(escaped).not.toMatch(/<\/script|<!--/i);
    // eslint-disable-next-line no-new-func -- our own fixed test code
    expect(new Function(escaped)()).toEqual(new Function(code)());
  });

  test('script and style: line breaks as the HTML parser leaves them, NUL escaped', () => {
    expect(escapeInlineScript('a=`x\r\ny\rz`;b="\u0000"')).toBe('a=`x\ny\nz`;b="\\x00"');
    expect(escapeInlineStyle('a{}\r\nb{}\r')).toBe('a{}\nb{}\n');
  });

  test('style: </style becomes <\\/style', () => {
    expect(escapeInlineStyle('a::after{content:"</style>"}')).toBe('a::after{content:"<\\/style>"}');
  });
});
