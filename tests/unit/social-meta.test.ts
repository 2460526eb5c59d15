/**
 * Social previews: index.html carries Open Graph and Twitter tags with relative URLs; SITE_URL at build time
 * makes them absolute (scripts/vite-social-meta.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';
import { describe, expect, test } from 'vitest';
import { absoluteSocialUrls, parseSiteUrl } from '../../scripts/vite-social-meta.ts';

const INDEX_HTML = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

/** `content` of the meta tag with this `property` or `name`, or undefined. */
function meta(html: string, key: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/g) ?? []) {
    if (new RegExp(`\\s(?:property|name)="${key}"`).test(tag)) return /\scontent="([^"]*)"/.exec(tag)?.[1];
  }
  return undefined;
}

describe('index.html', () => {
  test('has the Open Graph and Twitter tags, with relative image URLs', () => {
    expect(meta(INDEX_HTML, 'og:type')).toBe('website');
    expect(meta(INDEX_HTML, 'og:title')).toBe('AI Deal Map');
    expect(meta(INDEX_HTML, 'og:description')).toBe(meta(INDEX_HTML, 'description'));
    expect(meta(INDEX_HTML, 'og:image')).toBe('./social.png');
    expect(meta(INDEX_HTML, 'og:image:alt')).toMatch(/\S/);
    expect(meta(INDEX_HTML, 'twitter:card')).toBe('summary_large_image');
    expect(meta(INDEX_HTML, 'twitter:title')).toBe(meta(INDEX_HTML, 'og:title'));
    expect(meta(INDEX_HTML, 'twitter:description')).toBe(meta(INDEX_HTML, 'og:description'));
    expect(meta(INDEX_HTML, 'twitter:image')).toBe('./social.png');
    expect(meta(INDEX_HTML, 'og:url')).toBeUndefined();
  });

  test('social.png is a 1200x630 PNG under 300 KB', () => {
    const png = readFileSync(new URL('../../public/social.png', import.meta.url));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(300 * 1024);
  });
});

describe('absoluteSocialUrls', () => {
  test('leaves the HTML unchanged without a site URL', () => {
    expect(absoluteSocialUrls(INDEX_HTML, undefined)).toBe(INDEX_HTML);
    expect(absoluteSocialUrls(INDEX_HTML, '  ')).toBe(INDEX_HTML);
  });

  test('makes the image URLs absolute and adds og:url', () => {
    const html = absoluteSocialUrls(INDEX_HTML, 'https://example.org/ai-deal-map/');
    expect(meta(html, 'og:image')).toBe('https://example.org/ai-deal-map/social.png');
    expect(meta(html, 'twitter:image')).toBe('https://example.org/ai-deal-map/social.png');
    expect(meta(html, 'og:url')).toBe('https://example.org/ai-deal-map/');
    expect(html.match(/property="og:url"/g)).toHaveLength(1);
    // Nothing else changes.
    const rest = (h: string) => h.replace(/<meta\b[^>]*(?:og:url|og:image"|twitter:image")[^>]*>\s*/g, '');
    expect(rest(html)).toBe(rest(INDEX_HTML));
  });

  test('treats the site URL as a folder and drops its query and fragment', () => {
    const html = absoluteSocialUrls(INDEX_HTML, ' https://example.org/maps/ai?x=1#top ');
    expect(meta(html, 'og:url')).toBe('https://example.org/maps/ai/');
    expect(meta(html, 'og:image')).toBe('https://example.org/maps/ai/social.png');
  });

  test('resolves an existing og:url instead of adding a second one', () => {
    const html = absoluteSocialUrls(
      '<head><meta property="og:url" content="./" /></head>',
      'https://example.org/a/',
    );
    expect(html).toBe('<head><meta property="og:url" content="https://example.org/a/" /></head>');
  });

  test('adds og:url at the end of <head> when there is no og:type', () => {
    expect(absoluteSocialUrls('<head>\n</head>', 'https://example.org/')).toBe(
      '<head>\n  <meta property="og:url" content="https://example.org/" />\n  </head>',
    );
  });

  test('escapes the URL for the attribute', () => {
    const html = absoluteSocialUrls(INDEX_HTML, 'https://example.org/a"b<c>&d/');
    expect(meta(html, 'og:url')).toBe('https://example.org/a%22b%3Cc%3E&amp;d/');
  });
});

describe('parseSiteUrl', () => {
  test.each([
    'example.org',
    '/ai-deal-map/',
    'javascript:alert(1)',
    'file:///tmp/',
    'https://u:p@example.org/',
  ])('refuses %j', (raw) => expect(() => parseSiteUrl(raw)).toThrow(/SITE_URL/));

  test('accepts http and https', () => {
    expect(parseSiteUrl('http://localhost:8080').href).toBe('http://localhost:8080/');
    expect(parseSiteUrl('https://EXAMPLE.org/Map').href).toBe('https://example.org/Map/');
  });
});

describe('the build', () => {
  test('SITE_URL reaches the built index.html through vite.config.ts', { timeout: 60_000 }, async () => {
    const { build } = await import('vite');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const previous = process.env['SITE_URL'];
    process.env['SITE_URL'] = 'https://example.org/ai-deal-map/';
    try {
      const result = await build({
        configFile: `${root}vite.config.ts`,
        root,
        logLevel: 'silent',
        publicDir: false,
        build: { write: false, outDir: `${root}node_modules/.cache/social-meta-test`, emptyOutDir: false },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const index = outputs.flatMap((o) => o.output).find((item) => item.fileName === 'index.html');
      if (index?.type !== 'asset') throw new Error('no index.html in the build');
      const html = String(index.source);
      expect(meta(html, 'og:image')).toBe('https://example.org/ai-deal-map/social.png');
      expect(meta(html, 'twitter:image')).toBe('https://example.org/ai-deal-map/social.png');
      expect(meta(html, 'og:url')).toBe('https://example.org/ai-deal-map/');
      expect(html).not.toContain('vite-ignore');
    } finally {
      if (previous === undefined) delete process.env['SITE_URL'];
      else process.env['SITE_URL'] = previous;
    }
  });
});
