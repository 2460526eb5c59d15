/**
 * Company circle size: area proportional to total deal volume (headline USD), with a visible minimum so
 * companies whose deals are all undisclosed still show. Shared by the layout (collision radius) and renderers.
 */
export const MIN_RADIUS = 5;
export const MAX_RADIUS = 30;

/**
 * The one square-root scale of the map (circle areas, edge widths): 0 → `from`, `max` → `to`, values above `max`
 * held at `to`, anything not above 0 (or a zero `max`) at `from`. Written out rather than taken from d3-scale,
 * which would put about 10 KiB gzip of scale machinery into the first load for this one line.
 */
export function sqrtScale(max: number, from: number, to: number): (value: number) => number {
  return (value: number) => {
    if (!(value > 0) || !(max > 0)) return from;
    return from + (to - from) * Math.sqrt(Math.min(value, max) / max);
  };
}

/** A radius function for a model's volumes: sqrt scale from 0 to the largest volume. */
export function radiusScale(volumes: ArrayLike<number>): (volume: number) => number {
  let max = 0;
  for (let i = 0; i < volumes.length; i++) max = Math.max(max, volumes[i] ?? 0);
  return sqrtScale(max, MIN_RADIUS, MAX_RADIUS);
}
