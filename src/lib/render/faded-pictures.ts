/**
 * The faded picture a highlight is drawn over (canvas-draw.ts `fadedBackdrop`), kept for the state it shows — the
 * rest scene, the fade, the camera, the stage and the colours (`PictureKey`, compared item by item) — and the
 * state one is on its way for (from the paint worker). One picture is kept: keeping another releases it.
 */
export type PictureKey = readonly unknown[];

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
