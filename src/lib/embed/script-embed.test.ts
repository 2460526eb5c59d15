import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DEFAULT_VIEW, PARAM_NAMES } from '../state/view-params.ts';
import { PLACEHOLDER_CLASS, scriptTagSnippet } from './snippet.ts';

const embedJs = readFileSync(new URL('../../../public/embed.js', import.meta.url), 'utf8');

describe('script-tag embed snippet', () => {
  const snippet = scriptTagSnippet({
    appUrl: 'https://example.org/ai-deal-map/',
    params: {
      ...DEFAULT_VIEW,
      focus: ['anthropic'],
      types: ['compute'],
      select: 'anthropic',
      data: 'data/v/2026-11-26.json',
    },
    title: 'AI Deal Map: "Anthropic" <compute>',
    height: 592,
    imageUrl: 'https://example.org/ai-deal-map/social.png',
  });

  test('a placeholder whose data-* attributes are the view parameters, then embed.js', () => {
    const [div, script] = snippet.split('\n');
    expect(div).toMatch(
      /^<div class="ai-deal-map-embed" data-focus="anthropic" data-types="compute" data-data="data\/v\/2026-11-26.json" data-title="AI Deal Map: &quot;Anthropic&quot; &lt;compute&gt;" data-height="592">/,
    );
    expect(div).not.toContain('data-select');
    expect(div).not.toContain('data-embed');
    expect(div).toContain('<noscript><a href="https://example.org/ai-deal-map/?focus=anthropic');
    expect(div).toContain('<img src="https://example.org/ai-deal-map/social.png"');
    expect(script).toBe('<script src="https://example.org/ai-deal-map/embed.js" async></script>');
    expect(snippet).not.toContain('style=');
    expect(snippet).not.toContain('<iframe');
  });

  test('embed.js looks for the documented class and knows every view parameter an embed may carry', () => {
    expect(embedJs).toContain(`var PLACEHOLDER = '${PLACEHOLDER_CLASS}';`);
    const list = /var PARAMS = \[([^\]]*)\]/.exec(embedJs)?.[1] ?? '';
    const known = new Set([...list.matchAll(/'([a-z]+)'/g)].map((m) => m[1]));
    for (const name of PARAM_NAMES) {
      if (name === 'select' || name === 'embed') expect(known.has(name), name).toBe(false);
      else expect(known.has(name), name).toBe(true);
    }
  });

  test('embed.js writes no markup and evaluates nothing', () => {
    expect(embedJs).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    expect(embedJs).not.toMatch(/setAttribute\('style'|\.cssText/);
  });
});

test('embed.js stays small: under 2 kB gzipped, as the README says', () => {
  expect(gzipSync(embedJs, { level: 9 }).byteLength).toBeLessThan(2048);
});
