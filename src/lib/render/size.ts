/**
 * Company circle size: area proportional to total deal volume (headline USD), with a visible minimum so
 * companies whose deals are all undisclosed still show. Shared by the layout (collision radius) and renderers.
 */
export const MIN_RADIUS = 5;
export const MAX_RADIUS = 30;

/** A radius function for a model's volumes: sqrt scale from 0 to the largest volume. */
export function radiusScale(volumes: ArrayLike<number>): (volume: number) => number {
  let max = 0;
  for (let i = 0; i < volumes.length; i++) max = Math.max(max, volumes[i] ?? 0);
  return (volume: number) => {
    if (!(volume > 0) || max === 0) return MIN_RADIUS;
    return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(volume / max);
  };
}
