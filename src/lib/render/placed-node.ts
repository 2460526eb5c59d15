/**
 * A company at its place (the placed style's nodes), stored small: a big map keeps 20,000 of them, made again for
 * every layout frame. It holds its base node (the look with nothing highlighted) and the placement it belongs
 * to, and reads its position and heavy side from the placement's arrays: 20 bytes instead of a copy of the base
 * node with four more fields (about 110 bytes with its x and y boxed and its fields split in two blocks).
 * Highlights draw copies with a look of their own (`restyledNode`), plain objects like any other SceneNode.
 */
import type { BaseNode } from './base-node.ts';
import type { SceneNode } from './types.ts';

/** Where the companies of one placed style are: [x0, y0, x1, y1, …] by company index. */
export interface Placement {
  readonly positions: Float64Array;
  /** Direction of each company's heaviest edges, by company index (empty: none worked out, read as 0, 0). */
  readonly heavy: Float64Array;
}

export class PlacedNode implements SceneNode {
  constructor(
    readonly base: BaseNode,
    readonly placement: Placement,
  ) {}

  get x(): number {
    return this.placement.positions[2 * this.base.index] ?? 0;
  }
  get y(): number {
    return this.placement.positions[2 * this.base.index + 1] ?? 0;
  }
  get heavyX(): number {
    return this.placement.heavy[2 * this.base.index] ?? 0;
  }
  get heavyY(): number {
    return this.placement.heavy[2 * this.base.index + 1] ?? 0;
  }
  get index(): number {
    return this.base.index;
  }
  get id(): string {
    return this.base.id;
  }
  get name(): string {
    return this.base.name;
  }
  get r(): number {
    return this.base.r;
  }
  get fill(): string {
    return this.base.fill;
  }
  get opacity(): number {
    return this.base.opacity;
  }
  get focused(): boolean {
    return this.base.focused;
  }
  get selected(): boolean {
    return this.base.selected;
  }
  get pinned(): boolean {
    return this.base.pinned;
  }
  get labelRank(): number {
    return this.base.labelRank;
  }
  get labelMust(): boolean {
    return this.base.labelMust;
  }
}

/** A copy of a company as a plain SceneNode (every field its own) with the look a highlight gives it. */
export function restyledNode(
  node: SceneNode,
  look: Pick<SceneNode, 'opacity' | 'selected' | 'pinned' | 'labelRank' | 'labelMust'>,
): SceneNode {
  return {
    index: node.index,
    id: node.id,
    name: node.name,
    x: node.x,
    y: node.y,
    r: node.r,
    fill: node.fill,
    opacity: look.opacity,
    focused: node.focused,
    selected: look.selected,
    pinned: look.pinned,
    labelRank: look.labelRank,
    labelMust: look.labelMust,
    heavyX: node.heavyX,
    heavyY: node.heavyY,
  };
}
