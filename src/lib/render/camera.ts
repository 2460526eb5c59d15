/** Camera maths shared by renderers: fit bounds to a viewport, project world → screen. */
import type { Camera, Scene } from './types.ts';

/** How far out a reader may zoom a map that fits at a larger scale. */
export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 8;

/**
 * How a map is fitted to its box (fitCamera; the prerendered first view's CSS follows the same numbers): the
 * room kept around it in screen pixels (a box narrower than `narrowBelow` keeps less), a little more for the
 * labels of the outermost circles beside (x) and above and below (y) them, and the largest fitting scale.
 */
export const FIT = Object.freeze({
  padWide: 24,
  padNarrow: 8,
  narrowBelow: 520,
  labelRoomX: 24,
  labelRoomY: 32,
  maxScale: 2.5,
});

/**
 * The camera that shows `bounds` as large as the viewport allows, centred. The room kept around them is in
 * screen pixels (a narrow phone keeps less), plus a little for the labels of the outermost circles, which
 * turn inwards, up or down when there is no room beside them.
 */
export function fitCamera(bounds: Scene['bounds'], width: number, height: number, padding?: number): Camera {
  const w = Math.max(1, bounds.x1 - bounds.x0);
  const h = Math.max(1, bounds.y1 - bounds.y0);
  const pad = padding ?? (Math.min(width, height) < FIT.narrowBelow ? FIT.padNarrow : FIT.padWide);
  const room = (size: number, labels: number) => Math.max(1, size - 2 * pad - labels);
  // No floor: a big market (thousands of companies) is fitted whole, however small that makes it.
  const k = Math.min(room(width, FIT.labelRoomX) / w, room(height, FIT.labelRoomY) / h, FIT.maxScale);
  const cx = (bounds.x0 + bounds.x1) / 2;
  const cy = (bounds.y0 + bounds.y1) / 2;
  return { x: width / 2 - cx * k, y: height / 2 - cy * k, k };
}

export function project(camera: Camera, x: number, y: number): { x: number; y: number } {
  return { x: x * camera.k + camera.x, y: y * camera.k + camera.y };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The camera moved (same zoom) so that world point (x, y) sits in the middle of the viewport, when it is
 * outside the viewport's inner part (`margin` px in from each side); undefined when it is already well in view.
 */
export function panIntoView(
  camera: Camera,
  point: { readonly x: number; readonly y: number },
  width: number,
  height: number,
  margin = 40,
): Camera | undefined {
  const screen = project(camera, point.x, point.y);
  const m = Math.min(margin, width / 4, height / 4);
  if (screen.x >= m && screen.x <= width - m && screen.y >= m && screen.y <= height - m) return undefined;
  return { x: width / 2 - point.x * camera.k, y: height / 2 - point.y * camera.k, k: camera.k };
}

/** The zoom-out limit for a map whose fitted camera has zoom `fitted`: MIN_ZOOM, or half the fit if smaller. */
export function zoomFloor(fitted: number): number {
  return Math.min(MIN_ZOOM, fitted / 2);
}

/** A zoom level held within [floor, MAX_ZOOM] (floor: MIN_ZOOM, or a big map's zoomFloor). */
export function clampZoom(k: number, floor = MIN_ZOOM): number {
  return clamp(k, floor, MAX_ZOOM);
}

/** The camera zoomed by `factor` (within the zoom limits) about screen point `at`, which stays where it is. */
export function zoomAt(
  camera: Camera,
  factor: number,
  at: { readonly x: number; readonly y: number },
  floor = MIN_ZOOM,
): Camera {
  const k = clampZoom(camera.k * factor, floor);
  const wx = (at.x - camera.x) / camera.k;
  const wy = (at.y - camera.y) / camera.k;
  return { x: at.x - wx * k, y: at.y - wy * k, k };
}
