/**
 * A uniform screen grid of boxes for label placement: each box is filed under every cell it covers, so asking
 * what a new box overlaps looks only at the boxes in the cells that box covers, not at every box on the map.
 * Placing n labels is then linear in n at a given density, where checking each label against every circle and
 * every placed label was quadratic (20,000 companies: 400 million checks).
 *
 * The grid covers one area (the viewport and a margin); a box is filed under the cells of its part inside the
 * area, and queries must lie inside it. A box that covers very many cells (a circle zoomed far in) is kept in a
 * short list that every query checks instead.
 */

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Counts box comparisons, to measure the work placement does. */
export interface WorkCounter {
  comparisons: number;
}

/** Side of a cell, px, unless the area is so big that the grid would have more than MAX_CELLS cells. */
const CELL = 24;
const MAX_CELLS = 1 << 16;
/** A box that covers more cells than this is checked by every query rather than filed cell by cell. */
const BIG = 256;

export class BoxGrid {
  readonly #area: Box;
  readonly #cell: number;
  readonly #cols: number;
  readonly #rows: number;
  /**
   * The filing, in typed arrays so that filing and asking allocate nothing per box: per cell the newest entry
   * (`#head`, −1 for none), per entry the box it files and the next entry of its cell.
   */
  readonly #head: Int32Array;
  #entryBox = new Int32Array(64);
  #entryNext = new Int32Array(64);
  #entries = 0;
  readonly #big: number[] = [];
  /** Per box: its corners (x0, y0, x1, y1). */
  #corners = new Float64Array(64);
  /** Per box: a tag a query may skip (the circle of the label being placed), or -1. */
  #tags = new Int32Array(16);
  /** Per box: the last query that looked at it, so a box filed in several cells is counted once. */
  #seen = new Int32Array(16);
  #boxes = 0;
  #query = 0;
  readonly #work: WorkCounter | undefined;

  constructor(area: Box, work?: WorkCounter) {
    const width = Math.max(1, area.x1 - area.x0);
    const height = Math.max(1, area.y1 - area.y0);
    this.#area = area;
    this.#cell = Math.max(CELL, Math.sqrt((width * height) / MAX_CELLS));
    // An unbounded area (bad input) is one cell.
    this.#cols = Number.isFinite(this.#cell) ? Math.max(1, Math.ceil(width / this.#cell)) : 1;
    this.#rows = Number.isFinite(this.#cell) ? Math.max(1, Math.ceil(height / this.#cell)) : 1;
    this.#head = new Int32Array(this.#cols * this.#rows).fill(-1);
    this.#work = work;
  }

  /** Files a box; `tag` (≥ 0) lets a query skip it. A box outside the area, or with NaN corners, is dropped. */
  add(box: Box, tag = -1): void {
    this.addRect(box.x0, box.y0, box.x1, box.y1, tag);
  }

  /** `add` for a box given by its corners. */
  addRect(x0: number, y0: number, x1: number, y1: number, tag = -1): void {
    const area = this.#area;
    if (!(x0 < area.x1 && x1 > area.x0 && y0 < area.y1 && y1 > area.y0)) return;
    const id = this.#boxes++;
    if (id === this.#tags.length) {
      this.#tags = grow(this.#tags);
      this.#seen = grow(this.#seen);
      const corners = new Float64Array(this.#corners.length * 2);
      corners.set(this.#corners);
      this.#corners = corners;
    }
    this.#corners[4 * id] = x0;
    this.#corners[4 * id + 1] = y0;
    this.#corners[4 * id + 2] = x1;
    this.#corners[4 * id + 3] = y1;
    this.#tags[id] = tag;
    const c0 = this.#col(x0);
    const c1 = this.#col(x1);
    const r0 = this.#row(y0);
    const r1 = this.#row(y1);
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > BIG) {
      this.#big.push(id);
      return;
    }
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const at = r * this.#cols + c;
        const entry = this.#entries++;
        if (entry === this.#entryBox.length) {
          this.#entryBox = grow(this.#entryBox);
          this.#entryNext = grow(this.#entryNext);
        }
        this.#entryBox[entry] = id;
        this.#entryNext[entry] = this.#head[at]!;
        this.#head[at] = entry;
      }
  }

  /**
   * How many filed boxes overlap `box`, leaving out those tagged `skip`; stops counting at `limit` (pass 1 to
   * ask only whether any does).
   */
  count(box: Box, skip = -1, limit = Infinity): number {
    return this.countRect(box.x0, box.y0, box.x1, box.y1, skip, limit);
  }

  /** `count` for a box given by its corners. */
  countRect(x0: number, y0: number, x1: number, y1: number, skip = -1, limit = Infinity): number {
    const query = ++this.#query;
    let found = 0;
    for (const id of this.#big) {
      found += this.#check(id, query, x0, y0, x1, y1, skip);
      if (found >= limit) return found;
    }
    const c0 = this.#col(x0);
    const c1 = this.#col(x1);
    const r0 = this.#row(y0);
    const r1 = this.#row(y1);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        for (let entry = this.#head[r * this.#cols + c]!; entry !== -1; entry = this.#entryNext[entry]!) {
          found += this.#check(this.#entryBox[entry]!, query, x0, y0, x1, y1, skip);
          if (found >= limit) return found;
        }
      }
    return found;
  }

  /** 1 when box `id` overlaps the query box and was not seen yet by this query nor tagged `skip`, else 0. */
  #check(id: number, query: number, x0: number, y0: number, x1: number, y1: number, skip: number): number {
    if (this.#seen[id] === query) return 0;
    this.#seen[id] = query;
    if (skip !== -1 && this.#tags[id] === skip) return 0;
    if (this.#work) this.#work.comparisons++;
    const k = 4 * id;
    const corners = this.#corners;
    // As `overlaps`: touching edges do not.
    return corners[k]! < x1 && x0 < corners[k + 2]! && corners[k + 1]! < y1 && y0 < corners[k + 3]! ? 1 : 0;
  }

  #col(x: number): number {
    return clamp(Math.floor((x - this.#area.x0) / this.#cell), this.#cols);
  }

  #row(y: number): number {
    return clamp(Math.floor((y - this.#area.y0) / this.#cell), this.#rows);
  }
}

/** A copy of `list` with twice the room. */
function grow(list: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

/** A cell index clamped to 0…n − 1 (0 when undefined, as for an unbounded area). */
function clamp(i: number, n: number): number {
  return i >= n ? n - 1 : i > 0 ? i : 0;
}
