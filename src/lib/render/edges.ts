/**
 * Edge geometry: several deals between one pair fan out as curves so each stays readable and clickable.
 * Deals between a pair are ordered by date; the fan is symmetric around the straight line.
 */

export interface Point2 {
  readonly x: number;
  readonly y: number;
}

/** Offsets (in world units, perpendicular to the pair's line) for `count` parallel edges. */
export function fanOffsets(count: number, spacing = 14): number[] {
  return Array.from({ length: count }, (_, i) => (i - (count - 1) / 2) * spacing);
}

/**
 * A quadratic curve from a to b bending `offset` units to the left of a→b, trimmed so it starts at a's
 * circle (radius ra) and ends `rb + gap` before b's centre (room for the arrowhead).
 */
export function edgePath(a: Point2, b: Point2, ra: number, rb: number, offset: number, gap = 2): string {
  const { start, control, end } = edgeCurve(a, b, ra, rb, offset, gap);
  if (!control) return `M${fmt(start.x)},${fmt(start.y)}L${fmt(end.x)},${fmt(end.y)}`;
  return `M${fmt(start.x)},${fmt(start.y)}Q${fmt(control.x)},${fmt(control.y)} ${fmt(end.x)},${fmt(end.y)}`;
}

/** The points of `edgePath`'s curve, for renderers that draw without path strings (Canvas). */
export interface EdgeCurve {
  readonly start: Point2;
  /** The quadratic curve's control point; undefined for a straight line. */
  readonly control: Point2 | undefined;
  readonly end: Point2;
}

/** The curve `edgePath` draws, as points. */
export function edgeCurve(a: Point2, b: Point2, ra: number, rb: number, offset: number, gap = 2): EdgeCurve {
  const out = new Float64Array(6);
  edgeCurveInto(out, 0, a.x, a.y, b.x, b.y, ra, rb, offset, gap);
  return {
    start: { x: out[0] ?? 0, y: out[1] ?? 0 },
    control: offset === 0 ? undefined : { x: out[2] ?? 0, y: out[3] ?? 0 },
    end: { x: out[4] ?? 0, y: out[5] ?? 0 },
  };
}

/**
 * `edgeCurve` without allocating, for drawing tens of thousands of links a frame: writes start x, y, control
 * x, y and end x, y into `out` from `at` on.
 */
export function edgeCurveInto(
  out: Float64Array,
  at: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  ra: number,
  rb: number,
  offset: number,
  gap = 2,
): void {
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy) || 1;
  // Control point: the curve's apex sits at `offset` from the chord, so the control point is at 2 × offset.
  const cx = (ax + bx) / 2 + (-dy / length) * offset * 2;
  const cy = (ay + by) / 2 + (dx / length) * offset * 2;
  out[at + 2] = cx;
  out[at + 3] = cy;
  towardsInto(out, at, ax, ay, cx, cy, ra);
  towardsInto(out, at + 4, bx, by, cx, cy, rb + gap);
}

/** The point `distance` from (px, py) towards (qx, qy), written into out[at], out[at + 1]. */
function towardsInto(
  out: Float64Array,
  at: number,
  px: number,
  py: number,
  qx: number,
  qy: number,
  distance: number,
): void {
  const dx = qx - px;
  const dy = qy - py;
  const length = Math.hypot(dx, dy);
  if (length === 0 || distance >= length) {
    out[at] = px;
    out[at + 1] = py;
  } else {
    out[at] = px + (dx / length) * distance;
    out[at + 1] = py + (dy / length) * distance;
  }
}

function fmt(n: number): string {
  return (Math.round(n * 100) / 100).toString();
}

/** Distance from p to the segment a–b. */
export function distanceToSegment(p: Point2, a: Point2, b: Point2): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
