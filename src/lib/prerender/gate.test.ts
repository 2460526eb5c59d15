import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATA } from '../data/prefetch.ts';
import { PARAM_NAMES } from '../state/view-params.ts';
import { gateScript, PRERENDER_CLASS, showsPrerender } from './gate.ts';

describe('which loads show the prerendered first view', () => {
  it('shows it on the plain address and with keys the app does not know', () => {
    expect(showsPrerender('')).toBe(true);
    expect(showsPrerender('?')).toBe(true);
    expect(showsPrerender('?utm_source=newsletter&utm_medium=email')).toBe(true);
    expect(showsPrerender('?fbclid=abc&ref=x')).toBe(true);
    // Keys are case-sensitive, as the app reads them.
    expect(showsPrerender('?Data=x.json&EMBED=1')).toBe(true);
  });

  it('never shows it with any of the app’s view parameters, whatever its value', () => {
    for (const name of PARAM_NAMES) {
      expect(showsPrerender(`?${name}=x`), name).toBe(false);
      expect(showsPrerender(`?${name}`), name).toBe(false);
      expect(showsPrerender(`?utm_source=a&${name}=`), name).toBe(false);
    }
  });

  it('not for another data file, an embed or the table', () => {
    expect(showsPrerender('?data=https://example.org/deals.json')).toBe(false);
    expect(showsPrerender('?data=data/ai-deals.json')).toBe(false);
    expect(showsPrerender('?embed=1')).toBe(false);
    expect(showsPrerender('?embed=1&utm_source=x')).toBe(false);
    expect(showsPrerender('?view=table')).toBe(false);
    expect(showsPrerender('?theme=dark')).toBe(false);
  });

  it('the head script is the same test, run on the page’s address; then it starts the app', () => {
    const run = (search: string) => {
      const classes = new Set<string>();
      const head: { rel: string; as: string; href: string }[] = [];
      const imported: string[] = [];
      const listeners: (() => void)[] = [];
      const frames: (() => void)[] = [];
      const tasks: (() => void)[] = [];
      const document = {
        baseURI: 'https://example.org/map/?x=1',
        readyState: 'loading',
        documentElement: { classList: { add: (c: string) => classes.add(c) } },
        head: { appendChild: (link: (typeof head)[number]) => head.push(link) },
        createElement: () => ({}),
        addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
      };
      const self = {
        document,
        setTimeout: (task: () => void, ms: number) => (ms === 0 ? tasks.push(task) : 0),
        requestAnimationFrame: (frame: () => void) => frames.push(frame),
      };
      // The page's dynamic import() is recorded instead (a Node context has no page to import into).
      const script = gateScript('./assets/index-abc.js').replace('import(app)', 'record(app)');
      expect(script).not.toBe(gateScript('./assets/index-abc.js'));
      runInNewContext(script, {
        location: { search },
        document,
        self,
        URL,
        URLSearchParams,
        Array,
        record: (url: string) => imported.push(url),
      });
      return {
        shown: classes.has(PRERENDER_CLASS),
        preloads: head.map((l) => `${l.rel} ${l.as} ${l.href}`),
        imported,
        parse: () => listeners.forEach((l) => l()),
        paint: () => {
          frames.forEach((f) => f());
          tasks.forEach((t) => t());
        },
      };
    };
    for (const search of ['?embed=1', '?data=x.json', '?view=table']) {
      const page = run(search);
      expect(page.shown, search).toBe(false);
      expect(page.preloads, search).toEqual([]);
      page.parse();
      expect(page.imported, search).toEqual(['https://example.org/map/assets/index-abc.js']);
    }
    for (const search of ['', '?utm_campaign=launch']) {
      const page = run(search);
      expect(page.shown, search).toBe(true);
      expect(page.preloads, search).toEqual([`preload fetch ${BUNDLED_DATA}`]);
      page.parse();
      expect(page.imported, search).toEqual([]);
      page.paint();
      expect(page.imported, search).toEqual(['https://example.org/map/assets/index-abc.js']);
    }
  });
});
