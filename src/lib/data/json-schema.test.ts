import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { buildJsonSchema } from './json-schema.ts';
import { minimalFile, patched } from './test-fixtures.ts';
import { validateDealMap } from './validate.ts';

const committed = JSON.parse(readFileSync(new URL('../../../data/schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const schemaAccepts = ajv.compile(committed);

/** Our validator "accepts" when the file loads with no warning or error (notices are fine). */
function validatorAccepts(file: unknown): boolean {
  const result = validateDealMap(file);
  return result.ok && result.issues.every((i) => i.severity === 'notice');
}

describe('data/schema.json', () => {
  test('is up to date with the validator (run `npm run schema` after changing schema.ts)', () => {
    expect(committed).toEqual(buildJsonSchema());
  });

  // Structural fixtures: the JSON Schema and the validator must agree on each.
  const fixtures: [string, unknown][] = [
    ['the minimal file', minimalFile()],
    [
      'a file with every optional part',
      patched((f) => {
        f.categories = [
          { id: 'lab', label: 'Lab', color: '#112233', colorDark: '#445566', description: 'Labs' },
        ];
        f.dealTypes = [
          { id: 'compute', label: 'Compute', color: '#112233', flow: 'money', dash: 'dashed' },
          { id: 'investment', label: 'Investment', color: '#223344', flow: 'money' },
        ];
        for (const c of f.companies) c.category = 'lab';
        f.companies[0].country = 'US';
        f.companies[0].founded = 2015;
        f.companies[0].formerIds = ['open-ai'];
        f.deals[0].endDate = '2032';
        f.deals[0].capacityGw = 1.5;
        f.deals[0].coParties = [{ name: 'Nvidia', role: 'supplier' }];
        f.deals[0].overlaps = ['microsoft-openai-2019-investment'];
        f.deals[0].sources[0].archiveUrl = 'https://web.archive.org/web/2025/https://example.com/';
        f.layout = { openai: [1.5, -2] };
        f.stories = [{ id: 's1', title: 'Story', text: 'Text', params: { focus: 'openai', depth: '2' } }];
        f.events = [{ date: '2025-01', label: 'Event', url: 'https://example.com/e' }];
      }),
    ],
    ['undisclosed amount', patched((f) => (f.deals[0].amount = { kind: 'undisclosed', currency: 'USD' }))],
    [
      'a deal with no date or sources (import style)',
      patched((f) => {
        delete f.deals[1].date;
        f.deals[1].sources = [];
      }),
    ],
    ['top level is a list', [minimalFile()]],
    ['no companies', patched((f) => delete f.companies)],
    ['empty companies', patched((f) => (f.companies = []))],
    ['no deals', patched((f) => delete f.deals)],
    ['deals is an object', patched((f) => (f.deals = {}))],
    ['wrong format id', patched((f) => (f.format = 'ai-deal-map/2'))],
    ['company id with capitals', patched((f) => (f.companies[3].id = 'MSFT'))],
    ['company without a name', patched((f) => delete f.companies[3].name)],
    ['founded as text', patched((f) => (f.companies[0].founded = '2015'))],
    ['three-letter country', patched((f) => (f.companies[0].country = 'USA'))],
    ['date with slashes', patched((f) => (f.deals[0].date = '2025/11/03'))],
    ['status not in the list', patched((f) => (f.deals[0].status = 'rumoured'))],
    ['missing status', patched((f) => delete f.deals[0].status)],
    ['negative amount', patched((f) => (f.deals[0].amount.value = -1))],
    ['amount over 10^15', patched((f) => (f.deals[0].amount.value = 2e15))],
    ['unknown amount kind', patched((f) => (f.deals[0].amount.kind = 'approx'))],
    ['lower-case currency', patched((f) => (f.deals[0].amount.currency = 'usd'))],
    ['sources as a string', patched((f) => (f.deals[0].sources = 'https://example.com'))],
    ['source without url', patched((f) => (f.deals[0].sources = [{ publisher: 'X' }]))],
    ['colour name instead of hex', patched((f) => (f.categories = [{ id: 'x', label: 'X', color: 'red' }]))],
    [
      'flow not money/none',
      patched((f) => (f.dealTypes = [{ id: 'x', label: 'X', color: '#000000', flow: 'yes' }])),
    ],
    ['layout position with text', patched((f) => (f.layout = { openai: [1, 'x'] }))],
    [
      'story params with a number',
      patched((f) => (f.stories = [{ id: 's', title: 'S', params: { depth: 2 } }])),
    ],
    ['event without label', patched((f) => (f.events = [{ date: '2025' }]))],
    ['zero term', patched((f) => (f.deals[0].termYears = 0))],
    ['null instead of an omitted field', patched((f) => (f.companies[0].founded = null))],
  ];

  test.each(fixtures)('agrees with the validator: %s', (_name, file) => {
    expect(schemaAccepts(file)).toBe(validatorAccepts(file));
  });

  test('the fixtures cover both verdicts', () => {
    const verdicts = new Set(fixtures.map(([, file]) => schemaAccepts(file)));
    expect(verdicts).toEqual(new Set([true, false]));
  });

  test('validator-only rules: the schema accepts what only cross-item checks reject', () => {
    const crossItem = [
      patched((f) => (f.deals[0].to = 'aws2')),
      patched((f) => (f.companies[1].id = 'openai')),
      patched((f) => (f.deals[0].endDate = '2020')),
      patched((f) => (f.deals[0].sources[0].url = 'javascript:alert(1)')),
      patched((f) => (f.deals[0].to = 'openai')),
      patched((f) => (f.deals[0].date = '2025-02-30')),
    ];
    for (const file of crossItem) {
      expect(validatorAccepts(file)).toBe(false);
    }
    // Impossible calendar dates pass the pattern; everything else here is a reference or a link rule.
    expect(crossItem.filter((file) => schemaAccepts(file))).toHaveLength(crossItem.length);
  });
});
