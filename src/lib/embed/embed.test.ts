import { describe, expect, test } from 'vitest';
import { DEFAULT_VIEW } from '../state/view-params.ts';
import { embedMapHeight, heightMessage } from './height.ts';
import { parseVersionIndex, pinData } from './pin.ts';
import { appBaseUrl } from './app-url.ts';
import { embedSnippet, embedUrl, fullMapUrl, RECOMMENDED_SANDBOX } from './snippet.ts';

describe('embed height', () => {
  test('the map height follows the width within a clamped range', () => {
    expect(embedMapHeight(375)).toBe(300);
    expect(embedMapHeight(680)).toBe(422);
    expect(embedMapHeight(1024)).toBe(635);
    expect(embedMapHeight(4000)).toBe(640);
    expect(embedMapHeight(Number.NaN)).toBe(300);
  });

  test('the message is exactly {type, height} with an integer from 50 to 10,000', () => {
    expect(heightMessage(441.2)).toEqual({ type: 'ai-deal-map:height', height: 442 });
    expect(Object.keys(heightMessage(500) ?? {})).toEqual(['type', 'height']);
    expect(heightMessage(10)).toBeUndefined();
    expect(heightMessage(20_000)).toBeUndefined();
    expect(heightMessage(Number.NaN)).toBeUndefined();
  });
});

describe('embed snippet', () => {
  const params = { ...DEFAULT_VIEW, focus: ['anthropic'], types: ['compute'], select: 'anthropic' };
  const appUrl = 'https://example.org/ai-deal-map/?focus=x#top';
  const base = appBaseUrl(appUrl);

  test('links keep the view; the embed adds embed=1 and drops the selection', () => {
    expect(base).toBe('https://example.org/ai-deal-map/');
    expect(embedUrl(base, params)).toBe(
      'https://example.org/ai-deal-map/?focus=anthropic&types=compute&embed=1',
    );
    expect(fullMapUrl(base, { ...params, embed: true, scroll: true })).toBe(
      'https://example.org/ai-deal-map/?focus=anthropic&types=compute&select=anthropic',
    );
  });

  test('an iframe with title, lazy loading, the sandbox and fallback; the script line only when asked', () => {
    const snippet = embedSnippet({
      appUrl: base,
      params: { ...params, data: 'data/v/2026-11-26.json' },
      title: 'AI Deal Map: "Anthropic" <compute> & more',
      height: 580,
      withScript: false,
      imageUrl: 'https://example.org/ai-deal-map/social.png',
    });
    expect(snippet).toContain(
      '<iframe src="https://example.org/ai-deal-map/?focus=anthropic&amp;types=compute&amp;embed=1&amp;data=data/v/2026-11-26.json"',
    );
    expect(snippet).toContain('title="AI Deal Map: &quot;Anthropic&quot; &lt;compute&gt; &amp; more"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(`sandbox="${RECOMMENDED_SANDBOX}"`);
    expect(snippet).toContain('height="580"');
    expect(snippet).toContain('<noscript><a href="https://example.org/ai-deal-map/?focus=anthropic');
    expect(snippet).toContain('<img src="https://example.org/ai-deal-map/social.png"');
    expect(snippet).not.toContain('<script');
    expect(snippet).not.toContain('style=');
    const withScript = embedSnippet({
      appUrl: base,
      params,
      title: 't',
      height: 500,
      withScript: true,
      imageUrl: 'x',
    });
    expect(withScript.split('\n').at(-1)).toBe(
      '<script src="https://example.org/ai-deal-map/embed.js" async></script>',
    );
  });
});

describe('pinning the data edition', () => {
  const published = [{ version: '2026-11-26', file: '2026-11-26.json' }];

  test('the bundled data is pinned to its published version', () => {
    const pin = pinData(DEFAULT_VIEW, '2026-11-26', published);
    expect(pin).toMatchObject({ kind: 'pinned', version: '2026-11-26' });
    expect(pin.params.data).toBe('data/v/2026-11-26.json');
    expect(
      pinData({ ...DEFAULT_VIEW, data: 'data/ai-deals.json' }, '2026-11-26', published).params.data,
    ).toBe('data/v/2026-11-26.json');
  });

  test('an unpublished edition follows the live data and says so; other files are kept', () => {
    expect(pinData(DEFAULT_VIEW, '2027-01-01', published)).toMatchObject({ kind: 'kept' });
    expect(pinData(DEFAULT_VIEW, '2026-11-26', undefined).params.data).toBeUndefined();
    const other = { ...DEFAULT_VIEW, data: 'https://example.org/market.json' };
    expect(pinData(other, '2026-11-26', published).params).toBe(other);
  });

  test('the version index is read defensively', () => {
    expect(
      parseVersionIndex({
        versions: [{ version: 'a', file: 'a.json' }, { version: 1 }, { file: '../x.json', version: 'x' }],
      }),
    ).toEqual([{ version: 'a', file: 'a.json' }]);
    expect(parseVersionIndex('nope')).toBeUndefined();
  });
});
