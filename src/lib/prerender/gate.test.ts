import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PARAM_NAMES } from '../state/view-params.ts';
import { gateScript, NO_PRERENDER_CLASS, showsPrerender } from './gate.ts';

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

  it('the head script is the same test, run on the page’s address', () => {
    const run = (search: string) => {
      const classes = new Set<string>();
      const document = { documentElement: { classList: { add: (c: string) => classes.add(c) } } };
      runInNewContext(gateScript(), { location: { search }, document, URLSearchParams, Array });
      return classes.has(NO_PRERENDER_CLASS);
    };
    expect(run('')).toBe(false);
    expect(run('?utm_campaign=launch')).toBe(false);
    expect(run('?embed=1')).toBe(true);
    expect(run('?data=x.json')).toBe(true);
    expect(run('?view=table')).toBe(true);
  });
});
