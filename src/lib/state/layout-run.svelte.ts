/**
 * The map's positions for one data file, and the layout that produces them.
 *
 * - Frozen positions for every company: used at once, no layout code is even loaded.
 * - Small graphs (up to SYNC_COMPANIES): the layout runs in one go before the first paint, so the first
 *   frame is the settled map, as it always was (the bundled data's layout costs a few ms).
 * - Bigger graphs: the layout streams from the worker host (a Web Worker, or time slices on the main thread
 *   where no worker can start). The map is drawn from the first positions and follows the layout as it
 *   settles; each frame is acknowledged once painted (and after twice as long as drawing it took), so the
 *   worker never sends faster than the page draws and the page keeps time for the reader. The reader can
 *   stop and resume it.
 *
 * Performance marks: `adm:settled` when the final positions are on screen (the frame after the last update);
 * on a load that showed the page's prerendered picture of the settled map, when that was painted (handover.ts).
 */
import { tick } from 'svelte';
import type { GraphModel } from '../graph/model.ts';
import { isComplete, positionsFromMap } from '../layout/positions.ts';
import type { RunHandle, WorkerHost } from '../worker/host.ts';
import type { LayoutFrame } from '../worker/runs.ts';
import { markPainted } from '../prerender/handover.ts';
import { layoutRadii } from './layout-sizes.ts';

/**
 * Graphs up to this many companies settle before the first paint. In Node the whole layout costs about
 * 12 ms at 100 companies, 28 ms at 150, 95 ms at 300 and 240 ms at 500 (warm; one long task in a page): up
 * to 300 the wait for the first paint stays near what starting a worker, loading its code and drawing several
 * times would cost, with no motion on screen; beyond, a long task would block the page for too long.
 */
export const SYNC_COMPANIES = 300;

/** Time left free after each layout frame, per unit of time its drawing took. */
const FREE_PER_DRAWN = 2;
/**
 * On maps of more than FRAME_GAP_FROM companies the next frame is asked for no sooner than FRAME_EVERY_MS after
 * one came (10 pictures a second): the paint worker draws such a map's picture, so a frame costs the page little,
 * but each one still restyles every company, and the worker's raster takes a core from the layout. Smaller maps
 * keep their frames coming as fast as they are drawn: they settle in under a second.
 */
export const FRAME_EVERY_MS = 100;
export const FRAME_GAP_FROM = 2000;

/**
 * How long after drawing a frame (which took `drawnMs` from its arrival) the next one is asked for: twice the
 * drawing time, and on a big map no sooner than FRAME_EVERY_MS after the frame came.
 */
export function nextFrameDelay(companies: number, drawnMs: number): number {
  const gap = companies > FRAME_GAP_FROM ? FRAME_EVERY_MS : 0;
  return Math.max(FREE_PER_DRAWN * drawnMs, gap - drawnMs);
}

export type LayoutStatus = 'running' | 'stopped' | 'settled' | 'failed';

export class LayoutRun {
  /** Where the companies are now ([x0, y0, …] by company index); a new array per update. */
  positions = $state.raw<Float64Array | undefined>(undefined);
  status = $state<LayoutStatus>('running');
  /** 0–1. */
  progress = $state(0);
  /** True when the layout runs while the map is shown (big graphs): the reader sees it move. */
  readonly streaming: boolean;
  #host: WorkerHost | undefined;
  #handle: RunHandle | undefined;
  #disposed = false;
  /** The pending acknowledgement of the last frame (it waits while the page keeps time for the reader). */
  #ackTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #companies: number;

  constructor(model: GraphModel) {
    const frozen = positionsFromMap(model, model.map.layout);
    this.streaming = !isComplete(frozen) && model.companies.length > SYNC_COMPANIES;
    this.#companies = model.companies.length;
    if (isComplete(frozen)) {
      this.#settle(frozen);
    } else if (!this.streaming) {
      void import('../layout/force-layout.ts').then(({ computeLayout }) => {
        if (this.#disposed) return;
        this.#settle(computeLayout(model, { radii: layoutRadii(model), frozen: model.map.layout }));
      });
    } else {
      void this.#stream(model);
    }
  }

  stop(): void {
    if (this.status !== 'running') return;
    this.#handle?.stop();
    this.status = 'stopped';
    // The last state goes out with the next acknowledgement: give it now, not after the pause between frames,
    // so the map comes to rest right after Stop.
    if (this.#ackTimer !== undefined) {
      clearTimeout(this.#ackTimer);
      this.#ackTimer = undefined;
      this.#handle?.ack();
    }
  }

  resume(): void {
    if (this.status !== 'stopped') return;
    this.#handle?.resume();
    this.status = 'running';
  }

  dispose(): void {
    this.#disposed = true;
    this.#release();
  }

  /**
   * Ends the worker and lets go of the run: its handle holds the layout's input (the graph as typed arrays,
   * about 1 MB for 20,000 companies), which nothing needs once the positions are final.
   */
  #release(): void {
    this.#handle?.dispose();
    this.#host?.dispose();
    this.#handle = undefined;
    this.#host = undefined;
  }

  async #stream(model: GraphModel): Promise<void> {
    const [{ layoutInput }, { WorkerHost, startTaskWorker }] = await Promise.all([
      import('../layout/layout-input.ts'),
      import('../worker/host.ts'),
    ]);
    if (this.#disposed) return;
    const input = layoutInput(model, { radii: layoutRadii(model), frozen: model.map.layout });
    this.#host = new WorkerHost(startTaskWorker);
    this.#handle = this.#host.stream('layout', input, {
      frame: (frame) => this.#frame(frame),
      failed: () => {
        // A failed layout keeps what it had drawn; the status says so.
        this.status = 'failed';
        this.#release();
      },
    });
    if (this.status === 'stopped') this.#handle.stop();
  }

  #frame(frame: LayoutFrame): void {
    if (this.#disposed) return;
    const received = performance.now();
    this.positions = frame.positions;
    this.progress = frame.progress;
    if (frame.done) {
      this.status = 'settled';
      afterPaint(() => {
        performance.mark('adm:settled');
        this.#release();
      });
    } else {
      // Ask for the next frame only after twice as long as drawing this one took: however slow drawing is,
      // two thirds of the page's time stay free for the reader (input, hover, zoom), and a pointer move that
      // waits behind one frame's drawing is not kept waiting by the next as well. The layout goes on meanwhile
      // (the worker sends its latest positions), so it settles no later; it is drawn less often.
      afterPaint(() => {
        this.#ackTimer = setTimeout(
          () => {
            this.#ackTimer = undefined;
            this.#handle?.ack();
          },
          nextFrameDelay(this.#companies, performance.now() - received),
        );
      });
    }
  }

  #settle(positions: Float64Array): void {
    this.positions = positions;
    this.progress = 1;
    this.status = 'settled';
    afterPaint(() => markPainted('adm:settled'));
  }
}

/** Runs `task` in the animation frame that paints the state just set (after the components have updated). */
function afterPaint(task: () => void): void {
  void tick().then(() => requestAnimationFrame(task));
}
