/**
 * Links as drawn with nothing highlighted (the base style's edges), stored small: a big map keeps 60,000 of them
 * for its life. What follows from the deal (its id, index, ends, whether it is confirmed) is read from its model
 * record; its width, look (colour, dash, arrowhead, opacity: what edges of one kind share, `EdgeLook`), fan offset
 * and, for a unit's deal drawn from or to its parent, the companies it is drawn between are kept in its base
 * style's columns (`BaseEdges`), by deal index, each value listed once. An edge holds that table and its deal
 * index: 20 bytes instead of 24 to 36.
 * Highlights draw copies with a look of their own (`restyledEdge`), plain objects like any other SceneEdge.
 */
import { narrowed, Pool, type Column } from '../data/pool.ts';
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

/** The columns of one base style's edges, filled as its edges are added; narrowed by `done()`. */
export class BaseEdges {
  readonly records: readonly DealRecord[];
  /** Widths listed once while edges are added; then kept as a typed list (`#widths`) and dropped. */
  #widthPool: Pool<number> | undefined = new Pool<number>();
  #widths: ArrayLike<number>;
  readonly #looks = new Pool<EdgeLook>();
  readonly #offsets = new Pool<number>();
  /** Places in the pools above, by deal index. */
  #width: Column;
  #look: Column;
  #offset: Column;
  /** Companies drawn between, by deal index (2i, 2i + 1), where a unit's deal is drawn from its parent; else -1. */
  #ends: Int32Array | undefined;

  /** `records`: the model's deal records, which the edges are added from. */
  constructor(records: readonly DealRecord[]) {
    this.records = records;
    this.#widths = this.#widthPool?.values ?? [];
    this.#width = new Uint32Array(records.length);
    this.#look = new Uint32Array(records.length);
    this.#offset = new Uint32Array(records.length);
  }

  /**
   * These edges (once done) in other looks: `edges`, which are these table's, as new edges of a table that
   * shares every column but the looks; each look is replaced by `relook(look, record)`, asked once per look with
   * a deal that has it (another theme's colours). In the same order, with the same titles.
   */
  relooked(
    edges: readonly SceneEdge[],
    relook: (look: EdgeLook, record: DealRecord) => EdgeLook,
  ): SceneEdge[] {
    const copy = new BaseEdges(this.records);
    copy.#widthPool = undefined;
    copy.#widths = this.#widths;
    copy.#width = this.#width;
    copy.#look = this.#look;
    copy.#offset = this.#offset;
    copy.#ends = this.#ends;
    for (const v of this.#offsets.values) copy.#offsets.placeOf(v);
    copy.#offsets.seal();
    const looks: (EdgeLook | undefined)[] = new Array(this.#looks.values.length);
    for (const edge of edges) {
      const place = this.#look[edge.index] as number;
      looks[place] ??= relook(this.#looks.values[place] as EdgeLook, this.records[edge.index] as DealRecord);
    }
    // Looks no edge shown has keep their place (nothing draws them).
    looks.forEach((look, place) => copy.#looks.placeOf(look ?? (this.#looks.values[place] as EdgeLook)));
    copy.#looks.seal();
    return edges.map((edge) => {
      const again = new BaseEdge(copy, edge.index);
      if (edge.title !== undefined) again.title = edge.title;
      return again;
    });
  }

  /** An edge of `record`'s deal, drawn between `from` and `to` (which may be a unit's parent). */
  add(record: DealRecord, from: number, to: number, offset: number, width: number, look: EdgeLook): BaseEdge {
    if (!this.#widthPool) throw new Error('An edge added after its base edges were done.');
    const i = record.index;
    this.#width[i] = this.#widthPool.placeOf(width);
    this.#look[i] = this.#looks.placeOf(look);
    // -0 and 0 kept as one (0), as they are drawn.
    this.#offset[i] = this.#offsets.placeOf(offset || 0);
    if (from !== record.from || to !== record.to) {
      this.#ends ??= new Int32Array(2 * this.records.length).fill(-1);
      this.#ends[2 * i] = from;
      this.#ends[2 * i + 1] = to;
    }
    return new BaseEdge(this, i);
  }

  /** Every edge is added: the columns kept as narrow as their values allow. */
  done(): void {
    this.#width = narrowed(this.#width, this.#widths.length);
    this.#look = narrowed(this.#look, this.#looks.values.length);
    this.#offset = narrowed(this.#offset, this.#offsets.values.length);
    this.#widths = Float64Array.from(this.#widths);
    this.#widthPool = undefined;
    this.#looks.seal();
    this.#offsets.seal();
  }

  width(i: number): number {
    return this.#widths[this.#width[i] as number] as number;
  }
  look(i: number): EdgeLook {
    return this.#looks.values[this.#look[i] as number] as EdgeLook;
  }
  offset(i: number): number {
    return this.#offsets.values[this.#offset[i] as number] as number;
  }
  from(i: number): number {
    const from = this.#ends?.[2 * i] ?? -1;
    return from === -1 ? (this.records[i] as DealRecord).from : from;
  }
  to(i: number): number {
    const to = this.#ends?.[2 * i + 1] ?? -1;
    return to === -1 ? (this.records[i] as DealRecord).to : to;
  }
}

export class BaseEdge implements SceneEdge {
  readonly #edges: BaseEdges;
  /** Model deal index. */
  readonly index: number;
  declare title?: string | undefined;

  constructor(edges: BaseEdges, index: number) {
    this.#edges = edges;
    this.index = index;
  }

  get record(): DealRecord {
    return this.#edges.records[this.index] as DealRecord;
  }
  get look(): EdgeLook {
    return this.#edges.look(this.index);
  }
  get width(): number {
    return this.#edges.width(this.index);
  }
  /** Sideways offset in a fan of deals between one pair (0: drawn straight). */
  get offset(): number {
    return this.#edges.offset(this.index);
  }
  /** Company indices at the two ends: the deal's, unless a unit's deal is drawn from or to its parent. */
  get from(): number {
    return this.#edges.from(this.index);
  }
  get to(): number {
    return this.#edges.to(this.index);
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
