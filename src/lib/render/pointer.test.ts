import { describe, expect, test } from 'vitest';
import { MAX_ZOOM, MIN_ZOOM, fitCamera, zoomAt, zoomFloor } from './camera.ts';
import { PointerControl, type PointerSample, type PointerTarget } from './pointer.ts';

const mouse = (x: number, y: number, extra: Partial<PointerSample> = {}): PointerSample => ({
  id: 1,
  x,
  y,
  touch: false,
  button: 0,
  shift: false,
  ...extra,
});
const finger = (id: number, x: number, y: number): PointerSample => ({ ...mouse(x, y), id, touch: true });
const NODE: PointerTarget = { kind: 'node', index: 4 };
const BACKGROUND: PointerTarget = { kind: 'background' };

describe('pointer control', () => {
  test('a press that barely moves is a click on what was under it, with shift', () => {
    const control = new PointerControl({ x: 0, y: 0, k: 1 });
    control.down(mouse(10, 10, { shift: true }), NODE);
    expect(control.move(mouse(12, 11))).toEqual([]);
    expect(control.up(mouse(12, 11))).toEqual([{ kind: 'click', target: NODE, shift: true }]);
    expect(control.busy).toBe(false);
  });

  test('dragging the background pans the camera and is not a click', () => {
    const control = new PointerControl({ x: 0, y: 0, k: 2 });
    control.down(mouse(10, 10), BACKGROUND);
    const moved = control.move(mouse(40, 30));
    expect(moved).toEqual([{ kind: 'camera', camera: { x: 30, y: 20, k: 2 } }]);
    expect(control.move(mouse(50, 30))).toEqual([{ kind: 'camera', camera: { x: 40, y: 20, k: 2 } }]);
    expect(control.up(mouse(50, 30))).toEqual([]);
  });

  test('dragging a company moves it (in screen px) and leaves the camera alone', () => {
    const control = new PointerControl({ x: 5, y: 5, k: 1 });
    control.down(mouse(10, 10), NODE);
    expect(control.move(mouse(20, 10))).toEqual([{ kind: 'drag', index: 4, dx: 10, dy: 0 }]);
    expect(control.camera).toEqual({ x: 5, y: 5, k: 1 });
    expect(control.up(mouse(20, 10))).toEqual([]);
  });

  test('the wheel zooms about the pointer, within the zoom limits; a secondary button does nothing', () => {
    const control = new PointerControl({ x: 0, y: 0, k: 1 });
    const [intent] = control.wheel({ x: 100, y: 50, deltaY: -500, deltaMode: 0, ctrl: false });
    expect(intent?.kind).toBe('camera');
    const camera = control.camera;
    expect(camera.k).toBeCloseTo(2);
    // The world point under the pointer stays under it.
    expect((100 - camera.x) / camera.k).toBeCloseTo(100);
    expect((50 - camera.y) / camera.k).toBeCloseTo(50);
    for (let i = 0; i < 20; i++) control.wheel({ x: 0, y: 0, deltaY: -500, deltaMode: 0, ctrl: false });
    expect(control.camera.k).toBe(MAX_ZOOM);
    expect(control.down(mouse(0, 0, { button: 2 }), NODE)).toBe(false);
  });

  test('a map too big to fit at the usual zoom-out limit is fitted whole, and may be zoomed out to half that', () => {
    // 20,000 companies spread over 20,000 × 16,000 units in a 1,000 × 600 box.
    const fitted = fitCamera({ x0: -10_000, y0: -8_000, x1: 10_000, y1: 8_000 }, 1000, 600);
    expect(fitted.k).toBeLessThan(MIN_ZOOM);
    expect(fitted.k * 16_000).toBeLessThanOrEqual(600);
    const control = new PointerControl(fitted);
    control.minZoom = zoomFloor(fitted.k);
    for (let i = 0; i < 20; i++) control.wheel({ x: 500, y: 300, deltaY: 500, deltaMode: 0, ctrl: false });
    expect(control.camera.k).toBeCloseTo(fitted.k / 2);
    // A small map keeps the usual limit.
    expect(zoomFloor(1.2)).toBe(MIN_ZOOM);
  });

  test('two fingers pinch: the zoom follows their spread and the point between them stays put', () => {
    const control = new PointerControl({ x: 0, y: 0, k: 1 });
    control.down(finger(1, 100, 100), BACKGROUND);
    control.down(finger(2, 200, 100), BACKGROUND);
    control.move(finger(2, 300, 100));
    expect(control.camera.k).toBeCloseTo(2);
    // The first midpoint (150, 100) in the world is now under the new midpoint (200, 100).
    expect(200 - 150 * control.camera.k).toBeCloseTo(control.camera.x);
    control.up(finger(2, 300, 100));
    expect(control.up(finger(1, 100, 100))).toEqual([]);
  });

  test('in a page-scrolling embed the page keeps the plain wheel and one-finger moves; taps still select', () => {
    const control = new PointerControl({ x: 0, y: 0, k: 1 }, true);
    expect(control.takesWheel({ x: 0, y: 0, deltaY: 100, deltaMode: 0, ctrl: false })).toBe(false);
    expect(control.wheel({ x: 0, y: 0, deltaY: 100, deltaMode: 0, ctrl: false })).toEqual([]);
    expect(control.wheel({ x: 0, y: 0, deltaY: 10, deltaMode: 0, ctrl: true })).toHaveLength(1);
    control.down(finger(1, 10, 10), BACKGROUND);
    expect(control.move(finger(1, 10, 60))).toEqual([]);
    expect(control.up(finger(1, 10, 60))).toEqual([]);
    control.down(finger(1, 10, 10), NODE);
    expect(control.up(finger(1, 13, 12))).toEqual([{ kind: 'click', target: NODE, shift: false }]);
  });

  test('zoomAt keeps the given screen point fixed', () => {
    const camera = zoomAt({ x: 10, y: 20, k: 1 }, 1.5, { x: 300, y: 200 });
    expect(camera.k).toBe(1.5);
    expect((300 - camera.x) / camera.k).toBeCloseTo(290);
    expect((200 - camera.y) / camera.k).toBeCloseTo(180);
  });
});
