/** Camera maths shared by renderers: fit bounds to a viewport, project world → screen. */
import type { Camera, Scene } from './types.ts';

export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 8;

export function fitCamera(bounds: Scene['bounds'], width: number, height: number, padding = 24): Camera {
  const w = Math.max(1, bounds.x1 - bounds.x0);
  const h = Math.max(1, bounds.y1 - bounds.y0);
  const room = (size: number) => Math.max(1, size - 2 * padding);
  // Leave room for labels beside the outermost circles.
  const k = clamp(Math.min(room(width) / (w + 80), room(height) / (h + 30)), MIN_ZOOM, 2.5);
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
