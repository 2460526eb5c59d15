/**
 * The embed snippets for a view. The iframe form: an iframe (responsive width, a sensible default height, title, lazy loading,
 * the recommended sandbox), an optional line that loads the external host script (no inline script, so strict
 * hosts and CMSs accept it), and fallback markup for places that strip iframes and scripts (RSS, e-mail):
 * a link to the view with a static image. No inline styles either.
 */
import { serializeViewParams } from '../state/url.ts';
import type { ViewParams } from '../state/view-params.ts';

export const RECOMMENDED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export interface SnippetOptions {
  /** The app's absolute URL (its base, e.g. https://example.org/ai-deal-map/). */
  readonly appUrl: string;
  /** The view to embed (the embed flag is added here). */
  readonly params: ViewParams;
  /** Title for the iframe and the fallback: "AI Deal Map: OpenAI's deals". */
  readonly title: string;
  readonly height: number;
  readonly withScript: boolean;
  /** Absolute URL of a static image for the fallback. */
  readonly imageUrl: string;
}

export function embedUrl(appUrl: string, params: ViewParams): string {
  const url = new URL(appUrl);
  url.search = serializeViewParams({ ...params, embed: true, select: undefined });
  url.hash = '';
  return url.href;
}

export function fullMapUrl(appUrl: string, params: ViewParams): string {
  const url = new URL(appUrl);
  url.search = serializeViewParams({ ...params, embed: false, scroll: false });
  url.hash = '';
  return url.href;
}

export function embedSnippet(options: SnippetOptions): string {
  const src = embedUrl(options.appUrl, options.params);
  const link = fullMapUrl(options.appUrl, options.params);
  const title = attr(options.title);
  const lines = [
    `<iframe src="${attr(src)}" title="${title}" width="100%" height="${Math.round(options.height)}" ` +
      `loading="lazy" frameborder="0" scrolling="no" sandbox="${RECOMMENDED_SANDBOX}">` +
      `<a href="${attr(link)}">${text(options.title)}</a></iframe>`,
    `<noscript><a href="${attr(link)}"><img src="${attr(options.imageUrl)}" alt="${title}" width="600"></a></noscript>`,
  ];
  if (options.withScript) {
    lines.push(`<script src="${attr(new URL('embed.js', options.appUrl).href)}" async></script>`);
  }
  return lines.join('\n');
}

/** The class embed.js looks for (public/embed.js, PLACEHOLDER). */
export const PLACEHOLDER_CLASS = 'ai-deal-map-embed';

/**
 * The script-tag form: a placeholder `<div>` whose `data-*` attributes are the view's URL parameters (embed.js
 * turns it into the same sandboxed, lazy iframe), the same `<noscript>` fallback, and the line loading
 * embed.js from the app's origin. No inline script or style.
 */
export function scriptTagSnippet(options: Omit<SnippetOptions, 'withScript'>): string {
  const link = fullMapUrl(options.appUrl, options.params);
  const title = attr(options.title);
  const query = new URL(embedUrl(options.appUrl, options.params)).searchParams;
  const data = [...query]
    .filter(([key]) => key !== 'embed')
    .map(([key, value]) => ` data-${key}="${attr(value)}"`)
    .join('');
  return [
    `<div class="${PLACEHOLDER_CLASS}"${data} data-title="${title}" data-height="${Math.round(options.height)}">` +
      `<noscript><a href="${attr(link)}"><img src="${attr(options.imageUrl)}" alt="${title}" width="600"></a></noscript></div>`,
    `<script src="${attr(new URL('embed.js', options.appUrl).href)}" async></script>`,
  ].join('\n');
}

/** Escapes a value for a double-quoted HTML attribute. */
function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
