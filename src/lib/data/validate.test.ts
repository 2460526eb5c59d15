import { describe, expect, test } from 'vitest';
import type { Issue } from './issues.ts';
import { parseDealMapText } from './parse.ts';
import { minimalFile, patched, type LooseFile } from './test-fixtures.ts';
import { validateDealMap, type ValidationResult } from './validate.ts';
import { sourcesOf } from './sources.ts';
import type { DealMap, Source } from './format.ts';

/** The sources of the deal at `i`, as a list; throws when there is no such deal. */
function sourcesAt(map: DealMap, i: number): readonly Source[] {
  const deal = map.deals[i];
  if (!deal) throw new Error(`no deal at ${i}`);
  return sourcesOf(deal);
}

function problems(result: ValidationResult, severity?: Issue['severity']): string[] {
  return result.issues
    .filter((i) => (severity ? i.severity === severity : i.severity !== 'notice'))
    .map((i) => `${i.path}: ${i.message}`);
}

function loaded(result: ValidationResult) {
  if (!result.ok) throw new Error(`expected the file to load: ${problems(result).join('; ')}`);
  return result.value;
}

describe('a valid file', () => {
  test('loads with no problems and fills defaults', () => {
    const result = validateDealMap(minimalFile(), { file: 'test.json' });
    expect(problems(result)).toEqual([]);
    const map = loaded(result);
    expect(map.companies.map((c) => c.id)).toEqual(['openai', 'amazon', 'aws', 'microsoft']);
    expect(map.deals).toHaveLength(2);
    expect(map.categories.map((c) => c.id)).toContain('neocloud');
    expect(map.dealTypes.find((t) => t.id === 'partnership')?.flow).toBe('none');
    const amazon = map.companies.find((c) => c.id === 'amazon');
    expect(amazon && Object.hasOwn(amazon, 'aliases')).toBe(false);
    expect(sourcesAt(map, 1)[0]?.url).toBe('https://example.com/msft');
  });

  test('keeps the amount honest: USD figures get usd, undisclosed has none', () => {
    const map = loaded(validateDealMap(minimalFile()));
    expect(map.deals[0]?.amount).toEqual({
      value: 38e9,
      usd: 38e9,
      currency: 'USD',
      kind: 'exact',
      scope: 'total',
      text: '$38 billion',
    });
    const undisclosed = loaded(
      validateDealMap(patched((f) => (f.deals[1].amount = { kind: 'undisclosed', text: 'not disclosed' }))),
    );
    expect(undisclosed.deals[1]?.amount).toEqual({
      currency: 'USD',
      kind: 'undisclosed',
      scope: 'total',
      text: 'not disclosed',
    });
  });

  test('copies only known fields, into fresh objects', () => {
    const file = patched((f) => {
      f.companies[0].extra = { deep: { deeper: true } };
      f.deals[0].direction_note = 'old field';
      f.deals[0].amount.rate = 3;
      f.deals[0].sources[0].tracking = 'x';
    });
    const result = validateDealMap(file);
    const map = loaded(result);
    expect(Object.keys(map.companies[0] ?? {})).not.toContain('extra');
    expect(Object.keys(map.deals[0] ?? {})).not.toContain('direction_note');
    expect(map.deals[0]).not.toBe((file['deals'] as unknown[])[0]);
    expect(problems(result, 'notice')).toContainEqual(expect.stringMatching(/4 unknown fields were ignored/));
  });

  test("names the first unknown field with its whole path, inside a deal's source or amount too", () => {
    const named = (patch: (f: LooseFile) => void) =>
      problems(validateDealMap(patched(patch)), 'notice').find((p) => p.includes('unknown field'));
    expect(named((f) => (f.deals[0].sources[0].tracking = 'x'))).toMatch(
      /1 unknown field was ignored \(the first: deals\[0\]\.sources\[0\]\.tracking\)/,
    );
    expect(named((f) => (f.deals[0].amount.rate = 3))).toMatch(/\(the first: deals\[0\]\.amount\.rate\)/);
    expect(named((f) => (f.deals[0].note = 'x'))).toMatch(/\(the first: deals\[0\]\.note\)/);
  });
});

describe('structural problems reject the file', () => {
  test.each([
    ['a list', [], /should be an object with "companies" and "deals" lists, but it is a list/],
    ['null', null, /but it is null/],
    ['text', 'hello', /but it is text/],
    ['no companies', { deals: [] }, /has no "companies" list/],
    ['empty companies', { companies: [], deals: [] }, /"companies" list is empty/],
    ['companies as object', { companies: {}, deals: [] }, /"companies" should be a list, but is an object/],
    ['no deals', { companies: [{ id: 'a', name: 'A', category: 'other' }] }, /has no "deals" list/],
    ['D3 shape', { nodes: [], links: [] }, /D3 \{nodes, links\}/],
    [
      'another format',
      { format: 'ai-deal-map/2', companies: [], deals: [] },
      /this app reads "ai-deal-map\/1"/,
    ],
  ])('%s', (_name, input, message) => {
    const result = validateDealMap(input);
    expect(result.ok).toBe(false);
    expect(problems(result, 'error').join('\n')).toMatch(message);
  });

  test('no company survives → rejected', () => {
    const result = validateDealMap({
      companies: [{ id: 'Bad Id', name: 'x', category: 'other' }],
      deals: [],
    });
    expect(result.ok).toBe(false);
    expect(problems(result, 'error')).toEqual([
      'companies: No company could be read, so there is nothing to map.',
    ]);
  });

  test('not JSON reports line and column; CSV gets a hint; BOM is fine', () => {
    const bad = parseDealMapText('{\n  "companies": [\n  ,\n]}', 'broken.json');
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]).toMatchObject({ file: 'broken.json', line: 3, severity: 'error' });
    expect(bad.issues[0]?.message).toMatch(/not valid JSON \(line 3, column \d+\)/);
    const csv = parseDealMapText('from,to,type\nopenai,aws,compute\n', 'deals.csv');
    expect(csv.issues[0]?.message).toMatch(/looks like CSV/);
    expect(parseDealMapText('', 'empty.json').issues[0]?.message).toBe('The file is empty.');
    const bom = parseDealMapText(`\ufeff${JSON.stringify(minimalFile())}`, 'bom.json');
    expect(bom.ok).toBe(true);
  });
});

describe('item problems drop the item and say why', () => {
  test.each<[string, (f: LooseFile) => void, string]>([
    [
      'dangling to, with a suggestion',
      (f) => (f.deals[0].to = 'aws2'),
      'deals[0].to: "aws2" is not a company id (did you mean "aws"?) — this deal was skipped',
    ],
    [
      'dangling from',
      (f) => (f.deals[0].from = 'nobody-at-all'),
      'deals[0].from: "nobody-at-all" is not a company id — this deal was skipped',
    ],
    [
      'unknown deal type',
      (f) => (f.deals[0].type = 'computer'),
      'deals[0].type: "computer" is not a deal type id (did you mean "compute"?) — this deal was skipped',
    ],
    [
      'self-deal',
      (f) => (f.deals[0].to = 'openai'),
      'deals[0].to: a deal needs two different companies, but both sides are "openai" — this deal was skipped',
    ],
    [
      'duplicate deal id',
      (f) => (f.deals[1].id = f.deals[0].id),
      'deals[1].id: "openai-aws-2025-compute" is already used by deals[0] — this deal was skipped',
    ],
    [
      'deal id equal to a company id',
      (f) => (f.deals[1].id = 'openai'),
      'deals[1].id: "openai" is already a company id; deal ids must differ from company ids — this deal was skipped',
    ],
    [
      'impossible date',
      (f) => (f.deals[0].date = '2025-02-29'),
      'deals[0].date: is not a real calendar date: "2025-02-29" — this deal was skipped',
    ],
    [
      'month 13',
      (f) => (f.deals[0].date = '2025-13'),
      'deals[0].date: is not a real calendar date: "2025-13" — this deal was skipped',
    ],
    [
      'wrong date shape',
      (f) => (f.deals[0].date = '03/11/2025'),
      'deals[0].date: should be a date written YYYY, YYYY-MM or YYYY-MM-DD: "03/11/2025" — this deal was skipped',
    ],
    [
      'end before start',
      (f) => (f.deals[0].endDate = '2024'),
      'deals[0].endDate: the end date "2024" is before the deal\'s date "2025-11-03" — this deal was skipped',
    ],
    [
      'negative amount',
      (f) => (f.deals[0].amount.value = -5),
      'deals[0].amount.value: should not be negative (it is -5) — this deal was skipped',
    ],
    [
      'infinite amount (1e309)',
      (f) => (f.deals[0].amount.value = Infinity),
      'deals[0].amount.value: should be a finite number (it is too large to represent) — this deal was skipped',
    ],
    [
      'NaN amount',
      (f) => (f.deals[0].amount.value = NaN),
      'deals[0].amount.value: should be a number, but is a number too large to represent — this deal was skipped',
    ],
    [
      'amount as text',
      (f) => (f.deals[0].amount.value = '38B'),
      'deals[0].amount.value: should be a number, but is text — this deal was skipped',
    ],
    [
      'figure with kind undisclosed',
      (f) => (f.deals[0].amount.kind = 'undisclosed'),
      'deals[0].amount: has a figure but its kind is "undisclosed"; remove the figure or change the kind — this deal was skipped',
    ],
    [
      'kind without a figure',
      (f) => (f.deals[1].amount = { kind: 'upTo' }),
      'deals[1].amount: has kind "upTo" but no value; use kind "undisclosed" when no figure is known — this deal was skipped',
    ],
    [
      'foreign currency without usd',
      (f) => (f.deals[0].amount = { value: 15e6, currency: 'EUR' }),
      'deals[0].amount: is in EUR but has no "usd" equivalent; add the US-dollar figure the source quotes — this deal was skipped',
    ],
    [
      'usd that disagrees with a USD value',
      (f) => (f.deals[0].amount.usd = 1),
      'deals[0].amount: is in USD but "usd" (1) differs from "value" (38000000000) — this deal was skipped',
    ],
    [
      'unknown status',
      (f) => (f.deals[0].status = 'rumour'),
      'deals[0].status: should be one of "announced", "completed", "reported", "terminated", but is "rumour" — this deal was skipped',
    ],
    [
      'missing status',
      (f) => delete f.deals[0].status,
      'deals[0].status: is missing — this deal was skipped',
    ],
    [
      'null field',
      (f) => (f.deals[0].termYears = null),
      'deals[0].termYears: should be a number, but is null (leave the field out when it is unknown) — this deal was skipped',
    ],
    [
      'zero term',
      (f) => (f.deals[0].termYears = 0),
      'deals[0].termYears: should be greater than 0 (it is 0) — this deal was skipped',
    ],
    [
      'unknown category',
      (f) => (f.companies[3].category = 'hyperscalers'),
      'companies[3].category: "hyperscalers" is not a category id (did you mean "hyperscaler"?) — this company was skipped',
    ],
    [
      'duplicate company id',
      (f) => (f.companies[1].id = 'openai'),
      'companies[1].id: "openai" is already used by companies[0] — this company was skipped',
    ],
    [
      'company id not kebab-case',
      (f) => (f.companies[3].id = 'Microsoft'),
      'companies[3].id: should be a kebab-case id (lower-case letters, digits and single hyphens): "Microsoft" — this company was skipped',
    ],
    [
      'empty name',
      (f) => (f.companies[3].name = ''),
      'companies[3].name: should not be empty — this company was skipped',
    ],
    [
      'bad country',
      (f) => (f.companies[3].country = 'USA'),
      'companies[3].country: should be a two-letter country code such as "US": "USA" — this company was skipped',
    ],
    [
      'a 10,000-character name',
      (f) => (f.companies[3].name = 'x'.repeat(10_000)),
      'companies[3].name: should be at most 200 characters long — this company was skipped',
    ],
  ])('%s', (_name, change, expected) => {
    const result = validateDealMap(patched(change));
    expect(result.ok).toBe(true);
    expect(problems(result)).toContain(expected);
  });

  test('a dropped company takes its deals with it, and each is reported', () => {
    const result = validateDealMap(patched((f) => (f.companies[2].category = 'nope')));
    const map = loaded(result);
    expect(map.companies.map((c) => c.id)).not.toContain('aws');
    expect(map.deals.map((d) => d.id)).toEqual(['microsoft-openai-2019-investment']);
    expect(problems(result)).toContainEqual(
      expect.stringContaining('deals[0].to: "aws" is not a company id'),
    );
  });

  test('every problem is reported at once', () => {
    const result = validateDealMap(
      patched((f) => {
        f.deals[0].date = '2025-02-30';
        f.deals[0].status = 'maybe';
        f.deals[1].to = 'nobody';
      }),
    );
    expect(problems(result)).toHaveLength(3);
  });

  test('one sentence per bad value (the first check it fails), and one per bad field', () => {
    const result = validateDealMap(
      patched((f) => {
        f.deals[0].amount.value = Infinity; // 1e309: not also "implausibly large"
        f.deals[0].date = '2025-1-5'; // the wrong shape: not also "not a real calendar date"
        f.deals[0].termYears = -Infinity; // not also "greater than 0"
        f.companies[3].founded = Infinity; // 1e309: not also "before 2100"
        f.companies[3].name = '';
        f.meta = { title: 'Map', updated: '2025-1-5' };
      }),
    );
    expect(problems(result)).toEqual([
      'meta.updated: should be a date written YYYY, YYYY-MM or YYYY-MM-DD: "2025-1-5"; it was ignored',
      'companies[3].name: should not be empty — this company was skipped',
      'companies[3].founded: should be a whole year (it is too large to represent) — this company was skipped',
      'deals[0].date: should be a date written YYYY, YYYY-MM or YYYY-MM-DD: "2025-1-5" — this deal was skipped',
      'deals[0].amount.value: should be a finite number (it is too large to represent) — this deal was skipped',
      'deals[0].termYears: should be a finite number (it is too large to represent) — this deal was skipped',
      'deals[1].from: "microsoft" is not a company id — this deal was skipped',
    ]);
  });

  test('a figure written as both value and usd is one problem, said once; two different figures are two', () => {
    const result = validateDealMap(
      patched((f) => {
        f.deals[0].amount = { value: 2e15, usd: 2e15, currency: 'USD' };
        f.deals[1].amount = { value: 3e15, usd: 2e15, currency: 'EUR' };
      }),
    );
    expect(problems(result).filter((m) => m.includes('implausibly large'))).toEqual([
      'deals[0].amount.value: is implausibly large (over 10^15) (it is 2000000000000000) — this deal was skipped',
      'deals[1].amount.value: is implausibly large (over 10^15) (it is 3000000000000000) — this deal was skipped',
      'deals[1].amount.usd: is implausibly large (over 10^15) (it is 2000000000000000) — this deal was skipped',
    ]);
  });
});

describe('links go through the URL gate', () => {
  test.each([
    ['javascript:alert(1)', /uses "javascript:"/],
    ['  JaVaScRiPt:alert(1)', /uses "javascript:"/],
    ['java\tscript:alert(1)', /uses "javascript:"/],
    ['data:text/html,<script>alert(1)</script>', /uses "data:"/],
    ['vbscript:msgbox(1)', /uses "vbscript:"/],
    ['https://user:pass@example.com/', /contains a user name or password/],
    ['//example.com/x', /not an absolute web address/],
    ['example.com/x', /not an absolute web address/],
  ])('a source %j is removed', (url, message) => {
    const result = validateDealMap(patched((f) => f.deals[0].sources.push({ url, publisher: 'Evil' })));
    const map = loaded(result);
    expect(sourcesAt(map, 0).map((s) => s.url)).toEqual(['https://example.com/openai-aws']);
    expect(problems(result).join('\n')).toMatch(message);
  });

  test('an over-long link is removed, and its deal or company kept', () => {
    const long = `https://example.com/${'a'.repeat(2100)}`;
    const result = validateDealMap(
      patched((f) => {
        f.companies[3].url = long;
        f.deals[0].sources.push({ url: long });
      }),
    );
    const map = loaded(result);
    expect(map.companies).toHaveLength(4);
    expect(map.companies.find((c) => c.id === 'microsoft')?.url).toBeUndefined();
    expect(sourcesAt(map, 0)).toHaveLength(1);
    expect(problems(result).filter((p) => p.includes('longer than 2,048 characters'))).toHaveLength(2);
  });

  test('links are stored in their parsed form; bad company links are dropped, the company kept', () => {
    const result = validateDealMap(
      patched((f) => {
        f.deals[0].sources[0].url = '  https://Example.com/a b ';
        f.companies[0].url = 'javascript:alert(document.domain)';
      }),
    );
    const map = loaded(result);
    expect(sourcesAt(map, 0)[0]?.url).toBe('https://example.com/a%20b');
    expect(map.companies[0]?.url).toBeUndefined();
    expect(problems(result)).toContain(
      'companies[0].url: uses "javascript:", but only http: and https: links are allowed; the link was removed',
    );
  });

  test('a deal whose only source is unsafe stays, marked unsourced', () => {
    const result = validateDealMap(patched((f) => (f.deals[1].sources = [{ url: 'javascript:void(0)' }])));
    expect(sourcesAt(loaded(result), 1)).toEqual([]);
    expect(problems(result, 'notice')).toContainEqual(expect.stringMatching(/1 deal has no source/));
  });
});

describe('references between items', () => {
  test('parent must exist, must not be itself, must be a top company', () => {
    const cases: [(f: LooseFile) => void, RegExp][] = [
      [
        (f) => (f.companies[2].parent = 'amazn'),
        /companies\[2\].parent: "amazn" is not a company id \(did you mean "amazon"\?\); the parent link was removed/,
      ],
      [(f) => (f.companies[2].parent = 'aws'), /cannot be its own parent/],
      [(f) => (f.companies[0].parent = 'aws'), /"aws" is itself a unit of another company/],
    ];
    for (const [change, message] of cases) {
      const result = validateDealMap(patched(change));
      expect(loaded(result).companies).toHaveLength(4);
      expect(problems(result).join('\n')).toMatch(message);
    }
  });

  test('a former id keeps working in deals and may not clash', () => {
    const result = validateDealMap(
      patched((f) => {
        f.companies[0].formerIds = ['open-ai', 'aws'];
        f.deals[0].from = 'open-ai';
      }),
    );
    const map = loaded(result);
    expect(map.deals[0]?.from).toBe('openai');
    expect(map.companies[0]?.formerIds).toEqual(['open-ai']);
    expect(problems(result)).toContain(
      'companies[0].formerIds: "aws" is already the id of "aws"; it was ignored',
    );
  });

  test('a company whose every former id clashes keeps none', () => {
    const result = validateDealMap(patched((f) => (f.companies[0].formerIds = ['aws', 'microsoft'])));
    const openai = loaded(result).companies.find((c) => c.id === 'openai');
    expect(openai && Object.hasOwn(openai, 'formerIds')).toBe(false);
    expect(openai?.aliases).toEqual(['ChatGPT maker']);
    expect(problems(result)).toHaveLength(2);
  });

  test('overlaps, supersededBy and coParties must point at real ids', () => {
    const result = validateDealMap(
      patched((f) => {
        f.deals[0].overlaps = ['microsoft-openai-2019-investment', 'ghost-deal', 'openai-aws-2025-compute'];
        f.deals[1].supersededBy = 'ghost';
        f.deals[0].coParties = [
          { name: 'Microsoft', id: 'microsoft' },
          { name: 'Dell', id: 'dell' },
        ];
      }),
    );
    const map = loaded(result);
    expect(map.deals[0]?.overlaps).toEqual(['microsoft-openai-2019-investment']);
    expect(map.deals[1]?.supersededBy).toBeUndefined();
    expect(map.deals[0]?.coParties).toEqual([{ name: 'Microsoft', id: 'microsoft' }, { name: 'Dell' }]);
    expect(problems(result)).toHaveLength(4);
  });

  test('declared categories replace the defaults on their axis', () => {
    const result = validateDealMap(
      patched((f) => {
        f.categories = [{ id: 'lab', label: 'Lab', color: '#112233' }];
        f.companies = [
          { id: 'a', name: 'A', category: 'lab' },
          { id: 'b', name: 'B', category: 'ai-lab' },
        ];
        f.deals = [];
      }),
    );
    expect(loaded(result).categories.map((c) => c.id)).toEqual(['lab']);
    expect(problems(result)).toContainEqual(expect.stringContaining('"ai-lab" is not a category id'));
  });

  test('a bad colour drops the declaration', () => {
    const result = validateDealMap(
      patched((f) => (f.dealTypes = [{ id: 'x', label: 'X', color: 'red', flow: 'money' }])),
    );
    expect(problems(result)).toContainEqual(
      expect.stringContaining('dealTypes[0].color: should be a colour written #rrggbb: "red"'),
    );
  });
});

describe('hostile input', () => {
  test('__proto__ and constructor keys pollute nothing', () => {
    const text = `{"__proto__": {"polluted": 1}, "companies": [{"id": "a", "name": "A", "category": "other", "__proto__": {"polluted": 2}, "constructor": {"prototype": {"polluted": 3}}}, {"id": "b", "name": "B", "category": "other"}], "deals": [], "layout": {"__proto__": [1, 2], "a": [3, 4]}}`;
    const result = parseDealMapText(text, 'proto.json');
    const map = loaded(result);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(map.companies[0])).toBe(Object.prototype);
    expect(map.layout.get('a')).toEqual({ x: 3, y: 4 });
    expect(map.layout.has('__proto__')).toBe(false);
  });

  test('100,000 levels of nesting in an unknown field do not crash', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = `{"companies": [{"id": "a", "name": "A", "category": "other", "junk": ${deep}}], "deals": [], "meta": {"title": ${deep}}}`;
    const result = parseDealMapText(text, 'deep.json');
    expect(loaded(result).companies).toHaveLength(1);
    expect(problems(result)).toContain('meta.title: should be text, but is a list; it was ignored');
  });

  test('markup in text stays text; quoted values escape bidi overrides', () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const result = validateDealMap(
      patched((f) => {
        f.companies[0].name = payload;
        f.deals[0].summary = 5;
        f.companies[1].category = '\u202Eevil';
      }),
    );
    expect(loaded(result).companies[0]?.name).toBe(payload);
    expect(problems(result).join('\n')).toContain('"\\u202eevil" — this company was skipped');
  });

  test('too many companies are refused with the limit', () => {
    const companies = Array.from({ length: 20_001 }, (_, i) => ({
      id: `c${i}`,
      name: `C${i}`,
      category: 'other',
    }));
    const result = validateDealMap({ companies, deals: [] });
    expect(result.ok).toBe(false);
    expect(problems(result, 'error')[0]).toMatch(/20,001 companies; the limit is 20,000/);
  });
});

describe('stories, events and layout', () => {
  test('stories may not set data, embed or scroll', () => {
    const result = validateDealMap(
      patched((f) => {
        f.stories = [
          {
            id: 'exclusivity',
            title: 'Azure exclusivity',
            params: { focus: 'openai', data: 'https://evil.example/x.json', embed: '1' },
          },
        ];
      }),
    );
    const story = loaded(result).stories[0];
    expect([...(story?.params ?? [])]).toEqual([['focus', 'openai']]);
    expect(problems(result)).toEqual([
      'stories[0].params.data: a story may not set "data"; it was ignored',
      'stories[0].params.embed: a story may not set "embed"; it was ignored',
    ]);
  });

  test('events are sorted by date and their links gated', () => {
    const result = validateDealMap(
      patched((f) => {
        f.events = [
          { date: '2026-06-12', label: 'IPO', url: 'https://example.com/ipo' },
          { date: '2025-10', label: 'Restructuring', url: 'javascript:1' },
        ];
      }),
    );
    expect(loaded(result).events).toEqual([
      { date: '2025-10', label: 'Restructuring' },
      { date: '2026-06-12', label: 'IPO', url: 'https://example.com/ipo' },
    ]);
  });

  test('layout positions must be finite pairs for known companies', () => {
    const result = validateDealMap(
      patched((f) => (f.layout = { openai: [1, 2], aws: [1, 'x'], ghost: [0, 0] })),
    );
    const map = loaded(result);
    expect([...map.layout.keys()]).toEqual(['openai']);
    expect(problems(result)).toContain(
      'layout.aws: should be a position [x, y] of two finite numbers; it was ignored',
    );
    expect(problems(result, 'notice')).toContainEqual(
      expect.stringMatching(/1 layout position names a company not in the file/),
    );
  });

  test('meta fields are checked one by one; a missing title falls back to the file name', () => {
    const result = validateDealMap(
      patched((f) => (f.meta = { updated: '2026-02-30', license: 'MIT' })),
      { file: 'market.json' },
    );
    const map = loaded(result);
    expect(map.meta).toEqual({ title: 'market', license: 'MIT' });
    expect(problems(result)).toContain(
      'meta.updated: is not a real calendar date: "2026-02-30"; it was ignored',
    );
  });
});
