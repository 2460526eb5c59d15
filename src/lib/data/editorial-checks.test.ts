import { describe, expect, test } from 'vitest';
import { editorialChecks, monthsBefore, NON_NEWS_HOSTS, nonNewsHost } from './editorial-checks.ts';
import { patched, type LooseFile } from './test-fixtures.ts';
import { validateDealMap } from './validate.ts';

/** The editorial problems of the minimal fixture with `change` applied (it must still load cleanly). */
function problems(change: (f: LooseFile) => void = () => {}) {
  const result = validateDealMap(patched(change));
  expect(result.issues.filter((i) => i.severity !== 'notice')).toEqual([]);
  if (!result.ok) throw new Error('fixture should load');
  return editorialChecks(result.value).map((v) => `${v.dealId} ${v.rule}: ${v.message}`);
}

/** A copy of the fixture's first deal (OpenAI → AWS, compute, 2025-11-03) under another id, unlinked. */
function twin(f: LooseFile, id: string, extra: LooseFile = {}): LooseFile {
  const {
    overlaps: _overlaps,
    supersededBy: _supersededBy,
    ...deal
  } = structuredClone(f.deals[0]) as LooseFile;
  return { ...deal, id, ...extra };
}

test('the minimal fixture passes every check', () => {
  expect(problems()).toEqual([]);
});

describe('(a) same parties, type and date must be linked', () => {
  test('an unlinked twin fails, naming both deals', () => {
    const found = problems((f) => f.deals.push(twin(f, 'openai-aws-2025-compute-again')));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^openai-aws-2025-compute-again unlinked-duplicate: /);
    expect(found[0]).toContain('as openai-aws-2025-compute,');
  });

  test('overlaps either way, or supersededBy either way, link them', () => {
    expect(problems((f) => f.deals.push(twin(f, 'b', { overlaps: ['openai-aws-2025-compute'] })))).toEqual(
      [],
    );
    expect(
      problems((f) => {
        f.deals[0].overlaps = ['b'];
        f.deals.push(twin(f, 'b'));
      }),
    ).toEqual([]);
    expect(problems((f) => f.deals.push(twin(f, 'b', { supersededBy: 'openai-aws-2025-compute' })))).toEqual(
      [],
    );
    expect(
      problems((f) => {
        f.deals[0].supersededBy = 'b';
        f.deals.push(twin(f, 'b'));
      }),
    ).toEqual([]);
  });

  test('another date, type or direction is a different deal', () => {
    expect(problems((f) => f.deals.push(twin(f, 'b', { date: '2025-11-04' })))).toEqual([]);
    expect(problems((f) => f.deals.push(twin(f, 'b', { date: '2025-11' })))).toEqual([]);
    expect(problems((f) => f.deals.push(twin(f, 'b', { type: 'investment' })))).toEqual([]);
    expect(problems((f) => f.deals.push(twin(f, 'b', { from: 'aws', to: 'openai' })))).toEqual([]);
  });

  test('three unlinked copies give one failure per pair', () => {
    const found = problems((f) => f.deals.push(twin(f, 'b'), twin(f, 'c')));
    expect(found.map((p) => p.split(':')[0])).toEqual([
      'b unlinked-duplicate',
      'c unlinked-duplicate',
      'c unlinked-duplicate',
    ]);
  });
});

describe('(b) an exact amount is not approximate', () => {
  const withText = (text: string, kind = 'exact') =>
    problems((f) => (f.deals[0].amount = { value: 38e9, kind, text }));

  test.each([
    'about $38 billion',
    '~$38B',
    'roughly $38B',
    'Approximately $38 billion',
    'around $38B',
    'up to $38B',
  ])('"%s" fails when the kind is exact', (text) => {
    const found = withText(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^openai-aws-2025-compute approximate-exact: .*"exact"/);
  });

  test('the same texts pass with an honest kind', () => {
    expect(withText('about $38 billion', 'estimated')).toEqual([]);
    expect(withText('up to $38B', 'upTo')).toEqual([]);
  });

  test('a qualifier after the figure is about something else and passes', () => {
    expect(withText('$38 billion at ~$500 billion valuation (~4%)')).toEqual([]);
    expect(withText('EUR 1.3 billion (~$1.5B)')).toEqual([]);
    expect(withText('$30 billion, plus up to 1 GW more')).toEqual([]);
  });

  test('words that merely contain a qualifier pass', () => {
    expect(withText('Roundabout $38 billion')).toEqual([]);
    expect(withText('$38 billion')).toEqual([]);
  });
});

describe('(c) an old announced deal says why it is still open', () => {
  // The fixture's edition is 2026-11-26: 18 months before is 2025-05-26.
  const announced = (date: string, notes?: string) =>
    problems((f) => {
      f.deals[0].date = date;
      f.deals[0].sources[0].date = undefined;
      if (notes !== undefined) f.deals[0].notes = notes;
    });

  test('older than 18 months with no such note fails', () => {
    const found = announced('2025-05-25');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^openai-aws-2025-compute stale-announced: .*2025-05-25/);
    expect(announced('2025-04', 'A big contract.')).toHaveLength(1);
    expect(announced('2024')).toHaveLength(1);
  });

  test('18 months or newer passes', () => {
    expect(announced('2025-05-26')).toEqual([]);
    expect(announced('2025-06')).toEqual([]);
  });

  test.each(['Still open: the regulator has not ruled.', 'Closing is PENDING approval.', 'Not yet closed.'])(
    'a note that says why passes: "%s"',
    (notes) => {
      expect(announced('2024-01-01', notes)).toEqual([]);
    },
  );

  test('other statuses pass', () => {
    expect(
      problems((f) => {
        f.deals[0].date = '2023-01-01';
        f.deals[0].status = 'completed';
      }),
    ).toEqual([]);
  });

  test('months are counted on the calendar, clamped to the month end', () => {
    expect(monthsBefore('2026-11-26', 18)).toBe(Date.UTC(2025, 4, 26));
    expect(monthsBefore('2026-08-31', 18)).toBe(Date.UTC(2025, 1, 28));
    expect(monthsBefore('not a date', 18)).toBeUndefined();
  });
});

describe('(d) a deal does not rest on non-news sites alone', () => {
  const sourced = (...urls: string[]) => problems((f) => (f.deals[0].sources = urls.map((url) => ({ url }))));

  test('only deny-listed hosts fail, naming them', () => {
    const found = sourced('https://mailinator.pl/viewer.php?id=1', 'https://www.pastebin.com/abc');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^openai-aws-2025-compute non-news-sources: .*mailinator\.pl, pastebin\.com/);
    expect(sourced('https://some-clone.vercel.app/item/1')).toHaveLength(1);
  });

  test('one news or primary source is enough', () => {
    expect(sourced('https://mailinator.pl/viewer.php?id=1', 'https://www.reuters.com/x')).toEqual([]);
    expect(sourced('https://www.reuters.com/x')).toEqual([]);
  });

  test('hosts match themselves and their subdomains only', () => {
    expect(nonNewsHost('https://www.mailinator.pl/x')).toBe('mailinator.pl');
    expect(nonNewsHost('https://MAILINATOR.COM./x')).toBe('mailinator.com');
    expect(nonNewsHost('https://notmailinator.com/x')).toBeUndefined();
    expect(nonNewsHost('https://mailinator.com.example.org/x')).toBeUndefined();
    expect(nonNewsHost('not a url')).toBeUndefined();
  });

  test('the deny-list holds bare lower-case host names', () => {
    for (const host of NON_NEWS_HOSTS.keys()) expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });
});

test('several problems come out in the order of the deals, each naming its deal and rule', () => {
  const found = problems((f) => {
    f.deals[1].date = '2019-07-22';
    f.deals[1].status = 'announced';
    f.deals[0].amount.text = '~$38B';
  });
  expect(found.map((p) => p.split(':')[0])).toEqual([
    'openai-aws-2025-compute approximate-exact',
    'microsoft-openai-2019-investment stale-announced',
  ]);
});
