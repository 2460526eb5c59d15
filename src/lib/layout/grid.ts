/**
 * A uniform grid over points, rebuilt each tick without allocating (counting sort into typed arrays): the
 * neighbour search of the big-graph forces (grid-forces.ts). Cells are numbered row by row; the points of a
 * cell are listed in index order, so everything built on it is deterministic.
 */
export class Grid {
  size = 1;
  x0 = 0;
  y0 = 0;
  cols = 1;
  rows = 1;
  /** Points of cell c: items[start[c] … start[c + 1]). */
  start = new Int32Array(2);
  items = new Int32Array(0);
  /** Cell of each point. */
  cellOf = new Int32Array(0);
  #fill = new Int32Array(1);

  /** Files points (xs[i], ys[i]) into cells of about `size` px (larger when the points are spread very far). */
  build(xs: Float64Array, ys: Float64Array, size: number): void {
    const n = xs.length;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = xs[i] as number;
      const y = ys[i] as number;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    if (!(maxX >= minX && maxY >= minY)) minX = maxX = minY = maxY = 0;
    // No more cells than about 4 per point, however far the points drift.
    let cell = size;
    while (((maxX - minX) / cell + 1) * ((maxY - minY) / cell + 1) > 4 * n + 16) cell *= 2;
    this.size = cell;
    this.x0 = minX;
    this.y0 = minY;
    this.cols = Math.floor((maxX - minX) / cell) + 1;
    this.rows = Math.floor((maxY - minY) / cell) + 1;
    const cells = this.cols * this.rows;
    if (this.start.length < cells + 1) this.start = new Int32Array(cells + 1);
    else this.start.fill(0, 0, cells + 1);
    if (this.items.length !== n) {
      this.items = new Int32Array(n);
      this.cellOf = new Int32Array(n);
    }
    const start = this.start;
    for (let i = 0; i < n; i++) {
      const c = this.cell(xs[i] as number, ys[i] as number);
      this.cellOf[i] = c;
      start[c + 1] = (start[c + 1] as number) + 1;
    }
    for (let c = 0; c < cells; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
    // Fill from the end so each cell lists its points in index order.
    if (this.#fill.length < cells) this.#fill = new Int32Array(cells);
    const fill = this.#fill;
    fill.set(start.subarray(1, cells + 1));
    for (let i = n - 1; i >= 0; i--) {
      const c = this.cellOf[i] as number;
      const at = (fill[c] as number) - 1;
      fill[c] = at;
      this.items[at] = i;
    }
  }

  column(x: number): number {
    const col = Math.floor((x - this.x0) / this.size);
    return col < 0 ? 0 : col >= this.cols ? this.cols - 1 : col;
  }

  row(y: number): number {
    const row = Math.floor((y - this.y0) / this.size);
    return row < 0 ? 0 : row >= this.rows ? this.rows - 1 : row;
  }

  cell(x: number, y: number): number {
    return this.row(y) * this.cols + this.column(x);
  }
}
