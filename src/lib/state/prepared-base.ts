/**
 * A big map's base style (style.ts), worked out in time slices while its layout starts, so that the map's first
 * frame is not one long task. The map uses it while it was made from the same model, visibility, theme and edge
 * titles; otherwise it styles the map itself, as always.
 */
import type { BaseInput, BaseStyle } from '../render/style.ts';

export type BaseKey = Required<Pick<BaseInput, 'model' | 'visibility' | 'theme' | 'edgeTitle'>>;

export interface PreparedBase extends BaseKey {
  readonly base: BaseStyle;
}

/** The prepared base style when it was made from these inputs (each the same object). */
export function preparedFor(prepared: PreparedBase | undefined, key: BaseKey): BaseStyle | undefined {
  if (!prepared) return undefined;
  const same =
    prepared.model === key.model &&
    prepared.visibility === key.visibility &&
    prepared.theme === key.theme &&
    prepared.edgeTitle === key.edgeTitle;
  return same ? prepared.base : undefined;
}
