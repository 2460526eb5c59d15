import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { frozenEdition, patched, type LooseFile } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel, type GraphModel } from '../graph/model.ts';
import { resolveViewParams } from './resolve-params.ts';
import { parseViewParams, serializeViewParams } from './url.ts';
import { DEFAULT_VIEW, type ViewParams } from './view-params.ts';

function fixtureModel(change: (f: LooseFile) => void = () => {}): GraphModel {
  const result = validateDealMap(
    patched((f) => {
      f.companies[0].formerIds = ['open-ai', 'a-openai'];
      f.stories = [{ id: 'azure-exclusivity', title: 'Azure exclusivity', params: { focus: 'microsoft' } }];
      change(f);
    }),
  );
  if (!result.ok) throw new Error('fixture should load');
  return buildModel(result.value);
}

function bundledModel(): GraphModel {
  const text = readFileSync(new URL('../../../data/ai-deals.json', import.meta.url), 'utf8');
  const result = validateDealMap(JSON.parse(text), { file: 'ai-deals.json' });
  if (!result.ok) throw new Error('the bundled data should load');
  return buildModel(result.value);
}

const model = fixtureModel();
const view = (patch: Partial<ViewParams>): ViewParams => ({ ...DEFAULT_VIEW, ...patch });
const resolve = (search: string, m: GraphModel = model) =>
  resolveViewParams(parseViewParams(search).params, m);

describe('resolveViewParams: companies', () => {
  test('known ids pass unchanged and silently', () => {
    expect(resolve('focus=openai,aws&select=microsoft&cycle=aws,microsoft,openai')).toEqual({
      params: view({ focus: ['aws', 'openai'], select: 'microsoft', cycle: ['aws', 'microsoft', 'openai'] }),
      notices: [],
    });
  });

  test('an unknown company is dropped with a suggestion', () => {
    expect(resolve('focus=aws2,openai')).toEqual({
      params: view({ focus: ['openai'] }),
      notices: [
        { param: 'focus', message: 'Unknown company "aws2" in focus was ignored (did you mean "aws"?)' },
      ],
    });
    expect(resolve('focus=zzzzzzzz').notices).toEqual([
      { param: 'focus', message: 'Unknown company "zzzzzzzz" in focus was ignored' },
    ]);
    expect(resolve('focus=zzzzzzzz').params.focus).toEqual([]);
  });

  test('prototype names are just unknown ids', () => {
    const r = resolve('focus=constructor,to-string&select=constructor');
    expect(r.params).toEqual(DEFAULT_VIEW);
    expect(r.notices.map((n) => n.param)).toEqual(['focus', 'focus', 'select']);
  });

  test('former ids become the current id silently, and merge with it', () => {
    expect(resolve('focus=open-ai')).toEqual({ params: view({ focus: ['openai'] }), notices: [] });
    expect(resolve('focus=open-ai,openai,a-openai')).toEqual({
      params: view({ focus: ['openai'] }),
      notices: [],
    });
    expect(resolve('select=open-ai')).toEqual({ params: view({ select: 'openai' }), notices: [] });
  });

  test('select may be a company or a deal', () => {
    expect(resolve('select=openai-aws-2025-compute')).toEqual({
      params: view({ select: 'openai-aws-2025-compute' }),
      notices: [],
    });
    expect(resolve('select=openai-aws-2025-computer')).toEqual({
      params: DEFAULT_VIEW,
      notices: [
        {
          param: 'select',
          message:
            'Unknown company or deal "openai-aws-2025-computer" in select was ignored (did you mean "openai-aws-2025-compute"?)',
        },
      ],
    });
  });

  test('many unknown companies: five notices with suggestions, then a count', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `nope${i}`).join(',');
    const r = resolve(`focus=${ids},aws`);
    expect(r.params.focus).toEqual(['aws']);
    expect(r.notices).toHaveLength(6);
    expect(r.notices[5]).toEqual({
      param: 'focus',
      message: '7 more unknown companies in focus were ignored.',
    });
  });
});

describe('resolveViewParams: cycle', () => {
  test('former ids are replaced and the cycle rotated again to its smallest id', () => {
    expect(resolve('cycle=a-openai,aws,microsoft')).toEqual({
      params: view({ cycle: ['aws', 'microsoft', 'openai'] }),
      notices: [],
    });
  });

  test('one unknown company drops the whole cycle', () => {
    expect(resolve('cycle=aws,microsoft,oracle')).toEqual({
      params: DEFAULT_VIEW,
      notices: [{ param: 'cycle', message: 'Unknown company "oracle" in cycle: the cycle was ignored' }],
    });
  });

  test('a company named twice, by its old and new id, drops the cycle', () => {
    const r = resolve('cycle=open-ai,openai');
    expect(r.params.cycle).toBeUndefined();
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]?.param).toBe('cycle');
  });
});

describe('resolveViewParams: types, categories, status', () => {
  test('known items pass; unknown ones are dropped with a suggestion', () => {
    expect(resolve('types=compute,chip&categories=hyperscaler,ai-labs&status=announced,rumoured')).toEqual({
      params: view({ types: ['compute'], categories: ['hyperscaler'], status: ['announced'] }),
      notices: [
        { param: 'types', message: 'Unknown deal type "chip" in types was ignored (did you mean "chips"?)' },
        {
          param: 'categories',
          message: 'Unknown category "ai-labs" in categories was ignored (did you mean "ai-lab"?)',
        },
        { param: 'status', message: 'Unknown status "rumoured" in status was ignored' },
      ],
    });
  });

  test('a list of only unknown items is dropped: all are shown', () => {
    const r = resolve('types=computer');
    expect(r.params.types).toBeUndefined();
    expect(r.notices).toEqual([
      {
        param: 'types',
        message: 'Unknown deal type "computer" in types was ignored (did you mean "compute"?)',
      },
      { param: 'types', message: 'No deal type in types is known, so all deal types are shown.' },
    ]);
  });

  test('an empty list stays "none"; an omitted one stays "all"', () => {
    expect(resolve('types=&categories=&status=')).toEqual({
      params: view({ types: [], categories: [], status: [] }),
      notices: [],
    });
    expect(resolve('').params).toEqual(DEFAULT_VIEW);
  });

  test('every status of the format is known', () => {
    expect(resolve('status=announced,completed,reported,terminated').notices).toEqual([]);
  });

  test('declared types and categories replace the defaults', () => {
    const custom = fixtureModel((f) => {
      f.dealTypes = [{ id: 'link', label: 'Link', color: '#000000', flow: 'none' }];
      f.categories = [{ id: 'other', label: 'Other', color: '#000000' }];
      for (const c of f.companies) c.category = 'other';
      for (const d of f.deals) d.type = 'link';
    });
    const r = resolve('types=link,compute&categories=other,ai-lab', custom);
    expect(r.params).toEqual(view({ types: ['link'], categories: ['other'] }));
    expect(r.notices.map((n) => n.param)).toEqual(['types', 'categories']);
  });
});

describe('resolveViewParams: story', () => {
  test('a declared story is kept; an unknown one is dropped', () => {
    expect(resolve('story=azure-exclusivity')).toEqual({
      params: view({ story: 'azure-exclusivity' }),
      notices: [],
    });
    expect(resolve('story=azure-exclusivty')).toEqual({
      params: DEFAULT_VIEW,
      notices: [
        {
          param: 'story',
          message:
            'Unknown story "azure-exclusivty" in story was ignored (did you mean "azure-exclusivity"?)',
        },
      ],
    });
  });
});

describe('resolveViewParams: properties', () => {
  test('other parameters are passed through untouched', () => {
    const search =
      'depth=2&dir=out&from=2020&to=2025&asof=2024-06&min=5&view=table&renderer=svg&embed=1&scroll=1&theme=dark&data=x.json';
    const parsed = parseViewParams(search).params;
    expect(resolveViewParams(parsed, model)).toEqual({ params: parsed, notices: [] });
  });

  test('resolving a resolved view changes nothing and says nothing', () => {
    const searches = [
      'focus=aws2,open-ai,microsoft&select=nope&cycle=a-openai,aws,microsoft&types=chip,compute&status=x',
      'types=computer&categories=&story=nope',
      'cycle=open-ai,openai&select=open-ai',
    ];
    for (const search of searches) {
      const once = resolve(search);
      expect(resolveViewParams(once.params, model)).toEqual({ params: once.params, notices: [] });
      // And the link written from it reads back to the same view.
      expect(parseViewParams(serializeViewParams(once.params)).params).toEqual(once.params);
    }
  });

  test('the input is not modified', () => {
    const params = parseViewParams('focus=open-ai,aws2&types=chip').params;
    const copy = structuredClone(params);
    resolveViewParams(params, model);
    expect(params).toEqual(copy);
  });
});

describe('resolveViewParams with the frozen 2026-11-26 edition', () => {
  const result = validateDealMap(frozenEdition(), { file: '2026-11-26.json' });
  if (!result.ok) throw new Error('the frozen edition should load');
  const edition = buildModel(result.value);

  test('the brief’s examples resolve; the edition declares no story', () => {
    const r = resolve(
      'focus=openai,anthropic&depth=2&dir=out&types=compute,chips&categories=ai-lab,hyperscaler' +
        '&from=2023&to=2025-11&asof=2025-11-03&min=1000000000&status=announced,completed' +
        '&select=openai-aws-2025-compute&cycle=nvidia,openai,oracle&view=table',
      edition,
    );
    expect(r).toEqual({
      params: view({
        focus: ['anthropic', 'openai'],
        depth: 2,
        dir: 'out',
        types: ['chips', 'compute'],
        categories: ['ai-lab', 'hyperscaler'],
        from: '2023',
        to: '2025-11',
        asof: '2025-11-03',
        min: 1e9,
        status: ['announced', 'completed'],
        select: 'openai-aws-2025-compute',
        cycle: ['nvidia', 'openai', 'oracle'],
        view: 'table',
      }),
      notices: [],
    });
    expect(resolve('story=azure-exclusivity', edition)).toEqual({
      params: DEFAULT_VIEW,
      notices: [{ param: 'story', message: 'Unknown story "azure-exclusivity" in story was ignored' }],
    });
  });

  test('typos get suggestions from the real ids', () => {
    const r = resolve('focus=antrhopic,open-ai,nvidai&select=coreweav&types=invesment', edition);
    expect(r.params).toEqual(view({ types: undefined }));
    expect(r.notices).toEqual([
      {
        param: 'focus',
        message: 'Unknown company "antrhopic" in focus was ignored (did you mean "anthropic"?)',
      },
      { param: 'focus', message: 'Unknown company "nvidai" in focus was ignored (did you mean "nvidia"?)' },
      { param: 'focus', message: 'Unknown company "open-ai" in focus was ignored (did you mean "openai"?)' },
      {
        param: 'select',
        message: 'Unknown company or deal "coreweav" in select was ignored (did you mean "coreweave"?)',
      },
      {
        param: 'types',
        message: 'Unknown deal type "invesment" in types was ignored (did you mean "investment"?)',
      },
      { param: 'types', message: 'No deal type in types is known, so all deal types are shown.' },
    ]);
  });
});

describe('resolveViewParams with the bundled data', () => {
  const bundled = bundledModel();

  test('every company and deal id of the bundled data resolves to itself', () => {
    const companies = bundled.companies.map((c) => c.id);
    const r = resolveViewParams(view({ focus: companies }), bundled);
    expect(r).toEqual({ params: view({ focus: [...companies].sort() }), notices: [] });
    for (const record of bundled.deals) {
      expect(resolveViewParams(view({ select: record.deal.id }), bundled).notices).toEqual([]);
    }
  });

  test('every deal type and category of the bundled data is known', () => {
    const types = [...bundled.dealTypes.keys()];
    const categories = [...bundled.categories.keys()];
    const r = resolveViewParams(view({ types, categories }), bundled);
    expect(r.notices).toEqual([]);
  });
});
