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
  readonly #cells: (number[] | undefined)[];
  readonly #big: number[] = [];
  readonly #boxes: Box[] = [];
  /** Per box: a tag a query may skip (the circle of the label being placed), or -1. */
  readonly #tags: number[] = [];
  /** Per box: the last query that looked at it, so a box filed in several cells is counted once. */
  readonly #seen: number[] = [];
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
    this.#cells = new Array<number[] | undefined>(this.#cols * this.#rows);
    this.#work = work;
  }

  /** Files a box; `tag` (≥ 0) lets a query skip it. A box outside the area, or with NaN corners, is dropped. */
  add(box: Box, tag = -1): void {
    if (!(
      box.x0 < this.#area.x1 &&
      box.x1 > this.#area.x0 &&
      box.y0 < this.#area.y1 &&
      box.y1 > this.#area.y0
    ))
      return;
    const id = this.#boxes.length;
    this.#boxes.push(box);
    this.#tags.push(tag);
    this.#seen.push(0);
    const c0 = this.#col(box.x0);
    const c1 = this.#col(box.x1);
    const r0 = this.#row(box.y0);
    const r1 = this.#row(box.y1);
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > BIG) {
      this.#big.push(id);
      return;
    }
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const at = r * this.#cols + c;
        const cell = this.#cells[at];
        if (cell) cell.push(id);
        else this.#cells[at] = [id];
      }
  }

  /**
   * How many filed boxes overlap `box`, leaving out those tagged `skip`; stops counting at `limit` (pass 1 to
   * ask only whether any does).
   */
  count(box: Box, skip = -1, limit = Infinity): number {
    const query = ++this.#query;
    let found = 0;
    for (const id of this.#big) {
      found += this.#check(id, query, box, skip);
      if (found >= limit) return found;
    }
    const c0 = this.#col(box.x0);
    const c1 = this.#col(box.x1);
    const r0 = this.#row(box.y0);
    const r1 = this.#row(box.y1);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const cell = this.#cells[r * this.#cols + c];
        if (!cell) continue;
        for (const id of cell) {
          found += this.#check(id, query, box, skip);
          if (found >= limit) return found;
        }
      }
    return found;
  }

  /** 1 when box `id` overlaps `box` and was not seen yet by this query nor tagged `skip`, else 0. */
  #check(id: number, query: number, box: Box, skip: number): number {
    if (this.#seen[id] === query) return 0;
    this.#seen[id] = query;
    if (skip !== -1 && this.#tags[id] === skip) return 0;
    if (this.#work) this.#work.comparisons++;
    const other = this.#boxes[id];
    return other && overlaps(other, box) ? 1 : 0;
  }

  #col(x: number): number {
    return clamp(Math.floor((x - this.#area.x0) / this.#cell), this.#cols);
  }

  #row(y: number): number {
    return clamp(Math.floor((y - this.#area.y0) / this.#cell), this.#rows);
  }
}

/** A cell index clamped to 0…n − 1 (0 when undefined, as for an unbounded area). */
function clamp(i: number, n: number): number {
  return i >= n ? n - 1 : i > 0 ? i : 0;
}
