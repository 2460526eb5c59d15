import { describe, expect, it } from 'vitest';
import { bootApp, preloadData, type BootPage } from './boot.ts';

/** A page whose parsing, frames and timers the test drives. */
function fakePage(readyState: string) {
  const state = { readyState };
  const parsedListeners: (() => void)[] = [];
  let frames: (() => void)[] = [];
  let tasks: { handler: () => void; ms: number }[] = [];
  const page: BootPage = {
    document: {
      get readyState() {
        return state.readyState;
      },
      addEventListener: (type, listener) => {
        if (type === 'DOMContentLoaded') parsedListeners.push(listener);
      },
    },
    setTimeout: (handler, ms) => tasks.push({ handler, ms }),
    requestAnimationFrame: (callback) => frames.push(callback),
  };
  return {
    page,
    delays: () => tasks.map((t) => t.ms),
    parse() {
      state.readyState = 'interactive';
      for (const listener of parsedListeners) listener();
    },
    /** The next frame's callbacks (which run before its paint). */
    frame() {
      const due = frames;
      frames = [];
      for (const callback of due) callback();
    },
    /** The queued tasks with at most `ms` of delay. */
    run(ms: number) {
      const due = tasks.filter((t) => t.ms <= ms);
      tasks = tasks.filter((t) => t.ms > ms);
      for (const task of due) task.handler();
    },
  };
}

function loads() {
  let count = 0;
  return { load: () => void count++, count: () => count };
}

describe('when the app starts on the built page', () => {
  it('with the picture: in the task after the first frame, not in the frame', () => {
    const p = fakePage('interactive');
    const app = loads();
    bootApp(true, app.load, p.page, 1000);
    p.run(0);
    expect(app.count()).toBe(0);
    p.frame();
    // The frame's style, layout and paint come after its callbacks: the app waits for the task after them.
    expect(app.count()).toBe(0);
    p.run(0);
    expect(app.count()).toBe(1);
    // The time limit passing later starts nothing more.
    p.run(1000);
    p.frame();
    expect(app.count()).toBe(1);
  });

  it('a frame painted while the page is still being parsed waits for the parsed page', () => {
    const p = fakePage('loading');
    const app = loads();
    bootApp(true, app.load, p.page, 1000);
    p.frame();
    p.run(0);
    expect(app.count()).toBe(0);
    p.parse();
    expect(app.count()).toBe(1);
  });

  it('a page that gets no frames (a background tab) starts it after the time limit', () => {
    const p = fakePage('complete');
    const app = loads();
    bootApp(true, app.load, p.page, 1000);
    expect(p.delays()).toContain(1000);
    p.run(999);
    expect(app.count()).toBe(0);
    p.run(1000);
    expect(app.count()).toBe(1);
  });

  it('without the picture: as soon as the page is parsed, as a module script would', () => {
    const p = fakePage('loading');
    const app = loads();
    bootApp(false, app.load, p.page, 1000);
    expect(p.delays()).toEqual([]);
    expect(app.count()).toBe(0);
    p.parse();
    expect(app.count()).toBe(1);

    bootApp(false, app.load, fakePage('complete').page, 1000);
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
