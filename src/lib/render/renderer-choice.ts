/**
 * Which renderer draws the map: SVG for small views (every mark a DOM element, crisp and inspectable), Canvas
 * for big ones. The switch has hysteresis so that a view hovering around the threshold (a time slider moving
 * through it, a filter toggled) does not flip renderers back and forth: Canvas from `CANVAS_FROM` visible
 * elements, back to SVG only below `SVG_BELOW`. The `renderer=` URL parameter, when given, always wins.
 */
import type { Renderer } from '../state/view-params.ts';

/** Visible elements (companies + deals) from which the map switches to Canvas. */
export const CANVAS_FROM = 1500;
/** Visible elements below which a map drawn on Canvas goes back to SVG. */
export const SVG_BELOW = 1000;
/**
 * Below this many links in view, Canvas draws every link in full, as SVG does; above it, the bulk as thin
 * hairlines in their type's colour, with widths, dashes and arrowheads only for those brought forward.
 */
export const DETAILED_EDGES = 1500;

/** Whether the legend must say that lines are drawn as hairlines. */
export function drawsHairlines(renderer: Renderer, visibleDeals: number): boolean {
  return renderer === 'canvas' && visibleDeals >= DETAILED_EDGES;
}

export function chooseRenderer(
  /** The renderer drawing now (undefined before the first draw). */
  previous: Renderer | undefined,
  /** Companies + deals in view. */
  visibleElements: number,
  /** From the URL's `renderer=`: wins whatever the size. */
  override: Renderer | undefined,
): Renderer {
  if (override !== undefined) return override;
  if (previous === 'canvas') return visibleElements < SVG_BELOW ? 'svg' : 'canvas';
  return visibleElements >= CANVAS_FROM ? 'canvas' : 'svg';
}
