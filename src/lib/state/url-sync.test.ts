import { describe, expect, test } from 'vitest';
import { UrlSync, historyMode, type HistoryHost } from './url-sync.svelte.ts';
import { parseViewParams } from './url.ts';
import { DEFAULT_VIEW, type ViewParams } from './view-params.ts';

const view = (patch: Partial<ViewParams>): ViewParams => ({ ...DEFAULT_VIEW, ...patch });

/** A minimal browser: a session history of URLs, pushState/replaceState, back() firing popstate. */
class FakeBrowser implements HistoryHost {
  entries: string[];
  index = 0;
  calls: string[] = [];
  listeners: (() => void)[] = [];
  refuse = false;

  constructor(href: string) {
    this.entries = [href];
  }

  get current(): URL {
    return new URL(this.entries[this.index] ?? '');
  }

  get location() {
    const url = this.current;
    return { href: url.href, pathname: url.pathname, search: url.search, hash: url.hash };
  }

  readonly history = {
    pushState: (_data: unknown, _unused: string, url?: string | null) => {
      if (this.refuse) throw new DOMException('denied', 'SecurityError');
      this.calls.push(`push ${url}`);
      this.entries = [...this.entries.slice(0, this.index + 1), new URL(url ?? '', this.current).href];
      this.index++;
    },
    replaceState: (_data: unknown, _unused: string, url?: string | null) => {
      if (this.refuse) throw new DOMException('denied', 'SecurityError');
      this.calls.push(`replace ${url}`);
      this.entries[this.index] = new URL(url ?? '', this.current).href;
    },
  };

  addEventListener(_type: 'popstate', listener: () => void): void {
    this.listeners.push(listener);
  }

  removeEventListener(_type: 'popstate', listener: () => void): void {
    this.listeners = this.listeners.filter((l) => l !== listener);
  }

  go(delta: number): void {
    this.index += delta;
    for (const listener of this.listeners) listener();
  }
}

describe('UrlSync', () => {
  test('importing it touches no DOM (these tests run in Node)', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  });

  test('read parses the current search with its notices', () => {
    const browser = new FakeBrowser('https://map.example/app/?focus=openai&depth=3&utm_source=x#top');
    expect(new UrlSync(browser).read()).toEqual({
      params: view({ focus: ['openai'] }),
      notices: [{ param: 'depth', message: 'The depth value "3" was ignored: it should be 1 or 2.' }],
    });
  });

  test('commit writes the canonical search, keeping path and hash, only when it changed', () => {
    const browser = new FakeBrowser('https://map.example/app/index.html#legend');
    const sync = new UrlSync(browser);
    expect(sync.commit(view({ focus: ['openai', 'aws'] }), 'push')).toBe('push');
    expect(browser.location.href).toBe('https://map.example/app/index.html?focus=aws,openai#legend');
    expect(sync.commit(view({ focus: ['aws', 'openai'] }), 'push')).toBe('none');
    expect(sync.commit(view({ focus: ['aws', 'openai'], asof: '2025' }), 'replace')).toBe('replace');
    expect(browser.calls).toEqual([
      'push /app/index.html?focus=aws,openai#legend',
      'replace /app/index.html?focus=aws,openai&asof=2025#legend',
    ]);
    expect(browser.entries).toHaveLength(2);
    expect(sync.commit(DEFAULT_VIEW, 'push')).toBe('push');
    expect(browser.location.href).toBe('https://map.example/app/index.html#legend');
  });

  test('a bare "?" counts as no search', () => {
    const browser = new FakeBrowser('https://map.example/?');
    expect(new UrlSync(browser).commit(DEFAULT_VIEW, 'push')).toBe('none');
    expect(browser.calls).toEqual([]);
  });

  test('a non-canonical address is rewritten on the first commit', () => {
    const browser = new FakeBrowser('https://map.example/?utm_source=x&focus=b,a');
    const sync = new UrlSync(browser);
    expect(sync.commit(sync.read().params, 'replace')).toBe('replace');
    expect(browser.location.href).toBe('https://map.example/?focus=a,b');
  });

  test('embeds always replace', () => {
    const browser = new FakeBrowser('https://map.example/?embed=1');
    const sync = new UrlSync(browser);
    expect(sync.commit(view({ embed: true, focus: ['openai'] }), 'push')).toBe('replace');
    expect(sync.commit(view({ embed: true, view: 'table' }), 'push')).toBe('replace');
    expect(browser.entries).toHaveLength(1);
    expect(browser.location.search).toBe('?view=table&embed=1');
  });

  test('a browser that refuses (sandboxed frame) leaves the address and does not throw', () => {
    const browser = new FakeBrowser('https://map.example/');
    browser.refuse = true;
    const sync = new UrlSync(browser);
    expect(sync.commit(view({ view: 'table' }), 'push')).toBe('none');
    expect(browser.location.href).toBe('https://map.example/');
  });

  test('back and forward hand back the parsed view; unsubscribe stops it', () => {
    const browser = new FakeBrowser('https://map.example/');
    const sync = new UrlSync(browser);
    const seen: ViewParams[] = [];
    const stop = sync.onPopState(({ params }) => seen.push(params));
    sync.commit(view({ focus: ['openai'] }), 'push');
    sync.commit(view({ focus: ['openai'], select: 'aws' }), 'push');
    browser.go(-1);
    browser.go(-1);
    browser.go(+2);
    expect(seen).toEqual([
      view({ focus: ['openai'] }),
      DEFAULT_VIEW,
      view({ focus: ['openai'], select: 'aws' }),
    ]);
    // Settling a popped entry with replace keeps the forward history.
    browser.go(-1);
    expect(sync.commit(view({ focus: ['openai'] }), 'replace')).toBe('none');
    expect(browser.entries).toHaveLength(3);
    stop();
    browser.go(-1);
    expect(seen).toHaveLength(4);
    expect(browser.listeners).toEqual([]);
  });

  test('popped addresses with bad values come back with notices, never throwing', () => {
    const browser = new FakeBrowser('https://map.example/?theme=%E0%A4%A&focus=%3Cscript%3E');
    const sync = new UrlSync(browser);
    const notices: string[] = [];
    sync.onPopState((r) => notices.push(...r.notices.map((n) => n.param)));
    browser.go(0);
    expect(notices).toEqual(['focus', 'theme']);
  });

  test('shareUrl is the absolute canonical URL without the hash', () => {
    const browser = new FakeBrowser('https://map.example/app/?utm_source=x&focus=b,a#legend');
    const sync = new UrlSync(browser);
    expect(sync.shareUrl(sync.read().params)).toBe('https://map.example/app/?focus=a,b');
    expect(sync.shareUrl(DEFAULT_VIEW)).toBe('https://map.example/app/');
    expect(sync.shareUrl(view({ data: 'https://data.example/x.json' }))).toBe(
      'https://map.example/app/?data=https://data.example/x.json',
    );
    expect(
      new UrlSync(new FakeBrowser('file:///home/me/map.html?x#y')).shareUrl(view({ view: 'table' })),
    ).toBe('file:///home/me/map.html?view=table');
  });

  test('the share URL reads back to the same view', () => {
    const params = parseViewParams(
      'focus=openai,anthropic&types=&min=1000000000&cycle=openai,oracle,nvidia&data=data/v/2026-11-26.json',
    ).params;
    const url = new UrlSync(new FakeBrowser('https://map.example/')).shareUrl(params);
    expect(parseViewParams(new URL(url).search)).toEqual({ params, notices: [] });
  });
});

describe('historyMode', () => {
  const base = view({ focus: ['openai'] });

  test('no change, or only a change of list order, is none', () => {
    expect(historyMode(base, base)).toBe('none');
    expect(historyMode(base, { ...base })).toBe('none');
    expect(historyMode(view({ focus: ['a', 'b'] }), view({ focus: ['b', 'a'] }))).toBe('none');
    expect(historyMode(view({ cycle: ['b', 'c', 'a'] }), view({ cycle: ['a', 'b', 'c'] }))).toBe('none');
  });

  test('sliders, play and amount typing replace', () => {
    for (const patch of [
      { asof: '2025-11' },
      { from: '2020' },
      { to: '2024' },
      { min: 1e9 },
      { from: '2020', to: '2024', asof: '2023', min: 5 },
    ] satisfies Partial<ViewParams>[]) {
      expect(historyMode(base, { ...base, ...patch }), JSON.stringify(patch)).toBe('replace');
      expect(historyMode({ ...base, ...patch }, base), JSON.stringify(patch)).toBe('replace');
    }
  });

  test('discrete changes push', () => {
    for (const patch of [
      { focus: ['aws'] },
      { focus: [] },
      { depth: 2 },
      { dir: 'in' },
      { types: [] },
      { types: ['compute'] },
      { categories: ['ai-lab'] },
      { status: ['announced'] },
      { select: 'aws' },
      { cycle: ['a', 'b'] },
      { story: 's' },
      { view: 'table' },
      { renderer: 'canvas' },
      { scroll: true },
      { theme: 'dark' },
      { data: 'x.json' },
      { asof: '2025', select: 'aws' },
    ] satisfies Partial<ViewParams>[]) {
      expect(historyMode(base, { ...base, ...patch } as ViewParams), JSON.stringify(patch)).toBe('push');
    }
  });

  test('in embeds every change replaces', () => {
    const embed = { ...base, embed: true };
    expect(historyMode(embed, { ...embed, select: 'aws' })).toBe('replace');
    expect(historyMode(embed, { ...embed, view: 'table' })).toBe('replace');
    expect(historyMode(embed, { ...embed, asof: '2024' })).toBe('replace');
    expect(historyMode(base, embed)).toBe('replace');
    expect(historyMode(embed, embed)).toBe('none');
  });
});
