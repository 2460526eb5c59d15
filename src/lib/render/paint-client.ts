/**
 * The page's side of the paint worker (paint-side.ts): sends it a scene's look once (scene-tables.ts), then asks
 * for pictures of it at new positions and cameras. One picture is drawn at a time: a request made meanwhile
 * waits, and a newer one replaces it, so a worker slower than the layout draws its latest state, never a queue.
 * Where no worker runs (a page opened from disk, the single-file build, a worker that fails) `request` says so
 * and the page draws the picture itself.
 */
import { inlineDataText } from '../data/inline-data.ts';
import { plainScene, scenePositions, sceneTables, tableBuffers } from './scene-tables.ts';
import type { FromPainter, PictureView, ToPainter } from './paint-side.ts';
import type { Scene } from './types.ts';

/** The part of `Worker` the client uses (tests pass a fake). */
export interface PainterLike {
  postMessage(message: ToPainter, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: FromPainter }) => void): void;
  addEventListener(type: 'error', listener: (event: { preventDefault?: () => void }) => void): void;
  terminate(): void;
}

/** A picture to draw, and what the page wants back with it (`tag`: what it draws over the picture). */
export interface PaintJob<T> extends PictureView {
  readonly scene: Scene;
  readonly tag: T;
}

export interface PaintListener<T> {
  /** The picture of the job with this tag. */
  picture(bitmap: ImageBitmap, tag: T): void;
  /** The worker failed: the page draws from now on. */
  failed(): void;
}

export class PaintClient<T> {
  readonly #create: () => PainterLike | undefined;
  readonly #listener: PaintListener<T>;
  #worker: PainterLike | undefined;
  #broken = false;
  #nextId = 1;
  #scene = 0;
  #sentEdges: Scene['edges'] | undefined;
  #sentNodes = -1;
  #drawing: { id: number; tag: T; wanted: boolean } | undefined;
  #waiting: PaintJob<T> | undefined;
  #later: PaintJob<T> | undefined;

  constructor(create: () => PainterLike | undefined, listener: PaintListener<T>) {
    this.#create = create;
    this.#listener = listener;
  }

  /** Whether the worker can draw this scene (a plain one, where a worker runs). */
  takes(scene: Scene): boolean {
    return !this.#broken && plainScene(scene) && this.#ensureWorker() !== undefined;
  }

  /** Asks for a picture of a scene `takes` took; a job still waiting for the worker is replaced. */
  request(job: PaintJob<T>): void {
    if (!this.#ensureWorker()) return;
    this.#waiting = job;
    if (!this.#drawing) this.#send();
  }

  /**
   * Asks for a picture to draw once no `request` waits (one the page keeps for later, not one it shows); a job
   * waiting here is replaced.
   */
  later(job: PaintJob<T>): void {
    if (!this.#ensureWorker()) return;
    this.#later = job;
    if (!this.#drawing) this.#send();
  }

  /**
   * The page draws again: waiting jobs are dropped, a picture under way is let go when it comes — except those
   * whose tag `keep` accepts (a picture the page will still use).
   */
  cancel(keep?: (tag: T) => boolean): void {
    if (this.#waiting && !keep?.(this.#waiting.tag)) this.#waiting = undefined;
    if (this.#later && !keep?.(this.#later.tag)) this.#later = undefined;
    if (this.#drawing && !keep?.(this.#drawing.tag)) this.#drawing.wanted = false;
  }

  /** The worker runs and takes requests. */
  get running(): boolean {
    return !this.#broken && this.#worker !== undefined;
  }

  dispose(): void {
    this.cancel();
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#broken = true;
  }

  #send(): void {
    const job = this.#waiting ?? this.#later;
    const worker = this.#worker;
    if (!job || !worker) return;
    if (job === this.#waiting) this.#waiting = undefined;
    else this.#later = undefined;
    const { scene } = job;
    if (scene.edges !== this.#sentEdges || scene.nodes.length !== this.#sentNodes) {
      const tables = sceneTables(scene);
      this.#scene++;
      worker.postMessage({ kind: 'scene', scene: this.#scene, tables }, tableBuffers(tables));
      this.#sentEdges = scene.edges;
      this.#sentNodes = scene.nodes.length;
    }
    const id = this.#nextId++;
    const place = scenePositions(scene);
    this.#drawing = { id, tag: job.tag, wanted: true };
    const { camera, width, height, dpr, colors, moving, fade } = job;
    worker.postMessage(
      { kind: 'draw', id, scene: this.#scene, place, camera, width, height, dpr, colors, moving, fade },
      [place.positions.buffer],
    );
  }

  #ensureWorker(): PainterLike | undefined {
    if (this.#worker || this.#broken) return this.#worker;
    try {
      this.#worker = this.#create();
    } catch {
      this.#worker = undefined;
    }
    if (!this.#worker) {
      this.#broken = true;
      return undefined;
    }
    this.#worker.addEventListener('message', ({ data }) => this.#receive(data));
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      this.#fail();
    });
    return this.#worker;
  }

  #receive(data: FromPainter): void {
    const drawing = this.#drawing;
    if (!drawing || data.id !== drawing.id) {
      if (data.kind === 'picture') data.bitmap.close();
      return;
    }
    this.#drawing = undefined;
    if (data.kind === 'failed') return this.#fail();
    if (drawing.wanted) this.#listener.picture(data.bitmap, drawing.tag);
    else data.bitmap.close();
    this.#send();
  }

  #fail(): void {
    const wasBroken = this.#broken;
    this.dispose();
    if (!wasBroken) this.#listener.failed();
  }
}

/**
 * The paint worker, where the page can run one: not from disk, and not in the single-file build (no worker
 * script), nor where OffscreenCanvas or `bitmaprenderer` is missing.
 */
export function startPaintWorker(): PainterLike | undefined {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return undefined;
  if (typeof ImageBitmapRenderingContext === 'undefined') return undefined;
  if (location.protocol === 'file:' || inlineDataText() !== undefined) return undefined;
  return new Worker(new URL('./paint-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as PainterLike;
}
