/**
 * Embed sizing. The map's height follows its width (an aspect ratio clamped to a sensible range), so the height
 * an embed posts depends only on the column width and auto-height can never loop. In the embed itself the rule
 * is CSS (`EMBED_MAP_HEIGHT_CSS`, the frame's width is the viewport's): the browser sizes the map in the same
 * layout pass as the width change, so no script resizes anything from a ResizeObserver callback (which raised
 * "ResizeObserver loop completed with undelivered notifications") and one width change posts one height.
 */
export const HEIGHT_MESSAGE_TYPE = 'ai-deal-map:height';
export const MIN_MESSAGE_HEIGHT = 50;
export const MAX_MESSAGE_HEIGHT = 10_000;

const ASPECT = 0.62;
const MIN_MAP_HEIGHT = 300;
const MAX_MAP_HEIGHT = 640;

/** The same rule as `embedMapHeight`, for the embed's stylesheet. */
export const EMBED_MAP_HEIGHT_CSS = `clamp(${MIN_MAP_HEIGHT}px, ${ASPECT * 100}vw, ${MAX_MAP_HEIGHT}px)`;

export function embedMapHeight(width: number): number {
  if (!Number.isFinite(width) || width <= 0) return MIN_MAP_HEIGHT;
  return Math.round(Math.min(MAX_MAP_HEIGHT, Math.max(MIN_MAP_HEIGHT, width * ASPECT)));
}

/** The only message an embed ever sends: its height in CSS pixels, nothing else. */
export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE_TYPE;
  readonly height: number;
}

export function heightMessage(height: number): HeightMessage | undefined {
  const h = Math.ceil(height);
  if (!Number.isInteger(h) || h < MIN_MESSAGE_HEIGHT || h > MAX_MESSAGE_HEIGHT) return undefined;
  return { type: HEIGHT_MESSAGE_TYPE, height: h };
}
