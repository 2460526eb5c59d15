/**
 * Published embeds pin a data edition (`data=data/v/<version>.json`), so every published version stays, the
 * current edition is published, and data/v/index.json lists them all. Run `npm run data:version` after a new
 * edition.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseDealMapText } from '../../src/lib/data/parse.ts';
import { buildModel } from '../../src/lib/graph/model.ts';
import { isComplete, positionsFromMap } from '../../src/lib/layout/positions.ts';

const dir = new URL('../../data/v/', import.meta.url);
const current = JSON.parse(readFileSync(new URL('../../data/ai-deals.json', import.meta.url), 'utf8')) as {
  meta: { version: string };
};
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json');
const index = JSON.parse(readFileSync(new URL('index.json', dir), 'utf8')) as {
  versions: { version: string; file: string }[];
};

test('the current edition is published, byte for byte', () => {
  const published = readFileSync(new URL(`${current.meta.version}.json`, dir), 'utf8');
  expect(published).toBe(readFileSync(new URL('../../data/ai-deals.json', import.meta.url), 'utf8'));
});

/**
 * Published editions are frozen: articles embed them, and code tests read 2026-11-26 as their realistic fixture
 * (`frozenEdition()` in src/lib/data/test-fixtures.ts). A correction goes into a new edition, never into these.
 */
const FROZEN: Record<string, string> = {
  '2026-11-26.json': '2976e63d23e6fb2f1036593d2e09e218bce6c388bf57a5da8b957d9fbc6769aa',
};

test.each(Object.entries(FROZEN))('data/v/%s stays byte for byte as published (SHA-256)', (file, sha256) => {
  const bytes = readFileSync(new URL(file, dir));
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
  expect(index.versions.map((v) => v.file)).toContain(file);
});

test('the index lists exactly the published versions', () => {
  expect(index.versions.map((v) => v.file).sort()).toEqual(files.sort());
  for (const entry of index.versions) expect(entry.file).toBe(`${entry.version}.json`);
});

test.each(files)('data/v/%s loads cleanly with a frozen position for every company', (file) => {
  const result = parseDealMapText(readFileSync(new URL(file, dir), 'utf8'), file);
  expect(result.issues).toEqual([]);
  if (!result.ok) return;
  expect(isComplete(positionsFromMap(buildModel(result.value), result.value.layout))).toBe(true);
});
