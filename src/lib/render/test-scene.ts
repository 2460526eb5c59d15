/** Hand-made scene parts for render tests. */
import type { SceneNode } from './types.ts';

/** A plain company circle at (x, y): radius 10, unstyled, labelled in index order. */
export function sceneNode(index: number, x: number, y: number, extra: Partial<SceneNode> = {}): SceneNode {
  return {
    index,
    id: `n${index}`,
    name: `Company ${index}`,
    x,
    y,
    r: 10,
    fill: '#ff0000',
    opacity: 1,
    focused: false,
    selected: false,
    pinned: false,
    labelRank: index,
    labelMust: false,
    heavyX: 0,
    heavyY: 0,
    ...extra,
  };
}
