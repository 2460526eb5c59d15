import { expect, test } from 'vitest';
import { frozenEdition } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel } from '../graph/model.ts';
import { describeView, viewTitle } from './describe-view.ts';
import { DEFAULT_VIEW } from './view-params.ts';

const result = validateDealMap(frozenEdition());
if (!result.ok) throw new Error('the frozen edition should load');
const model = buildModel(result.value);

test('the default view needs no description', () => {
  expect(describeView(model, DEFAULT_VIEW)).toEqual([]);
  expect(viewTitle(model, DEFAULT_VIEW)).toBe('AI Deal Map');
});

test('focus, types, dates and minimum are described with names and labels', () => {
  const parts = describeView(model, {
    ...DEFAULT_VIEW,
    focus: ['openai', 'anthropic'],
    depth: 2,
    dir: 'out',
    types: ['compute'],
    from: '2025',
    to: '2025-11',
    min: 1e9,
  });
  expect(parts).toEqual([
    'Focus: OpenAI, Anthropic (2 steps, money out)',
    'Types: Compute / cloud',
    '2025 – Nov 2025',
    'At least $1B',
  ]);
});

test('empty lists say "none"', () => {
  expect(describeView(model, { ...DEFAULT_VIEW, types: [] })).toEqual(['No deal types']);
});
