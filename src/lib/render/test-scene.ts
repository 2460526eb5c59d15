/** Hand-made scene parts for render tests. */
import type { SceneEdge, SceneNode } from './types.ts';

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

/** A plain deal from company `from` to `to`: blue, 4 px, with an arrowhead, straight. */
export function sceneEdge(
  index: number,
  from: number,
  to: number,
  extra: Partial<SceneEdge> = {},
): SceneEdge {
  return {
    index,
    id: `d${index}`,
    from,
    to,
    offset: 0,
    gap: 3,
    color: '#0000ff',
    dash: undefined,
    width: 4,
    opacity: 0.85,
    unconfirmed: false,
    ended: false,
    selected: false,
    emphasised: false,
    arrow: true,
    title: '',
    ...extra,
  };
}
