/**
 * Every data file we ship must load through the app's own validator with no problem at all, every deal must
 * be sourced, and dates must lie between 2000-01-01 and the edition's `updated` date. The current edition
 * (data/ai-deals.json) must also pass the editorial checks; the published editions under data/v/ are frozen
 * and are not held to rules added after them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { startOf, endOf } from '../../src/lib/data/dates.ts';
import { editorialChecks, NON_NEWS_HOSTS, type EditorialRule } from '../../src/lib/data/editorial-checks.ts';
import { FORMAT_ID } from '../../src/lib/data/format.ts';
import { parseDealMapText } from '../../src/lib/data/parse.ts';
import { sourceCount, sourcesOf } from '../../src/lib/data/sources.ts';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

function dataFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return dataFiles(path);
    return name.endsWith('.json') && name !== 'schema.json' && name !== 'index.json' ? [path] : [];
  });
}

const files = dataFiles(dataDir);

test('the bundled dataset is among the data files', () => {
  expect(files.map((f) => relative(dataDir, f))).toContain('ai-deals.json');
});

describe.each(files.map((f) => [relative(dataDir, f), f]))('data/%s', (name, path) => {
  const text = readFileSync(path, 'utf8');
  const raw = JSON.parse(text) as { companies: unknown[]; deals: unknown[] };
  const result = parseDealMapText(text, name);

  test('loads with no problem (no dropped item, no unknown field)', () => {
    expect(result.issues.map((i) => `${i.severity} ${i.path}: ${i.message}`)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test('declares its format, title, edition and update date', () => {
    if (!result.ok) return;
    expect(result.value.format).toBe(FORMAT_ID);
    expect(JSON.parse(text).format).toBe(FORMAT_ID);
    expect(result.value.meta.title).not.toBe('');
    expect(result.value.meta.version).toBeTruthy();
    expect(result.value.meta.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('keeps every company and deal of the file (nothing dangling or duplicated)', () => {
    if (!result.ok) return;
    expect(result.value.companies).toHaveLength(raw.companies.length);
    expect(result.value.deals).toHaveLength(raw.deals.length);
  });

  test('every deal has at least one http(s) source', () => {
    if (!result.ok) return;
    const unsourced = result.value.deals.filter((d) => sourceCount(d) === 0).map((d) => d.id);
    expect(unsourced).toEqual([]);
    for (const deal of result.value.deals) {
      for (const source of sourcesOf(deal)) expect(source.url).toMatch(/^https?:\/\//);
    }
  });

  test('every deal is dated between 2000-01-01 and the update date, with a status', () => {
    if (!result.ok) return;
    const earliest = Date.UTC(2000, 0, 1);
    const latest = endOf(result.value.meta.updated) ?? 0;
    const outOfRange = result.value.deals
      .filter((d) => {
        const start = startOf(d.date);
        return start === undefined || start < earliest || start > latest;
      })
      .map((d) => `${d.id} (${d.date ?? 'no date'})`);
    expect(outOfRange).toEqual([]);
  });

  test('every company takes part in at least one deal', () => {
    if (!result.ok) return;
    const involved = new Set(result.value.deals.flatMap((d) => [d.from, d.to]));
    expect(result.value.companies.filter((c) => !involved.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});

describe('data/ai-deals.json passes the editorial checks (data/README.md, "Checks the data must pass")', () => {
  const result = parseDealMapText(readFileSync(join(dataDir, 'ai-deals.json'), 'utf8'), 'ai-deals.json');
  const violations = result.ok ? editorialChecks(result.value) : [];
  const rules: [EditorialRule, string][] = [
    [
      'unlinked-duplicate',
      'deals with the same parties, type and date are linked by overlaps or supersededBy',
    ],
    ['approximate-exact', 'no exact amount is worded as approximate'],
    ['stale-announced', 'an announced deal older than 18 months says in its notes why it is still open'],
    ['non-news-sources', 'no deal rests only on sites that are not news'],
  ];

  test.each(rules)('%s: %s', (rule) => {
    expect(result.ok).toBe(true);
    expect(violations.filter((v) => v.rule === rule).map((v) => v.message)).toEqual([]);
  });
});

test('data/README.md lists exactly the deny-list of non-news hosts', () => {
  const readme = readFileSync(join(dataDir, 'README.md'), 'utf8');
  const start = readme.indexOf('## Checks the data must pass');
  expect(start).toBeGreaterThan(-1);
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const listed = [...section.matchAll(/^\| `([a-z0-9.-]+)` +\|/gm)].map((m) => m[1]);
  expect(listed).toEqual([...NON_NEWS_HOSTS.keys()]);
});
