import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import type { Source } from '../lib/data/format.ts';
import SourceLink from './SourceLink.svelte';

const html = (source: Source, compact = false) => render(SourceLink, { props: { source, compact } }).body;

describe('SourceLink', () => {
  test('a safe link: parsed href, new tab without opener, publisher and host, date, archive', () => {
    const body = html({
      url: '  https://www.Reuters.com/a b?x=1 ',
      publisher: 'Reuters',
      date: '2025-11-03',
      archiveUrl: 'https://web.archive.org/web/2025/https://reuters.com/a',
    });
    expect(body).toContain('href="https://www.reuters.com/a%20b?x=1"');
    expect(body).toContain('target="_blank"');
    expect(body).toContain('rel="noopener noreferrer"');
    expect(body).toContain('<bdi>Reuters</bdi>');
    expect(body).toContain('reuters.com</span>');
    expect(body).toContain('3 Nov 2025');
    expect(body).toContain('href="https://web.archive.org/web/2025/https://reuters.com/a"');
  });

  test('anything that is not http(s) is plain text, never a link', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      '//evil.example/x',
      'https://u:p@x.com/',
    ]) {
      const body = html({ url, publisher: 'P', archiveUrl: 'javascript:alert(2)' });
      expect(body).not.toContain('<a');
      expect(body).not.toContain('href');
      expect(body).toContain('not a web link');
    }
  });

  test('data is text: markup in a publisher or note is escaped', () => {
    const body = html({ url: 'https://x.com', publisher: '<img src=x onerror=alert(1)>', note: '<b>n</b>' });
    expect(body).not.toContain('<img');
    expect(body).toContain('&lt;img src=x onerror=alert(1)>');
    expect(body).not.toContain('<b>n</b>');
  });

  test('compact: the host only (break points before dots), or the label as text', () => {
    const body = html({ url: 'https://news.example.co.uk/x', publisher: 'Example' }, true);
    expect(body.replace(/<wbr\/?>|<!--[^>]*-->/g, '')).toContain('>news.example.co.uk<');
    expect(body).toContain('title="Example"');
    expect(html({ url: 'ftp://x', publisher: 'Example' }, true)).not.toContain('<a');
  });
});
