/**
 * Pointer control of the map, free of the DOM: pointer and wheel samples in, intents out (move the camera,
 * drag a company, click or tap something). It replaces d3-zoom and d3-drag (with d3-transition, -interpolate,
 * -color, -ease, -timer and -selection, about 17 KiB gzip of the first load) by the few rules the map needs:
 * drag the background to pan, drag a company to move it, wheel or pinch to zoom about the pointer, a press
 * that barely moves is a click. What lies under the pointer comes from hit-testing (hit-test.ts), passed in.
 *
 * In an embed that leaves scrolling to its page (`pageScroll`), a plain wheel and one finger belong to the page:
 * the wheel zooms only with ctrl (also what a trackpad pinch sends), one finger only taps, two fingers pinch.
 */
import { MIN_ZOOM, clampZoom, zoomAt } from './camera.ts';
import type { Camera } from './types.ts';

export type PointerTarget =
  | { readonly kind: 'node'; readonly index: number }
  | { readonly kind: 'edge'; readonly index: number; readonly id: string }
  | { readonly kind: 'background' };

export interface PointerSample {
  readonly id: number;
  /** Position in the map's own box, CSS px. */
  readonly x: number;
  readonly y: number;
  readonly touch: boolean;
  /** Mouse button (0 = main); other buttons are ignored. */
  readonly button: number;
  readonly shift: boolean;
}

export type PointerIntent =
  | { readonly kind: 'camera'; readonly camera: Camera }
  /** Move company `index` by (dx, dy) screen px. */
  | { readonly kind: 'drag'; readonly index: number; readonly dx: number; readonly dy: number }
  | { readonly kind: 'click'; readonly target: PointerTarget; readonly shift: boolean };

export interface WheelSample {
  readonly x: number;
  readonly y: number;
  readonly deltaY: number;
  /** 0 pixels, 1 lines, 2 pages (WheelEvent.deltaMode). */
  readonly deltaMode: number;
  readonly ctrl: boolean;
}

/** A press that moves less than this (screen px) is a click (more for a finger, which wobbles). */
export const CLICK_DISTANCE = { mouse: 4, touch: 10 } as const;

type Gesture =
  | {
      kind: 'press';
      target: PointerTarget;
      start: PointerSample;
      moved: boolean;
      last: { x: number; y: number };
    }
  | { kind: 'pinch'; camera: Camera; distance: number; mid: { x: number; y: number } }
  | { kind: 'none' };

export class PointerControl {
  camera: Camera;
  pageScroll: boolean;
  /** How far out wheel and pinch may zoom (camera.ts zoomFloor: lower for a big map). */
  minZoom = MIN_ZOOM;
  readonly #pointers = new Map<number, PointerSample>();
  #gesture: Gesture = { kind: 'none' };

  constructor(camera: Camera, pageScroll = false) {
    this.camera = camera;
    this.pageScroll = pageScroll;
  }

  /** True while a press, drag, pan or pinch is under way. */
  get busy(): boolean {
    return this.#gesture.kind !== 'none';
  }

  /** Whether the map takes this press (false: leave it to the page, e.g. one finger in a scrolling embed). */
  down(sample: PointerSample, target: PointerTarget): boolean {
    if (!sample.touch && sample.button !== 0) return false;
    this.#pointers.set(sample.id, sample);
    if (this.#pointers.size >= 2) {
      const [a, b] = [...this.#pointers.values()] as [PointerSample, PointerSample];
      this.#gesture = { kind: 'pinch', camera: this.camera, distance: dist(a, b), mid: midpoint(a, b) };
      return true;
    }
    this.#gesture = {
      kind: 'press',
      target,
      start: sample,
      moved: false,
      last: { x: sample.x, y: sample.y },
    };
    return true;
  }

  move(sample: PointerSample): PointerIntent[] {
    if (!this.#pointers.has(sample.id)) return [];
    this.#pointers.set(sample.id, sample);
    const g = this.#gesture;
    if (g.kind === 'pinch') {
      const [a, b] = [...this.#pointers.values()] as [PointerSample, PointerSample];
      if (!a || !b) return [];
      const k = clampZoom(g.camera.k * (dist(a, b) / Math.max(1, g.distance)), this.minZoom);
      const mid = midpoint(a, b);
      // The world point that was under the fingers' first midpoint stays under their midpoint now.
      const wx = (g.mid.x - g.camera.x) / g.camera.k;
      const wy = (g.mid.y - g.camera.y) / g.camera.k;
      return this.#moveCamera({ x: mid.x - wx * k, y: mid.y - wy * k, k });
    }
    if (g.kind !== 'press') return [];
    const limit = sample.touch ? CLICK_DISTANCE.touch : CLICK_DISTANCE.mouse;
    if (!g.moved && Math.hypot(sample.x - g.start.x, sample.y - g.start.y) < limit) return [];
    // One finger in a page-scrolling embed only taps: once it moves, the page scrolls instead.
    if (this.pageScroll && sample.touch) {
      this.#gesture = { kind: 'none' };
      return [];
    }
    g.moved = true;
    const dx = sample.x - g.last.x;
    const dy = sample.y - g.last.y;
    g.last = { x: sample.x, y: sample.y };
    if (g.target.kind === 'node') return [{ kind: 'drag', index: g.target.index, dx, dy }];
    return this.#moveCamera({ x: this.camera.x + dx, y: this.camera.y + dy, k: this.camera.k });
  }

  up(sample: PointerSample): PointerIntent[] {
    if (!this.#pointers.delete(sample.id)) return [];
    const g = this.#gesture;
    if (g.kind === 'pinch') {
      // Lifting one finger of two ends the pinch; the other finger does nothing until lifted.
      this.#gesture = { kind: 'none' };
      return [];
    }
    this.#gesture = { kind: 'none' };
    if (g.kind !== 'press' || g.moved || g.start.id !== sample.id) return [];
    return [{ kind: 'click', target: g.target, shift: g.start.shift }];
  }

  /** The press was taken over (the page scrolled, the window lost the pointer): no click follows. */
  cancel(id: number): void {
    this.#pointers.delete(id);
    if (this.#pointers.size === 0) this.#gesture = { kind: 'none' };
  }

  /** Whether the map takes this wheel event (and the page must not scroll). */
  takesWheel(sample: WheelSample): boolean {
    return !this.pageScroll || sample.ctrl;
  }

  wheel(sample: WheelSample): PointerIntent[] {
    if (!this.takesWheel(sample)) return [];
    const unit = sample.deltaMode === 1 ? 0.05 : sample.deltaMode === 2 ? 1 : 0.002;
    const factor = Math.pow(2, -sample.deltaY * unit * (sample.ctrl ? 10 : 1));
    return this.#moveCamera(zoomAt(this.camera, factor, sample, this.minZoom));
  }

  #moveCamera(next: Camera): PointerIntent[] {
    if (next.x === this.camera.x && next.y === this.camera.y && next.k === this.camera.k) return [];
    this.camera = next;
    return [{ kind: 'camera', camera: next }];
  }
}

function dist(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function midpoint(a: { x: number; y: number }, b: { x: number; y: number }): { x: number; y: number } {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
