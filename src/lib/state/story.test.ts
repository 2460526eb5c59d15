import { describe, expect, test } from 'vitest';
import { patched } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel } from '../graph/model.ts';
import { afterChange, openStory, storyView, withStory } from './story.ts';
import { serializeViewParams } from './url.ts';
import { DEFAULT_VIEW, type ViewParams } from './view-params.ts';

const result = validateDealMap(
  patched((f) => {
    f.stories = [
      {
        id: 'openai-compute',
        title: 'OpenAI buys compute',
        text: 'From AWS.',
        params: { focus: 'openai', types: 'compute', view: 'table' },
        deals: ['openai-aws-2025-compute'],
      },
    ];
  }),
);
if (!result.ok) throw new Error('fixture should load');
const model = buildModel(result.value);
const open = (extra: Partial<ViewParams> = {}) =>
  withStory({ ...openStory({ ...DEFAULT_VIEW, theme: 'dark' }, 'openai-compute'), ...extra }, model);

describe('stories', () => {
  test('a story sets the parameters it declares, typed like the address', () => {
    expect(storyView(model, 'openai-compute')).toEqual({
      focus: ['openai'],
      types: ['compute'],
      view: 'table',
    });
    expect(storyView(model, 'nope')).toBeUndefined();
  });

  test('opening a story starts from the default view, keeps the theme, and the link is just story=', () => {
    const view = open();
    expect(view).toMatchObject({ focus: ['openai'], types: ['compute'], view: 'table', theme: 'dark' });
    expect(serializeViewParams(openStory(DEFAULT_VIEW, 'openai-compute'))).toBe('?story=openai-compute');
  });

  test('changing what the story does not set keeps it open, and the address stays short', () => {
    const current = open();
    const next = afterChange(current, { ...current, asof: '2025-12', select: 'openai' }, model);
    expect(next.story).toBe('openai-compute');
    expect(serializeViewParams(next)).toBe('?asof=2025-12&select=openai&story=openai-compute&theme=dark');
    expect(withStory(next, model)).toMatchObject({ focus: ['openai'], asof: '2025-12' });
  });

  test('changing what the story sets leaves it, keeping the view as shown', () => {
    const current = open();
    const next = afterChange(current, { ...current, types: undefined }, model);
    expect(next.story).toBeUndefined();
    expect(next).toMatchObject({ focus: ['openai'], types: undefined, view: 'table' });
  });
});
