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
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const nx = -dy / length;
  const ny = dx / length;
  // Control point: the curve's apex sits at `offset` from the chord, so the control point is at 2 × offset.
  const control = { x: (a.x + b.x) / 2 + nx * offset * 2, y: (a.y + b.y) / 2 + ny * offset * 2 };
  const start = towards(a, control, ra);
  const end = towards(b, control, rb + gap);
  return { start, control: offset === 0 ? undefined : control, end };
}

/** The point `distance` from p in the direction of q. */
function towards(p: Point2, q: Point2, distance: number): Point2 {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const length = Math.hypot(dx, dy);
  if (length === 0 || distance >= length) return p;
  return { x: p.x + (dx / length) * distance, y: p.y + (dy / length) * distance };
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
