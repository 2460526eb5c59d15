/**
 * A link as drawn with nothing highlighted (the base style's edges), stored small: a big map keeps 60,000 of
 * them for its life. What follows from the deal (its id, index, whether it is confirmed) is read from its model
 * record (its ends too, unless a unit's deal is drawn from its parent), and what edges of one kind share
 * (colour, dash, arrowhead, opacity) from one `EdgeLook`; an edge holds only its record, width and look, and
 * its fan offset when it has one (most pairs have one deal, drawn straight: FannedEdge): 24 bytes instead of 72
 * plus a box for its width.
 * Highlights draw copies with a look of their own (`restyledEdge`), plain objects like any other SceneEdge.
 */
import type { DealRecord } from '../graph/model.ts';
import type { SceneEdge } from './types.ts';

/** What every edge of one deal type, arrowhead, confirmation and end state looks like in one theme. */
export interface EdgeLook {
  readonly color: string;
  readonly dash: string | undefined;
  /** Gap before the target circle, in screen pixels (room for the arrowhead). */
  readonly gap: number;
  readonly arrow: boolean;
  readonly ended: boolean;
  readonly opacity: number;
}

export class BaseEdge implements SceneEdge {
  readonly record: DealRecord;
  /**
   * Starts as null, so that the field holds any value as it is: a width read from the base style's pool of
   * widths is then that one number, shared by every edge of that width, not a box of its own per edge.
   */
  readonly width: number = null as unknown as number;
  readonly look: EdgeLook;
  declare title?: string | undefined;

  constructor(record: DealRecord, width: number, look: EdgeLook) {
    this.record = record;
    this.width = width;
    this.look = look;
  }

  /** Drawn straight: the only deal of its pair, or the middle one of an odd fan. */
  get offset(): number {
    return 0;
  }

  /** Company indices at the two ends: the deal's (a unit's deal drawn from its parent keeps its own, MergedEdge). */
  get from(): number {
    return this.record.from;
  }
  get to(): number {
    return this.record.to;
  }

  get index(): number {
    return this.record.index;
  }
  get id(): string {
    return this.record.deal.id;
  }
  get unconfirmed(): boolean {
    return this.record.unconfirmed;
  }
  get color(): string {
    return this.look.color;
  }
  get dash(): string | undefined {
    return this.look.dash;
  }
  get gap(): number {
    return this.look.gap;
  }
  get arrow(): boolean {
    return this.look.arrow;
  }
  get ended(): boolean {
    return this.look.ended;
  }
  get opacity(): number {
    return this.look.opacity;
  }
  get selected(): boolean {
    return false;
  }
  get emphasised(): boolean {
    return false;
  }
}

/** A base edge bent out of line: one of a fan of deals between one pair. */
export class FannedEdge extends BaseEdge {
  readonly #offset: number;

  constructor(record: DealRecord, offset: number, width: number, look: EdgeLook) {
    super(record, width, look);
    this.#offset = offset;
  }

  override get offset(): number {
    return this.#offset;
  }
}

/** A base edge drawn between other companies than its deal's: a unit's deal drawn from or to its parent. */
export class MergedEdge extends FannedEdge {
  readonly #from: number;
  readonly #to: number;

  constructor(record: DealRecord, from: number, to: number, offset: number, width: number, look: EdgeLook) {
    super(record, offset, width, look);
    this.#from = from;
    this.#to = to;
  }

  override get from(): number {
    return this.#from;
  }
  override get to(): number {
    return this.#to;
  }
}

/** A copy of an edge as a plain SceneEdge (every field its own) with another opacity, selection and emphasis. */
export function restyledEdge(
  edge: SceneEdge,
  opacity: number,
  selected: boolean,
  emphasised: boolean,
): SceneEdge {
  return {
    index: edge.index,
    id: edge.id,
    from: edge.from,
    to: edge.to,
    offset: edge.offset,
    gap: edge.gap,
    color: edge.color,
    dash: edge.dash,
    width: edge.width,
    opacity,
    unconfirmed: edge.unconfirmed,
    ended: edge.ended,
    selected,
    emphasised,
    arrow: edge.arrow,
    title: edge.title,
    aggregate: edge.aggregate,
  };
}

/** The looks of one base style: one object per deal type and combination of arrowhead, confirmation and end. */
export class EdgeLooks {
  readonly #looks = new Map<object, (EdgeLook | undefined)[]>();

  /** The look kept for this combination, if one is. */
  get(type: object, arrow: boolean, unconfirmed: boolean, ended: boolean): EdgeLook | undefined {
    return this.#looks.get(type)?.[EdgeLooks.#at(arrow, unconfirmed, ended)];
  }

  /** Keeps `look` for its combination, and returns it. */
  add(type: object, look: EdgeLook & { readonly unconfirmed: boolean }): EdgeLook {
    let looks = this.#looks.get(type);
    if (!looks) this.#looks.set(type, (looks = []));
    looks[EdgeLooks.#at(look.arrow, look.unconfirmed, look.ended)] = look;
    return look;
  }

  static #at(arrow: boolean, unconfirmed: boolean, ended: boolean): number {
    return Number(arrow) + 2 * Number(unconfirmed) + 4 * Number(ended);
  }
}
