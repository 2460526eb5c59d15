import { beforeEach, describe, expect, it } from 'vitest';
import { dropPrerender, handOver, markPainted, startPrerender } from './handover.ts';

function page(search: string, withView = true) {
  let present = withView;
  const element = { remove: () => (present = false) };
  return {
    location: { search },
    document: { getElementById: (id: string) => (id === 'prerender' && present ? element : null) },
    present: () => present,
  };
}

function timing(fcp?: number) {
  const marks: { name: string; startTime: number | undefined }[] = [];
  return {
    marks,
    mark: (name: string, options?: { startTime: number }) =>
      marks.push({ name, startTime: options?.startTime }),
    getEntriesByName: (name: string) =>
      name === 'first-contentful-paint' && fcp !== undefined ? [{ startTime: fcp }] : [],
  };
}

describe('handing over from the prerendered first view', () => {
  beforeEach(() => {
    startPrerender(page('', false));
  });

  it('keeps the picture on the default view until the live map’s first frame, then removes it', () => {
    const p = page('?utm_source=x');
    expect(startPrerender(p)).toBe(true);
    expect(p.present()).toBe(true);
    const t = timing(42);
    handOver(p, t);
    expect(p.present()).toBe(false);
    expect(t.marks).toEqual([{ name: 'adm:interactive', startTime: undefined }]);
  });

  it('drops it at once on any other view', () => {
    for (const search of ['?data=x.json', '?embed=1', '?view=table']) {
      const p = page(search);
      expect(startPrerender(p)).toBe(false);
      expect(p.present()).toBe(false);
    }
  });

  it('marks the first frame and the settled map at the picture’s paint when it was shown, even after the handover', () => {
    const p = page('');
    startPrerender(p);
    const t = timing(96);
    markPainted('adm:first-frame', t);
    handOver(p, t);
    markPainted('adm:settled', t);
    expect(t.marks).toEqual([
      { name: 'adm:first-frame', startTime: 96 },
      { name: 'adm:interactive', startTime: undefined },
      { name: 'adm:settled', startTime: 96 },
    ]);
  });

  it('waits for the browser’s report of the paint when it comes after the live map', () => {
    startPrerender(page(''));
    const t = timing();
    let report: ((startTime: number | undefined) => void) | undefined;
    markPainted('adm:first-frame', t, (then) => (report = then));
    expect(t.marks).toEqual([]);
    report?.(88);
    expect(t.marks).toEqual([{ name: 'adm:first-frame', startTime: 88 }]);
    // Never reported (a page that was not shown): marked when the wait ends.
    markPainted('adm:settled', t, (then) => then(undefined));
    expect(t.marks.at(-1)).toEqual({ name: 'adm:settled', startTime: undefined });
  });

  it('marks now when there was no picture', () => {
    const t = timing(96);
    startPrerender(page('?data=x.json'));
    markPainted('adm:first-frame', t, () => expect.unreachable());
    markPainted('adm:settled', t, () => expect.unreachable());
    expect(t.marks).toEqual([
      { name: 'adm:first-frame', startTime: undefined },
      { name: 'adm:settled', startTime: undefined },
    ]);
    const plain = page('', false);
    startPrerender(plain);
    handOver(plain, t);
    expect(t.marks.at(-1)).toEqual({ name: 'adm:interactive', startTime: undefined });
  });

  it('drops the picture, unmarked, when no live map will come', () => {
    const p = page('');
    startPrerender(p);
    dropPrerender(p);
    expect(p.present()).toBe(false);
    const t = timing(50);
    markPainted('adm:first-frame', t);
    markPainted('adm:settled', t);
    expect(t.marks).toEqual([
      { name: 'adm:first-frame', startTime: 50 },
      { name: 'adm:settled', startTime: 50 },
    ]);
  });

  it('never marks the map settled before its first frame: positions final at once wait for the map to draw them', () => {
    startPrerender(page('?embed=1'));
    const t = timing();
    markPainted('adm:settled', t);
    expect(t.marks).toEqual([]);
    markPainted('adm:first-frame', t);
    expect(t.marks.map((m) => m.name)).toEqual(['adm:first-frame', 'adm:settled']);
    // Once the map is on screen, the settled mark is made when asked for.
    markPainted('adm:settled', t);
    expect(t.marks.map((m) => m.name)).toEqual(['adm:first-frame', 'adm:settled', 'adm:settled']);
  });
});
