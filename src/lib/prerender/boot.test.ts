import { describe, expect, it } from 'vitest';
import { bootApp, preloadData, type BootPage } from './boot.ts';

/** A page whose parsing, paint report and timer the test drives. */
function fakePage(state: { readyState: string; observer?: boolean; throws?: boolean }) {
  const parsedListeners: (() => void)[] = [];
  const timers: { handler: () => void; ms: number }[] = [];
  const observers: ((list: { getEntriesByName(name: string): readonly unknown[] }) => void)[] = [];
  const observed: { type: string; buffered: boolean }[] = [];
  class Observer {
    constructor(readonly callback: (typeof observers)[number]) {
      observers.push(callback);
    }
    observe(options: { type: string; buffered: boolean }) {
      if (state.throws) throw new TypeError('unsupported');
      observed.push(options);
    }
  }
  const page: BootPage = {
    document: {
      get readyState() {
        return state.readyState;
      },
      addEventListener: (type, listener) => {
        if (type === 'DOMContentLoaded') parsedListeners.push(listener);
      },
    },
    setTimeout: (handler, ms) => timers.push({ handler, ms }),
    ...(state.observer === false ? {} : { PerformanceObserver: Observer }),
  };
  return {
    page,
    observed,
    timers,
    parse() {
      state.readyState = 'interactive';
      for (const listener of parsedListeners) listener();
    },
    report(name: string) {
      for (const callback of observers) callback({ getEntriesByName: (n) => (n === name ? [{}] : []) });
    },
    timeout() {
      for (const timer of timers) timer.handler();
    },
  };
}

function loads() {
  const calls: number[] = [];
  return { load: () => void calls.push(calls.length), count: () => calls.length };
}

describe('when the app starts on the built page', () => {
  it('with the picture: only once the picture’s first contentful paint is reported and the page is parsed', () => {
    const p = fakePage({ readyState: 'loading' });
    const app = loads();
    bootApp(true, app.load, p.page, 1000);
    expect(p.observed).toEqual([{ type: 'paint', buffered: true }]);
    p.parse();
    expect(app.count()).toBe(0);
    p.report('first-paint');
    expect(app.count()).toBe(0);
    p.report('first-contentful-paint');
    expect(app.count()).toBe(1);
    // The time limit passing later starts nothing more.
    p.timeout();
    p.report('first-contentful-paint');
    expect(app.count()).toBe(1);
  });

  it('a paint reported while the page is still being parsed waits for the parsed page', () => {
    const p = fakePage({ readyState: 'loading' });
    const app = loads();
    bootApp(true, app.load, p.page, 1000);
    p.report('first-contentful-paint');
    expect(app.count()).toBe(0);
    p.parse();
    expect(app.count()).toBe(1);
  });

  it('a page that gets no frames (a background tab) starts it after the time limit', () => {
    const p = fakePage({ readyState: 'interactive' });
    const app = loads();
    bootApp(true, app.load, p.page, 1000);
    expect(app.count()).toBe(0);
    expect(p.timers.map((t) => t.ms)).toEqual([1000]);
    p.timeout();
    expect(app.count()).toBe(1);
  });

  it('without paint timing, it starts with the parsed page', () => {
    for (const variant of [{ observer: false }, { throws: true }]) {
      const p = fakePage({ readyState: 'loading', ...variant });
      const app = loads();
      bootApp(true, app.load, p.page, 1000);
      expect(app.count()).toBe(0);
      p.parse();
      expect(app.count()).toBe(1);
    }
  });

  it('without the picture: as soon as the page is parsed, as a module script would', () => {
    const p = fakePage({ readyState: 'loading' });
    const app = loads();
    bootApp(false, app.load, p.page, 1000);
    expect(p.observed).toEqual([]);
    expect(p.timers).toEqual([]);
    expect(app.count()).toBe(0);
    p.parse();
    expect(app.count()).toBe(1);

    const parsed = fakePage({ readyState: 'complete' });
    bootApp(false, app.load, parsed.page, 1000);
    expect(app.count()).toBe(2);
  });
});

describe('the bundled data’s early request', () => {
  it('is a preload the app’s fetch takes: CORS mode, same-origin credentials, the same URL', () => {
    const head: object[] = [];
    const link = { rel: '', as: '', crossOrigin: null as string | null, href: '' };
    preloadData(
      { head: { appendChild: (node) => head.push(node) }, createElement: () => link },
      'data/x.json',
    );
    expect(head).toEqual([{ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: 'data/x.json' }]);
  });
});
