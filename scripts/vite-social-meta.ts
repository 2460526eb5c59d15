/**
 * Vite plugin: social previews (Open Graph, Twitter cards). index.html carries the tags with relative URLs
 * (`./social.png`), which work wherever the folder is served but which most link-preview crawlers ignore. Given
 * the site's public URL at build time (`SITE_URL=https://example.org/ai-deal-map/ npm run build`), the image
 * URLs become absolute and `og:url` is added.
 */
import type { Plugin } from 'vite';

/** Meta tags whose `content` is a URL: `property` for Open Graph, `name` for Twitter. */
const URL_META = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'twitter:image']);

/** The site URL as a folder URL (ending in `/`), or an error for anything but absolute http(s). */
export function parseSiteUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got ${JSON.stringify(raw)}`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    throw new Error(
      `SITE_URL must be an absolute http(s) URL without credentials, got ${JSON.stringify(raw)}`,
    );
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** The key (`property` or `name` attribute, lower-cased) of one `<meta …>` tag. */
function metaKey(tag: string): string | undefined {
  return /\s(?:property|name)="([^"]*)"/.exec(tag)?.[1]?.trim().toLowerCase();
}

/**
 * index.html with absolute social URLs for `siteUrl`: every URL meta tag resolved against it, and an
 * `og:url` tag (the site URL itself) added after `og:type` (or at the end of `<head>`) unless present.
 * Without a site URL the HTML is returned unchanged.
 */
export function absoluteSocialUrls(html: string, siteUrl: string | undefined): string {
  if (siteUrl === undefined || siteUrl.trim() === '') return html;
  const site = parseSiteUrl(siteUrl);
  let hasOgUrl = false;
  let out = html.replace(/<meta\b[^>]*>/gi, (tag) => {
    const key = metaKey(tag);
    if (key === undefined || !URL_META.has(key)) return tag;
    if (key === 'og:url') hasOgUrl = true;
    return tag.replace(
      /(\scontent=")([^"]*)(")/,
      (_, before: string, value: string, after: string) =>
        before + escapeAttribute(new URL(value.replaceAll('&amp;', '&'), site).href) + after,
    );
  });
  if (!hasOgUrl) {
    const ogUrl = `<meta property="og:url" content="${escapeAttribute(site.href)}" />`;
    const ogType = /^([ \t]*)<meta\b[^>]*\sproperty="og:type"[^>]*>/m.exec(out);
    out = ogType
      ? out.slice(0, ogType.index + ogType[0].length) +
        `\n${ogType[1] ?? ''}${ogUrl}` +
        out.slice(ogType.index + ogType[0].length)
      : out.replace(/<\/head>/i, `  ${ogUrl}\n  </head>`);
  }
  return out;
}

export function socialMeta(siteUrl: string | undefined): Plugin {
  // Fail at config time, before anything is built, on a malformed SITE_URL.
  if (siteUrl !== undefined && siteUrl.trim() !== '') parseSiteUrl(siteUrl);
  return {
    name: 'ai-deal-map:social-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => absoluteSocialUrls(html, siteUrl),
    },
  };
}
