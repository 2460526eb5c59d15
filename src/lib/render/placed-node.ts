/**
 * A company at its place (the placed style's nodes), stored small: a big map keeps 20,000 of them, made again for
 * every layout frame. It holds the placement it belongs to and its company index, and reads its position and heavy
 * side from the placement's arrays and its look with nothing highlighted from its base style's columns
 * (base-node.ts `RestingNodes`): 20 bytes instead of a copy of the base node with four more fields (about 110
 * bytes with its x and y boxed and its fields split in two blocks).
 * Highlights draw copies with a look of their own (`restyledNode`), plain objects like any other SceneNode.
 */
import type { Company } from '../data/format.ts';
import type { RestingNodes } from './base-node.ts';
import type { SceneNode } from './types.ts';

/** Where the companies of one placed style are: [x0, y0, x1, y1, …] by company index. */
export interface Placement {
  readonly positions: Float64Array;
  /** Direction of each company's heaviest edges, by company index (empty: none worked out, read as 0, 0). */
  readonly heavy: Float64Array;
  /** The companies' look with nothing highlighted. */
  readonly nodes: RestingNodes;
}

export class PlacedNode implements SceneNode {
  readonly #placement: Placement;
  /** Company index. */
  readonly index: number;

  constructor(placement: Placement, index: number) {
    this.#placement = placement;
    this.index = index;
  }

  get x(): number {
    return this.#placement.positions[2 * this.index] ?? 0;
  }
  get y(): number {
    return this.#placement.positions[2 * this.index + 1] ?? 0;
  }
  get heavyX(): number {
    return this.#placement.heavy[2 * this.index] ?? 0;
  }
  get heavyY(): number {
    return this.#placement.heavy[2 * this.index + 1] ?? 0;
  }
  get company(): Company {
    return this.#placement.nodes.companies[this.index] as Company;
  }
  get id(): string {
    return this.company.id;
  }
  get name(): string {
    return this.company.name;
  }
  get r(): number {
    return this.#placement.nodes.r(this.index);
  }
  get fill(): string {
    return this.#placement.nodes.fill(this.index);
  }
  get opacity(): number {
    return 1;
  }
  get focused(): boolean {
    return this.#placement.nodes.focused(this.index);
  }
  get selected(): boolean {
    return false;
  }
  get pinned(): boolean {
    return false;
  }
  get labelRank(): number {
    return this.#placement.nodes.labelRank(this.index);
  }
  get labelMust(): boolean {
    return this.#placement.nodes.labelMust(this.index);
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
