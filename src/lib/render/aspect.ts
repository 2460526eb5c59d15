/**
 * A portrait-friendly view of a landscape layout: on a stage much taller than the map's own aspect (a phone
 * held upright), the frozen positions are drawn stretched vertically about their middle, so the map fills the
 * stage instead of a thin band across it. Circles keep their size; only the distances between them grow.
 * Stages whose aspect is close to the layout's are drawn unstretched, exactly as laid out.
 */

/** Stretch only when the layout is this much wider (relative to its height) than the stage. */
export const STRETCH_FROM = 1.3;
/** Never stretch more than this, so the picture stays recognisably the same map. */
export const MAX_STRETCH = 1.8;
/** Room around the centres for the circles, world units. */
const MARGIN = 30;

export interface Stretch {
  /** Vertical scale factor (1 = as laid out). */
  readonly sy: number;
  /** World y about which positions are stretched. */
  readonly cy: number;
}

export const NO_STRETCH: Stretch = { sy: 1, cy: 0 };

/** The stretch for `positions` ([x0, y0, x1, y1, …]) drawn on a width × height stage. */
export function aspectStretch(positions: ArrayLike<number>, width: number, height: number): Stretch {
  if (!(width > 0 && height > 0) || positions.length < 4) return NO_STRETCH;
  const { aspect, cy } = layoutAspect(positions);
  const ratio = aspect / (width / height);
  if (!(ratio > STRETCH_FROM)) return NO_STRETCH;
  return { sy: Math.min(MAX_STRETCH, ratio), cy };
}

/**
 * The layout's own aspect (width / height of its centres plus room for the circles) and its middle y. A stage
 * of aspect `aspect / STRETCH_FROM` or wider draws it unstretched; one of `aspect / MAX_STRETCH` or narrower
 * draws it at the full MAX_STRETCH.
 */
export function layoutAspect(positions: ArrayLike<number>): { aspect: number; cy: number } {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const x = positions[i] ?? 0;
    const y = positions[i + 1] ?? 0;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return { aspect: (x1 - x0 + 2 * MARGIN) / (y1 - y0 + 2 * MARGIN), cy: (y0 + y1) / 2 };
}

/** Positions with the stretch applied (the same array when there is none). */
export function stretched(positions: Float64Array, stretch: Stretch): Float64Array {
  if (stretch.sy === 1) return positions;
  const out = positions.slice();
  for (let i = 1; i < out.length; i += 2) out[i] = stretch.cy + ((out[i] ?? 0) - stretch.cy) * stretch.sy;
  return out;
}
