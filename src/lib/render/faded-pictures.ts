/**
 * The faded picture a highlight is drawn over (canvas-draw.ts `fadedBackdrop`), kept for the state it shows — the
 * rest scene, the fade, the colours, the camera and the stage (`PictureKey`, compared item by item) — and the
 * state one is on its way for (from the paint worker). One picture is kept: keeping another releases it.
 */
import type { Camera } from './types.ts';

export type PictureKey = readonly unknown[];

/**
 * A picture's key: what it shows (compared item by item), then the camera it was drawn at and its size in device
 * pixels, the last three items, which `standIn` reads.
 */
export function pictureKey(
  shows: readonly unknown[],
  camera: Camera,
  width: number,
  height: number,
): PictureKey {
  return [...shows, camera, width, height];
}

/** Where a picture is drawn on the stage, in device pixels. */
export interface StandInRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How far a picture may be scaled to stand in for another camera's (beyond, it is too blurred or too small). */
export const STAND_IN_SCALE = 2;

/**
 * Where a picture kept for the state `kept` lands when the stage shows `wanted`: the same marks, fade and colours
 * at another camera or stage size (a selection that moved the camera, a zoom or pan under a highlight), scaled
 * and shifted so each mark lies where the wanted camera puts it. Undefined when the picture shows other marks,
 * would leave part of the stage bare, or would be scaled by more than STAND_IN_SCALE either way. `dpr`: device
 * pixels per CSS pixel (cameras are in CSS pixels).
 */
export function standIn(kept: PictureKey, wanted: PictureKey, dpr: number): StandInRect | undefined {
  const n = wanted.length;
  if (kept.length !== n || n < 3) return undefined;
  for (let i = 0; i < n - 3; i++) if (kept[i] !== wanted[i]) return undefined;
  const from = kept[n - 3] as Camera;
  const to = wanted[n - 3] as Camera;
  const keptWidth = kept[n - 2] as number;
  const keptHeight = kept[n - 1] as number;
  const stageWidth = wanted[n - 2] as number;
  const stageHeight = wanted[n - 1] as number;
  const scale = to.k / from.k;
  if (!(scale <= STAND_IN_SCALE && scale >= 1 / STAND_IN_SCALE)) return undefined;
  // A point drawn at p (CSS px) at the kept camera, world (p - t0) / k0, is at (p - t0) · scale + t1 now.
  const x = (to.x - from.x * scale) * dpr;
  const y = (to.y - from.y * scale) * dpr;
  const width = keptWidth * scale;
  const height = keptHeight * scale;
  const EDGE = 0.5;
  if (x > EDGE || y > EDGE || x + width < stageWidth - EDGE || y + height < stageHeight - EDGE)
    return undefined;
  return { x, y, width, height };
}

/** Whether two keys name the same state (each item the same value or object). */
export function sameKey(a: PictureKey | undefined, b: PictureKey | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((k, i) => k === b[i]);
}

export class FadedPictures<P> {
  readonly #release: (picture: P) => void;
  #kept: P | undefined;
  #keptFor: PictureKey | undefined;
  #coming: PictureKey | undefined;

  /** `release` frees a picture no longer kept (a bitmap's memory). */
  constructor(release: (picture: P) => void) {
    this.#release = release;
  }

  /** The picture kept for this state, if that is the state it shows. */
  for(key: PictureKey): P | undefined {
    return sameKey(key, this.#keptFor) ? this.#kept : undefined;
  }

  /** Keeps `picture` as the picture of `key`, releasing the one kept before (unless it is the same). */
  keep(picture: P, key: PictureKey): void {
    if (this.#kept !== undefined && this.#kept !== picture) this.#release(this.#kept);
    this.#kept = picture;
    this.#keptFor = key;
  }

  /** A picture of `key` is on its way. */
  expect(key: PictureKey): void {
    this.#coming = key;
  }

  /** The kept picture and the state it shows, if any. */
  kept(): { readonly picture: P; readonly key: PictureKey } | undefined {
    return this.#kept === undefined || this.#keptFor === undefined
      ? undefined
      : { picture: this.#kept, key: this.#keptFor };
  }

  /** Whether a picture of `key` is on its way. */
  coming(key: PictureKey | undefined): boolean {
    return sameKey(key, this.#coming);
  }

  /** Whether a picture of `key` is kept or on its way: nothing to ask for. */
  covered(key: PictureKey): boolean {
    return sameKey(key, this.#keptFor) || sameKey(key, this.#coming);
  }

  /** The state is now `now`: a picture on its way for another is no longer waited for. */
  moveTo(now: PictureKey | undefined): void {
    if (!sameKey(this.#coming, now)) this.#coming = undefined;
  }

  /** A picture on its way has come: kept, and no longer waited for. */
  arrived(picture: P, key: PictureKey): void {
    if (sameKey(key, this.#coming)) this.#coming = undefined;
    this.keep(picture, key);
  }

  /** Releases the kept picture. */
  dispose(): void {
    if (this.#kept !== undefined) this.#release(this.#kept);
    this.#kept = undefined;
    this.#keptFor = undefined;
    this.#coming = undefined;
  }
}
