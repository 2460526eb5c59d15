/**
 * Stories: named views declared in the data file (`stories`), opened with `story=<id>`.
 *
 * A story's params are read through the same URL codec as the address. While a story is open, the parameters it
 * sets come from the story (the address leaves them out, so `?story=x` is the whole link); parameters it does not
 * set (the theme, a selection, often the date) stay the reader's own. Changing a parameter the story sets leaves
 * the story: the view is kept, written out in full, and the story's text goes away.
 */
import type { GraphModel } from '../graph/model.ts';
import { parseViewParams, serializedParam } from './url.ts';
import { DEFAULT_VIEW, type ParamName, type ViewParams } from './view-params.ts';

/** The view parameters a story sets, typed and checked like the address's. */
export function storyView(model: GraphModel, id: string | undefined): Partial<ViewParams> | undefined {
  const story = id === undefined ? undefined : model.map.stories.find((s) => s.id === id);
  if (!story) return undefined;
  const { params } = parseViewParams(new URLSearchParams([...story.params]).toString());
  const view: Partial<Record<ParamName, unknown>> = {};
  for (const key of story.params.keys()) {
    const name = key as ParamName;
    if (serializedParam(params, name) !== undefined) view[name] = params[name];
  }
  return view as Partial<ViewParams>;
}

/** The view with the open story's parameters applied (where the address leaves them at their default). */
export function withStory(params: ViewParams, model: GraphModel): ViewParams {
  const view = storyView(model, params.story);
  if (!view) return params;
  const next: Record<string, unknown> = { ...params };
  for (const [key, value] of Object.entries(view)) {
    if (serializedParam(params, key as ParamName) === undefined) next[key] = value;
  }
  return next as unknown as ViewParams;
}

/**
 * The view to write after a change: the story stays open unless the change alters a parameter it sets; while it
 * stays, the parameters it sets are left out of the address (the story brings them back).
 */
export function afterChange(current: ViewParams, next: ViewParams, model: GraphModel): ViewParams {
  const view = storyView(model, current.story);
  if (!view || next.story !== current.story) return next;
  const keys = Object.keys(view) as ParamName[];
  const left = keys.some((key) => serializedParam(current, key) !== serializedParam(next, key));
  if (left) return { ...next, story: undefined };
  const stripped: Record<string, unknown> = { ...next };
  for (const key of keys) stripped[key] = DEFAULT_VIEW[key];
  return stripped as unknown as ViewParams;
}

/** The view a story opens: the default view with the story, keeping how and where the map is shown. */
export function openStory(current: ViewParams, id: string): ViewParams {
  return {
    ...DEFAULT_VIEW,
    story: id,
    theme: current.theme,
    data: current.data,
    embed: current.embed,
    scroll: current.scroll,
    renderer: current.renderer,
  };
}
