import { describe, expect, test } from 'vitest';
import { frozenEdition } from '../data/test-fixtures.ts';
import { viewOf } from './test-fixtures.ts';
import { exportFileName, filterSummary, slugify, viewSlug } from './view-summary.ts';

const edition = frozenEdition();

describe('view summary and file names', () => {
  test('everything shown', () => {
    const { model, params } = viewOf(edition);
    expect(filterSummary(model, params)).toBe('all deals');
    expect(exportFileName(model, params, 'svg')).toBe('ai-deal-map-all-2026-11-26.svg');
  });

  test('filters in words and in the name', () => {
    const { model, params } = viewOf(edition, {
      focus: ['openai'],
      depth: 2,
      dir: 'out',
      types: ['compute'],
      from: '2025',
      min: 1e9,
    });
    expect(filterSummary(model, params)).toBe(
      'Focus: OpenAI (2 steps, money out) · Types: Compute / cloud · From 2025 · At least $1B',
    );
    expect(exportFileName(model, params, 'csv')).toBe(
      'ai-deal-map-openai-depth-2-money-out-compute-from-2025-min-1b-2026-11-26.csv',
    );
  });

  test('"none" lists are named', () => {
    const { model, params } = viewOf(edition, { types: [], status: [] });
    expect(filterSummary(model, params)).toBe('No deal types · No statuses');
    expect(viewSlug(params)).toBe('no-types-no-status');
  });

  test('long views are cut at a word, and odd text is slugified', () => {
    const { params } = viewOf(edition, {
      focus: ['openai', 'anthropic', 'microsoft', 'google', 'amazon', 'nvidia', 'oracle'],
    });
    const slug = viewSlug(params);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugify(' Ça va? <script> ')).toBe('ca-va-script');
  });

  test('the date comes from the data, never the clock', () => {
    const file = JSON.parse(JSON.stringify(edition)) as { meta: Record<string, unknown> };
    delete file.meta['updated'];
    delete file.meta['version'];
    const { model, params } = viewOf(file);
    expect(exportFileName(model, params, 'json')).toBe('ai-deal-map-all.json');
  });
});
