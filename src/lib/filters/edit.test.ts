import { describe, expect, test } from 'vitest';
import {
  addFocus,
  filtersKey,
  focusOnly,
  isDefaultFilters,
  isOn,
  isReversedRange,
  normalizeMembers,
  parseDateInput,
  removeFocus,
  toggleMember,
} from './edit.ts';
import { NO_FILTERS, type FilterState } from './types.ts';

const ALL = ['chips', 'compute', 'investment'];

describe('set-valued toggles', () => {
  test('from all: turning one off lists the others, sorted', () => {
    expect(toggleMember(ALL, undefined, 'compute', false)).toEqual(['chips', 'investment']);
  });
  test('turning the last one back on gives undefined (all)', () => {
    expect(toggleMember(ALL, ['chips', 'investment'], 'compute', true)).toBeUndefined();
  });
  test('turning everything off gives [] (none)', () => {
    expect(toggleMember(ALL, ['chips'], 'chips', false)).toEqual([]);
  });
  test('unknown members are dropped, duplicates collapsed', () => {
    expect(normalizeMembers(ALL, ['x', 'chips', 'chips'])).toEqual(['chips']);
    expect(normalizeMembers(ALL, ['investment', 'chips', 'compute', 'x'])).toBeUndefined();
    expect(normalizeMembers(ALL, undefined)).toBeUndefined();
  });
  test('isOn', () => {
    expect(isOn(undefined, 'chips')).toBe(true);
    expect(isOn([], 'chips')).toBe(false);
    expect(isOn(['chips'], 'chips')).toBe(true);
  });
});

describe('focus edits', () => {
  test('search replaces; add appends once; remove', () => {
    const f = { ...NO_FILTERS, focus: ['openai', 'oracle'] };
    expect(focusOnly(f, 'nvidia').focus).toEqual(['nvidia']);
    expect(addFocus(f, 'nvidia').focus).toEqual(['openai', 'oracle', 'nvidia']);
    expect(addFocus(f, 'openai')).toBe(f);
    expect(removeFocus(f, 'openai').focus).toEqual(['oracle']);
  });
});

describe('isDefaultFilters', () => {
  test('the default view and each departure from it', () => {
    expect(isDefaultFilters(NO_FILTERS)).toBe(true);
    expect(isDefaultFilters({ ...NO_FILTERS, focus: [] })).toBe(true);
    expect(isDefaultFilters({ ...NO_FILTERS, focus: ['openai'] })).toBe(false);
    expect(isDefaultFilters({ ...NO_FILTERS, depth: 2 })).toBe(false);
    expect(isDefaultFilters({ ...NO_FILTERS, dir: 'out' })).toBe(false);
    expect(isDefaultFilters({ ...NO_FILTERS, types: [] })).toBe(false);
    expect(isDefaultFilters({ ...NO_FILTERS, status: ['completed'] })).toBe(false);
    expect(isDefaultFilters({ ...NO_FILTERS, from: '2024' })).toBe(false);
    expect(isDefaultFilters({ ...NO_FILTERS, asof: '2025-01' })).toBe(false);
    expect(isDefaultFilters({ ...NO_FILTERS, min: 1e9 })).toBe(false);
  });
});

describe('parseDateInput', () => {
  test('empty is no bound', () => {
    expect(parseDateInput('')).toEqual({ ok: true, value: undefined });
    expect(parseDateInput('  ')).toEqual({ ok: true, value: undefined });
  });
  test('canonical forms pass through', () => {
    expect(parseDateInput('2024')).toEqual({ ok: true, value: '2024' });
    expect(parseDateInput('2024-06')).toEqual({ ok: true, value: '2024-06' });
    expect(parseDateInput(' 2024-06-30 ')).toEqual({ ok: true, value: '2024-06-30' });
  });
  test('other separators and one-digit parts are normalised', () => {
    expect(parseDateInput('2024.6')).toEqual({ ok: true, value: '2024-06' });
    expect(parseDateInput('2024/6/3')).toEqual({ ok: true, value: '2024-06-03' });
    expect(parseDateInput('2024 11')).toEqual({ ok: true, value: '2024-11' });
    expect(parseDateInput('2024,11')).toEqual({ ok: true, value: '2024-11' });
  });
  test('incomplete or impossible dates are errors', () => {
    for (const bad of [
      '202',
      '2024-',
      '2024-13',
      '2023-02-29',
      '24-06',
      'June 2024',
      '2024-06-30T00',
      '0999',
    ]) {
      expect(parseDateInput(bad).ok, bad).toBe(false);
    }
    expect(parseDateInput('2024-02-29').ok).toBe(true);
  });
});

describe('isReversedRange', () => {
  test('compares the start of from with the end of to', () => {
    expect(isReversedRange('2025', '2024-12')).toBe(true);
    expect(isReversedRange('2024-12', '2024')).toBe(false);
    expect(isReversedRange('2024', '2024')).toBe(false);
    expect(isReversedRange(undefined, '2024')).toBe(false);
    expect(isReversedRange('2024-06-02', '2024-06-01')).toBe(true);
  });
});

describe('filtersKey', () => {
  test('is the same for the same filters, whatever else the view holds, and differs when any filter does', () => {
    const view = { ...NO_FILTERS, select: 'openai', view: 'table', theme: 'dark' };
    expect(filtersKey(view)).toBe(filtersKey(NO_FILTERS));
    expect(filtersKey({ ...NO_FILTERS, types: [...['investment']] })).toBe(
      filtersKey({ ...NO_FILTERS, types: ['investment'] }),
    );
    const changed: FilterState[] = [
      { ...NO_FILTERS, focus: ['openai'] },
      { ...NO_FILTERS, depth: 2 },
      { ...NO_FILTERS, dir: 'out' },
      { ...NO_FILTERS, types: [] },
      { ...NO_FILTERS, types: ['chips'] },
      { ...NO_FILTERS, categories: ['lab'] },
      { ...NO_FILTERS, status: ['completed'] },
      { ...NO_FILTERS, from: '2024' },
      { ...NO_FILTERS, to: '2024' },
      { ...NO_FILTERS, asof: '2024' },
      { ...NO_FILTERS, min: 1e9 },
    ];
    const keys = new Set([filtersKey(NO_FILTERS), ...changed.map(filtersKey)]);
    expect(keys.size).toBe(changed.length + 1);
  });
});
