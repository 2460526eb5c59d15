import { describe, expect, test } from 'vitest';
import {
  checkDataSource,
  parseViewParams,
  plainNumber,
  quoteValue,
  rotateCycle,
  serializeViewParams,
  serializedEntries,
} from './url.ts';
import { DEFAULT_VIEW, PARAM_NAMES, type ParamNotice, type ViewParams } from './view-params.ts';
import { mulberry32 } from '../test-random.ts';

const parse = (search: string) => parseViewParams(search);
const canon = (search: string) => serializeViewParams(parse(search).params);
const view = (patch: Partial<ViewParams>): ViewParams => ({ ...DEFAULT_VIEW, ...patch });

/** Characters a serialized query may contain: nothing that needs escaping in HTML or breaks a link. */
const SAFE_QUERY = /^(?:\?[A-Za-z0-9*\-._+%,/:=&]*)?$/;
/** What a notice must never contain: control, bidi and zero-width characters, lone surrogates. */
const UNSAFE_TEXT =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is checked for
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function expectPlainNotices(notices: readonly ParamNotice[]): void {
  for (const n of notices) {
    expect(n.message).not.toMatch(UNSAFE_TEXT);
    expect(n.message.length).toBeLessThan(400);
    // Any quoted value is shortened to at most 40 characters between its quotes.
    for (const m of n.message.matchAll(/"((?:[^"\\]|\\.)*)"/g)) expect(m[1]?.length).toBeLessThanOrEqual(40);
  }
}

describe('parseViewParams: defaults and basics', () => {
  test('an empty query is the default view, with no notices', () => {
    for (const search of ['', '?', '?&', '?&&=', '&']) {
      expect(parse(search)).toEqual({ params: DEFAULT_VIEW, notices: [] });
    }
    expect(serializeViewParams(DEFAULT_VIEW)).toBe('');
  });

  test('the default view has exactly the documented values', () => {
    expect(DEFAULT_VIEW).toEqual({
      focus: [],
      depth: 1,
      dir: 'both',
      types: undefined,
      categories: undefined,
      status: undefined,
      from: undefined,
      to: undefined,
      asof: undefined,
      min: undefined,
      select: undefined,
      cycle: undefined,
      story: undefined,
      view: 'map',
      renderer: undefined,
      size: 'volume',
      units: 'split',
      embed: false,
      scroll: false,
      theme: 'auto',
      data: undefined,
    });
    expect(Object.keys(DEFAULT_VIEW).sort()).toEqual([...PARAM_NAMES].sort());
    expect(Object.isFrozen(DEFAULT_VIEW)).toBe(true);
  });

  test('every parameter is read, with or without the leading "?"', () => {
    const search =
      'focus=openai,anthropic&depth=2&dir=out&types=compute,chips&categories=ai-lab,hyperscaler' +
      '&from=2023&to=2025-11&asof=2025-11-03&min=1000000000&status=announced,completed' +
      '&select=openai-aws-2025-compute&cycle=nvidia,openai,oracle&story=azure-exclusivity&view=table' +
      '&renderer=canvas&size=valuation&units=merge&embed=1&scroll=1&theme=dark&data=data/v/2026-11-26.json';
    const expected: ViewParams = {
      focus: ['anthropic', 'openai'],
      depth: 2,
      dir: 'out',
      types: ['chips', 'compute'],
      categories: ['ai-lab', 'hyperscaler'],
      status: ['announced', 'completed'],
      from: '2023',
      to: '2025-11',
      asof: '2025-11-03',
      min: 1e9,
      select: 'openai-aws-2025-compute',
      cycle: ['nvidia', 'openai', 'oracle'],
      story: 'azure-exclusivity',
      view: 'table',
      renderer: 'canvas',
      size: 'valuation',
      units: 'merge',
      embed: true,
      scroll: true,
      theme: 'dark',
      data: 'data/v/2026-11-26.json',
    };
    expect(parse(search)).toEqual({ params: expected, notices: [] });
    expect(parse(`?${search}`)).toEqual({ params: expected, notices: [] });
  });

  test('the brief’s examples read without notices', () => {
    const examples = [
      'focus=openai,anthropic',
      'depth=2',
      'dir=out',
      'types=compute,chips',
      'categories=ai-lab,hyperscaler',
      'from=2023&to=2025-11',
      'asof=2025-11-03',
      'min=1000000000',
      'status=announced,completed',
      'select=openai-aws-2025-compute',
      'cycle=nvidia,openai,oracle',
      'story=azure-exclusivity',
      'view=table',
      'renderer=canvas',
      'size=valuation',
      'units=merge',
      'embed=1',
      'scroll=1',
      'theme=dark',
      'data=data/v/2026-11-26.json',
    ];
    for (const example of examples) {
      expect(parse(example).notices).toEqual([]);
      // Canonical links are the same, except that set-valued lists are written sorted.
      const sorted = new Map([
        ['focus=openai,anthropic', 'focus=anthropic,openai'],
        ['types=compute,chips', 'types=chips,compute'],
      ]);
      expect(canon(example)).toBe(`?${sorted.get(example) ?? example}`);
    }
  });

  test('unknown keys are ignored silently, including prototype names and other cases', () => {
    const search =
      'utm_source=newsletter&utm_medium=email&fbclid=IwAR0abc&gclid=x&__proto__=x&constructor=y' +
      '&prototype=z&toString=1&hasOwnProperty=1&Focus=openai&THEME=dark&focus%20=x&=novalue&noequals';
    expect(parse(search)).toEqual({ params: DEFAULT_VIEW, notices: [] });
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
  });

  test('the first of a repeated key wins, even when it is empty or invalid', () => {
    expect(parse('depth=2&depth=1').params.depth).toBe(2);
    expect(parse('theme=dark&theme=light').params.theme).toBe('dark');
    expect(parse('focus=openai&focus=aws').params.focus).toEqual(['openai']);
    expect(parse('types=&types=compute').params.types).toEqual([]);
    expect(parse('min=&min=5').params.min).toBeUndefined();
    const r = parse('depth=5&depth=2');
    expect(r.params.depth).toBe(1);
    expect(r.notices.map((n) => n.message)).toEqual([
      'The depth parameter is given 2 times; the first, "5", was used.',
      'The depth value "5" was ignored: it should be 1 or 2.',
    ]);
    // The notice says which value was kept.
    expect(parse('theme=dark&theme=light&theme=auto').notices).toEqual([
      { param: 'theme', message: 'The theme parameter is given 3 times; the first, "dark", was used.' },
    ]);
  });

  test('values are trimmed; "+" and %20 are spaces', () => {
    expect(parse('focus=+openai+,%20aws%09,').params.focus).toEqual(['aws', 'openai']);
    expect(parse('depth=%202%20').params.depth).toBe(2);
    expect(parse('theme=+dark').params.theme).toBe('dark');
  });

  test('an empty single value means omitted, silently', () => {
    const search = PARAM_NAMES.filter((k) => !['focus', 'types', 'categories', 'status'].includes(k))
      .map((k) => `${k}=`)
      .join('&');
    expect(parse(search)).toEqual({ params: DEFAULT_VIEW, notices: [] });
    expect(parse('embed=0&scroll=0')).toEqual({ params: DEFAULT_VIEW, notices: [] });
  });
});

describe('parseViewParams: lists', () => {
  test('omitted means all; an empty list means none', () => {
    expect(parse('').params.types).toBeUndefined();
    expect(parse('types=').params.types).toEqual([]);
    expect(parse('types=,,').params.types).toEqual([]);
    expect(parse('categories=').params.categories).toEqual([]);
    expect(parse('status=').params.status).toEqual([]);
    expect(parse('focus=').params.focus).toEqual([]);
    expect(parse('types=').notices).toEqual([]);
  });

  test('items are trimmed, empty items dropped, duplicates removed and sorted', () => {
    expect(parse('types=chips,,compute, chips ,compute,').params.types).toEqual(['chips', 'compute']);
    expect(parse('focus=openai,anthropic,openai').params.focus).toEqual(['anthropic', 'openai']);
  });

  test('invalid items are dropped with one notice; the valid ones stay', () => {
    const r = parse('focus=openai,<script>,AWS,open_ai');
    expect(r.params.focus).toEqual(['openai']);
    expect(r.notices).toEqual([
      {
        param: 'focus',
        message:
          '3 focus values were ignored because they are not valid company ids: "<script>", "AWS", "open_ai".',
      },
    ]);
  });

  test('if every item is invalid, the list is dropped (all), never turned into "none"', () => {
    const r = parse('types=<b>bold</b>');
    expect(r.params.types).toBeUndefined();
    expect(r.notices).toEqual([
      {
        param: 'types',
        message:
          'The types value "<b>bold</b>" was ignored: it is not a valid deal type id. No valid deal type id was left, so types was ignored.',
      },
    ]);
  });

  test('many bad items are counted, three are quoted', () => {
    const bad = Array.from({ length: 50 }, (_, i) => `Bad${i}`).join(',');
    const r = parse(`status=${bad}`);
    expect(r.params.status).toBeUndefined();
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]?.message).toMatch(
      /^50 status values were ignored .*"Bad0", "Bad1", "Bad2" and 47 more\./,
    );
  });

  test('ids follow the data format: kebab-case companies; deal, type, category and story ids allow . and _', () => {
    expect(parse('focus=google-cloud').params.focus).toEqual(['google-cloud']);
    expect(parse('focus=google_cloud').params.focus).toEqual([]);
    expect(parse('focus=google--cloud').params.focus).toEqual([]);
    expect(parse('focus=-openai').params.focus).toEqual([]);
    expect(parse('types=cloud.v2,gpu_rental').params.types).toEqual(['cloud.v2', 'gpu_rental']);
    expect(parse('select=deal_1.b').params.select).toBe('deal_1.b');
    expect(parse('story=a..b').params.story).toBeUndefined();
    expect(parse(`focus=${'a'.repeat(120)}`).params.focus).toEqual(['a'.repeat(120)]);
    expect(parse(`focus=${'a'.repeat(121)}`).params.focus).toEqual([]);
  });
});

describe('parseViewParams: cycle', () => {
  test('keeps money order, rotated to start at the smallest id', () => {
    expect(parse('cycle=openai,oracle,nvidia').params.cycle).toEqual(['nvidia', 'openai', 'oracle']);
    expect(parse('cycle=oracle,nvidia,openai').params.cycle).toEqual(['nvidia', 'openai', 'oracle']);
    // The other direction is a different cycle.
    expect(parse('cycle=oracle,openai,nvidia').params.cycle).toEqual(['nvidia', 'oracle', 'openai']);
    expect(canon('cycle=openai,oracle,nvidia')).toBe('?cycle=nvidia,openai,oracle');
    expect(parse('cycle= b , a ').params.cycle).toEqual(['a', 'b']);
  });

  test('is all or nothing: one bad id, a repeat or fewer than two ids drop it', () => {
    for (const value of ['openai', 'openai,openai', 'a,b,a', 'openai,Oracle', 'a,<x>', ',a,']) {
      const r = parse(`cycle=${encodeURIComponent(value)}`);
      expect(r.params.cycle, value).toBeUndefined();
      expect(r.notices, value).toHaveLength(1);
      expect(r.notices[0]?.param).toBe('cycle');
    }
  });

  test('rotateCycle', () => {
    expect(rotateCycle([])).toEqual([]);
    expect(rotateCycle(['c', 'a', 'b'])).toEqual(['a', 'b', 'c']);
    expect(rotateCycle(['b', 'c', 'a'])).toEqual(['a', 'b', 'c']);
  });
});

describe('parseViewParams: dates and amounts', () => {
  test('dates: YYYY, YYYY-MM and YYYY-MM-DD, real dates only', () => {
    for (const ok of ['2023', '2025-11', '2025-11-03', '2024-02-29', '1999-12-31']) {
      expect(parse(`asof=${ok}`).params.asof).toBe(ok);
    }
    for (const bad of [
      '2025-02-29',
      '2025-13',
      '2025-00',
      '2025-11-31',
      '0999',
      '999',
      '2025-1-1',
      '20251103',
    ]) {
      const r = parse(`asof=${bad}`);
      expect(r.params.asof, bad).toBeUndefined();
      expect(r.notices, bad).toHaveLength(1);
    }
  });

  test('"to" before "from" is dropped with a notice; touching periods are fine', () => {
    expect(parse('from=2025-11&to=2025').params.to).toBe('2025');
    expect(parse('from=2025-11-30&to=2025-11').notices).toEqual([]);
    const r = parse('from=2025-11-02&to=2025-11-01');
    expect(r.params).toEqual(view({ from: '2025-11-02' }));
    expect(r.notices).toEqual([
      { param: 'to', message: 'The to value "2025-11-01" was ignored: it is before from "2025-11-02".' },
    ]);
  });

  test('min: plain non-negative decimals', () => {
    expect(parse('min=0').params.min).toBe(0);
    expect(parse('min=1000000000').params.min).toBe(1e9);
    expect(parse('min=007').params.min).toBe(7);
    expect(parse('min=1.5').params.min).toBe(1.5);
    expect(canon('min=007')).toBe('?min=7');
    expect(canon('min=1000000000.000')).toBe('?min=1000000000');
    expect(canon('min=0.0000001')).toBe('?min=0.0000001');
    expect(canon(`min=1${'0'.repeat(30)}`)).toBe(`?min=1${'0'.repeat(30)}`);
  });

  test('min: no exponent, sign, hex, NaN, Infinity, separators or bare points; no overflow', () => {
    const bad = [
      '1e9',
      '1e309',
      'NaN',
      'Infinity',
      '-1',
      '-0',
      '+5',
      '0x10',
      '0b1',
      '1,000',
      '1_000',
      '.5',
      '5.',
      '1.2.3',
      '٣',
      '１',
      `1${'0'.repeat(400)}`,
    ];
    for (const value of bad) {
      const r = parse(`min=${encodeURIComponent(value)}`);
      expect(r.params.min, value).toBeUndefined();
      expect(r.notices, value).toHaveLength(1);
    }
  });

  test('plainNumber writes integers without exponent and fractions without exponent', () => {
    expect(plainNumber(0)).toBe('0');
    expect(plainNumber(1e9)).toBe('1000000000');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1.5e25)).toBe('15000000000000000000000000');
    expect(plainNumber(2 ** 70)).toBe('1180591620717411300000');
    expect(plainNumber(1.5)).toBe('1.5');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(1.25e-7)).toBe('0.000000125');
    expect(Number(plainNumber(5e-324))).toBe(5e-324);
    expect(Number(plainNumber(Number.MAX_VALUE))).toBe(Number.MAX_VALUE);
    for (const n of [0.1, 1 / 3, 123.456, 2 ** 53 + 2, 9.5e-7, 2 ** 70, 1.2345e300, 1e-300]) {
      expect(plainNumber(n)).not.toMatch(/e/i);
      expect(Number(plainNumber(n))).toBe(n);
    }
  });
});

describe('parseViewParams: enums and flags', () => {
  test('enums are exact (case-sensitive, no aliases)', () => {
    const cases: [string, string][] = [
      ['depth', '3'],
      ['depth', '0'],
      ['depth', '01'],
      ['depth', '1.0'],
      ['depth', 'two'],
      ['dir', 'OUT'],
      ['dir', 'inbound'],
      ['view', 'Table'],
      ['view', 'graph'],
      ['renderer', 'webgl'],
      ['size', 'Valuation'],
      ['size', 'market-cap'],
      ['theme', 'Dark'],
      ['theme', 'system'],
      ['embed', 'true'],
      ['embed', 'yes'],
      ['embed', '2'],
      ['scroll', 'on'],
    ];
    for (const [key, value] of cases) {
      const r = parse(`${key}=${value}`);
      expect(r.params, `${key}=${value}`).toEqual(DEFAULT_VIEW);
      expect(r.notices, `${key}=${value}`).toHaveLength(1);
      expect(r.notices[0]?.param).toBe(key);
    }
  });

  test('depth is dropped, never clamped', () => {
    expect(parse('depth=3')).toEqual({
      params: DEFAULT_VIEW,
      notices: [{ param: 'depth', message: 'The depth value "3" was ignored: it should be 1 or 2.' }],
    });
  });

  test('embed and scroll: 1 is on; 0, empty and absent are off', () => {
    expect(parse('embed=1').params.embed).toBe(true);
    expect(parse('scroll=1').params.scroll).toBe(true);
    expect(parse('embed=0').params.embed).toBe(false);
    expect(parse('embed').params.embed).toBe(false);
  });
});

describe('parseViewParams: data', () => {
  test('relative paths are kept as written', () => {
    for (const path of [
      'data/v/2026-11-26.json',
      'my.json',
      './my.json',
      '../x/y.json',
      '/abs/path.json',
      'data/x.json?v=2&w=3',
      'data/x%20y.json',
      'données.json',
      'my file.json',
      'a/b:c.json',
    ]) {
      const r = parse(`data=${encodeURIComponent(path)}`);
      expect(r, path).toEqual({ params: view({ data: path }), notices: [] });
      expect(parse(serializeViewParams(r.params)).params.data).toBe(path);
    }
  });

  test('the link keeps slashes and colons readable', () => {
    expect(canon('data=data%2Fv%2F2026-11-26.json')).toBe('?data=data/v/2026-11-26.json');
    expect(canon('data=https%3A%2F%2Fexample.com%2Fdeals.json')).toBe('?data=https://example.com/deals.json');
    expect(canon('data=x.json%3Fa%3D1%26b%3D2%23h')).toBe('?data=x.json%3Fa%3D1%26b%3D2%23h');
  });

  test('absolute https URLs pass through the URL gate and are kept in their parsed form', () => {
    expect(parse('data=https://Example.COM/a.json').params.data).toBe('https://example.com/a.json');
    expect(parse('data=HTTPS://example.com').params.data).toBe('https://example.com/');
    expect(parse('data=https://example.com/a b.json').params.data).toBe('https://example.com/a%20b.json');
    expect(parse('data=https://example.com/a.json').notices).toEqual([]);
  });

  test('anything else is dropped with a notice', () => {
    const bad = [
      'http://example.com/a.json',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:application/json,{}',
      'vbscript:x',
      'file:///etc/passwd',
      'ftp://example.com/a.json',
      'blob:https://example.com/uuid',
      'https://user:pass@example.com/a.json',
      'https://',
      '//evil.example/a.json',
      '\\\\evil.example\\a.json',
      '/\\evil.example/a.json',
      'data\\x.json',
      'a:b',
      ':x.json',
      'x.json\u202e',
      'x\u200b.json',
      'x\u00a0.json',
      'x\u2028.json',
      `${'a'.repeat(2045)}.json`,
      `https://example.com/${'a'.repeat(2040)}`,
    ];
    for (const value of bad) {
      const r = parse(`data=${encodeURIComponent(value)}`);
      expect(r.params.data, JSON.stringify(value)).toBeUndefined();
      expect(r.notices, JSON.stringify(value)).toHaveLength(1);
      expect(r.notices[0]?.param).toBe('data');
      expectPlainNotices(r.notices);
    }
  });

  test('checkDataSource explains the problem in words', () => {
    expect(checkDataSource('http://example.com/')).toEqual({
      problem: 'only a relative path or an https:// address can be loaded',
    });
    expect(checkDataSource('//x/y')).toEqual({ problem: 'an address must start with https://' });
    expect(checkDataSource('data/x.json')).toBe('data/x.json');
  });
});

describe('notices are plain, short text', () => {
  test('quoteValue shortens to 40 characters and escapes control and bidi characters', () => {
    expect(quoteValue('aws2')).toBe('"aws2"');
    expect(quoteValue('a'.repeat(40))).toBe(`"${'a'.repeat(40)}"`);
    expect(quoteValue('a'.repeat(41))).toBe(`"${'a'.repeat(39)}…"`);
    expect(quoteValue('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
    expect(quoteValue('a\u0000b\nc\u202ed\u2066e\u200b')).toBe('"a\\u0000b\\u000ac\\u202ed\\u2066e\\u200b"');
    expect(quoteValue('\u0085\u061c\ufeff')).toBe('"\\u0085\\u061c\\ufeff"');
    expect(quoteValue('\ud800x\udc00')).toBe('"\\ud800x\\udc00"');
    expect(quoteValue('😀'.repeat(30))).toBe(`"${'😀'.repeat(19)}…"`);
    // An escape is never cut in half.
    expect(quoteValue(`${'a'.repeat(36)}\u0000`)).toBe(`"${'a'.repeat(36)}…"`);
    expect(quoteValue('<script>alert(1)</script>')).toBe('"<script>alert(1)</script>"');
  });

  test('a 10,000-character value is quoted shortened', () => {
    const r = parse(`theme=${'x'.repeat(10_000)}`);
    expect(r.params.theme).toBe('auto');
    expect(r.notices).toEqual([
      {
        param: 'theme',
        message: `The theme value "${'x'.repeat(39)}…" was ignored: it should be light, dark or auto.`,
      },
    ]);
  });
});

describe('hostile values never throw and are dropped', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '%00',
    '%E0%A4%A',
    '%',
    '%%',
    '%zz',
    '%C0%AF',
    '%ED%A0%80',
    '%F0%9F%98',
    '\ud800',
    '\udfff\ud800',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    '{"a":1}',
    '../../etc/passwd',
    '%u202e',
    '%E2%80%AE',
    '%EF%BB%BF',
    'x'.repeat(10_000),
    '\u202e'.repeat(100),
    '1'.repeat(10_000),
    ','.repeat(10_000),
  ];

  test.each(PARAM_NAMES)('%s', (key) => {
    for (const value of hostile) {
      for (const search of [
        `${key}=${value}`,
        `?${key}=${value}&${key}=1`,
        `${value}=${value}&${key}=${value}`,
      ]) {
        let result: ReturnType<typeof parse> | undefined;
        expect(() => (result = parse(search)), search.slice(0, 80)).not.toThrow();
        if (!result) continue;
        expectPlainNotices(result.notices);
        expect(() => serializeViewParams(result?.params ?? DEFAULT_VIEW)).not.toThrow();
        expect(serializeViewParams(result.params)).toMatch(SAFE_QUERY);
      }
    }
  });

  test('nothing hostile survives except as a valid id', () => {
    const r = parse(
      'focus=__proto__,constructor&types=<script>&select=%3Cimg%3E&story=javascript:x&theme=%00&data=javascript:x',
    );
    // "constructor" is a well-formed company id; whether it exists is resolve's question.
    expect(r.params).toEqual(view({ focus: ['constructor'] }));
    expect(r.notices.map((n) => n.param)).toEqual(['focus', 'types', 'select', 'story', 'theme', 'data']);
    expectPlainNotices(r.notices);
  });

  test('raw lone surrogates and malformed escapes in the whole string', () => {
    for (const search of [
      '\ud800=\udc00',
      '?focus=\ud800',
      '%E0%A4%A=%E0%A4%A',
      '?%',
      '?=&=&&',
      '?a=%ZZ&focus=aws',
    ]) {
      expect(() => parse(search)).not.toThrow();
    }
    expect(parse('?a=%ZZ&focus=aws').params.focus).toEqual(['aws']);
    expect(parse('?focus=aws%E0%A4%A').params.focus).toEqual([]);
  });
});

describe('serializeViewParams', () => {
  test('keys in the brief’s table order, defaults omitted', () => {
    const search = canon(
      'data=d.json&theme=dark&scroll=1&embed=1&size=valuation&renderer=svg&view=compute&story=s&cycle=b,a&select=x' +
        '&status=completed&min=5&asof=2025&to=2025&from=2024&categories=c&types=t&dir=in&depth=2&focus=z',
    );
    expect(search).toBe(
      '?focus=z&depth=2&dir=in&types=t&categories=c&from=2024&to=2025&asof=2025&min=5&status=completed' +
        '&select=x&cycle=a,b&story=s&view=compute&renderer=svg&size=valuation&embed=1&scroll=1&theme=dark' +
        '&data=d.json',
    );
    expect(canon('depth=1&dir=both&view=map&size=volume&theme=auto&embed=0&scroll=0&focus=')).toBe('');
  });

  test('set-valued lists are sorted and deduplicated; cycle keeps its order; empty lists are written', () => {
    expect(serializeViewParams(view({ focus: ['b', 'a', 'b'], types: ['z', 'y'] }))).toBe(
      '?focus=a,b&types=y,z',
    );
    expect(serializeViewParams(view({ cycle: ['c', 'a', 'b'] }))).toBe('?cycle=a,b,c');
    expect(serializeViewParams(view({ types: [], categories: [], status: [] }))).toBe(
      '?types=&categories=&status=',
    );
    expect(serializeViewParams(view({ types: undefined }))).toBe('');
  });

  test('values the app should never produce are left out rather than written badly', () => {
    expect(serializeViewParams(view({ min: NaN }))).toBe('');
    expect(serializeViewParams(view({ min: -1 }))).toBe('');
    expect(serializeViewParams(view({ min: Infinity }))).toBe('');
    expect(serializeViewParams(view({ cycle: ['a'] }))).toBe('');
    expect(serializeViewParams(view({ select: '' }))).toBe('');
  });

  test('serializedEntries lists the canonical pairs', () => {
    expect(serializedEntries(view({ depth: 2, focus: ['b', 'a'], types: [] }))).toEqual([
      ['focus', 'a,b'],
      ['depth', '2'],
      ['types', ''],
    ]);
  });

  test('special characters are escaped the URLSearchParams way', () => {
    const s = serializeViewParams(view({ data: 'a b&c=d#e+f%g' }));
    expect(s).toBe('?data=a+b%26c%3Dd%23e%2Bf%25g');
    expect(parse(s).params.data).toBe('a b&c=d#e+f%g');
  });
});

// --- The idempotence property --------------------------------------------------------------------------------

const random = mulberry32;

const KEYS = [...PARAM_NAMES, 'utm_source', 'fbclid', '__proto__', 'constructor', 'Focus', ''];
const FRAGMENTS = [
  'openai',
  'aws',
  'nvidia',
  'a',
  'b',
  'google-cloud',
  'compute',
  'chips',
  'ai-lab',
  'announced',
  'x.y_z',
  '1',
  '2',
  '0',
  '3',
  'in',
  'out',
  'both',
  'map',
  'table',
  'compute',
  'svg',
  'canvas',
  'light',
  'dark',
  'auto',
  '2023',
  '2025-11',
  '2025-11-03',
  '2025-02-30',
  '1000000000',
  '1.5',
  '0.0000001',
  '1e309',
  '-5',
  'NaN',
  'data/x.json',
  'https://example.com/d.json',
  'http://example.com/d.json',
  'javascript:alert(1)',
  '//evil',
  '<script>',
  '%00',
  '%E0%A4%A',
  '%',
  '%2C',
  '%26',
  '%3D',
  '%23',
  '%2B',
  '%20',
  '+',
  ',',
  ' ',
  '\ud800',
  '\u202e',
  '😀',
  '__proto__',
  'constructor',
  '?',
  '#',
  '/',
  ':',
  '\\',
];

function randomSearch(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const pairs: string[] = [];
  const count = Math.floor(next() * 8);
  for (let i = 0; i < count; i++) {
    const key = pick(KEYS);
    const pieces = Math.floor(next() * 4);
    let value = '';
    for (let j = 0; j < pieces; j++) value += (j > 0 && next() < 0.5 ? ',' : '') + pick(FRAGMENTS);
    if (next() < 0.05) value = value.repeat(200);
    pairs.push(next() < 0.1 ? key : `${key}=${value}`);
  }
  return (next() < 0.5 ? '?' : '') + pairs.join(next() < 0.9 ? '&' : '&&');
}

function checkIdempotent(search: string): void {
  const first = parse(search);
  const once = serializeViewParams(first.params);
  const again = parse(once);
  expect(serializeViewParams(again.params), search.slice(0, 200)).toBe(once);
  // Stronger: a canonical link reads back to the same view, without a single notice.
  expect(again.params, search.slice(0, 200)).toEqual(first.params);
  expect(again.notices, search.slice(0, 200)).toEqual([]);
  expect(once).toMatch(SAFE_QUERY);
}

describe('serialize(parse(s)) is idempotent', () => {
  test('hand-written inputs', () => {
    const inputs = [
      '',
      '?',
      'focus=openai',
      'focus=b,a,b&types=&status=,',
      'types=compute&types=chips',
      'cycle=openai,oracle,nvidia',
      'min=1e309&min=5',
      'min=0.1',
      'min=0000',
      'from=2026&to=2025',
      'from=2025&to=2026&asof=2025-06',
      'data=https://EXAMPLE.com/%7Efoo/d.json?x=1#frag',
      'data=a%2Cb.json',
      'data=%3Cscript%3E.json',
      'data=javascript:alert(1)',
      'focus=%3Cscript%3Ealert(1)%3C/script%3E',
      'theme=%00&view=%E0%A4%A',
      `select=${'a'.repeat(10_000)}`,
      `focus=${'a,'.repeat(5_000)}`,
      '__proto__=1&constructor=2&focus=__proto__,constructor',
      '\ud800=\udfff&focus=\ud800aws',
      'embed=1&scroll=1&embed=0',
      'depth=2&dir=in&view=compute&renderer=svg',
    ];
    for (const input of inputs) checkIdempotent(input);
  });

  test('5,000 generated inputs', () => {
    const next = random(20261126);
    for (let i = 0; i < 5_000; i++) checkIdempotent(randomSearch(next));
  });

  test('generated views survive serialize → parse unchanged', () => {
    const next = random(42);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const ids = ['a', 'aws', 'b', 'google-cloud', 'nvidia', 'openai', 'oracle', 'x1'];
    const maybe = <T>(value: T): T | undefined => (next() < 0.5 ? value : undefined);
    const someIds = () => ids.filter(() => next() < 0.3);
    for (let i = 0; i < 2_000; i++) {
      const cycle = someIds();
      const p: ViewParams = {
        focus: someIds().sort(),
        depth: pick([1, 2] as const),
        dir: pick(['in', 'out', 'both'] as const),
        types: maybe(someIds().sort()),
        categories: maybe(someIds().sort()),
        status: maybe(someIds().sort()),
        from: maybe('2020'),
        to: maybe(pick(['2025', '2025-11', '2025-11-30'])),
        asof: maybe('2024-02-29'),
        min: maybe(pick([0, 1, 1.5, 1e9, 1e-7, 2 ** 60, next() * 1e12])),
        select: maybe(pick(ids)),
        cycle: cycle.length >= 2 ? rotateCycle(cycle.sort(() => next() - 0.5)) : undefined,
        story: maybe('s.1'),
        view: pick(['map', 'table', 'compute'] as const),
        renderer: maybe(pick(['svg', 'canvas'] as const)),
        size: pick(['volume', 'valuation'] as const),
        units: pick(['split', 'merge'] as const),
        embed: next() < 0.5,
        scroll: next() < 0.5,
        theme: pick(['light', 'dark', 'auto'] as const),
        data: maybe(pick(['data/x.json', 'https://example.com/a%20b.json?x=1,2', 'my file.json'])),
      };
      const s = serializeViewParams(p);
      expect(parse(s), s).toEqual({ params: p, notices: [] });
    }
  });
});
