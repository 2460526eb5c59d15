/**
 * Drives a streaming run (runs.ts) in time slices, on either side of the worker boundary: each slice advances
 * the run for about `sliceMs`, then yields (so messages — or, on the main thread, input and painting — get
 * their turn). Frames go out with back-pressure: at most one frame is in flight; the receiver acknowledges
 * when it has drawn it (`ack`), and meanwhile the run keeps going. The first frame goes out at once, the last
 * one (done) as soon as the previous one is acknowledged. `stop` pauses the run (the latest state still goes
 * out), `resume` continues it, `dispose` ends it for good.
 */
export interface Stepper<F> {
  /** Advances for about `budgetMs` (at least one step); true once the run is done. */
  advance(budgetMs: number): boolean;
  /** The current state, as a new frame. */
  frame(): F;
}

/** Runs `task` soon (after pending messages and input); returns a cancel function. */
export type Schedule = (task: () => void) => () => void;

export const yieldToEventLoop: Schedule = (task) => {
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
};

export class RunDriver<F> {
  readonly #stepper: Stepper<F>;
  readonly #send: (frame: F) => void;
  readonly #sliceMs: number;
  readonly #schedule: Schedule;
  readonly #fail: (error: unknown) => void;
  #cancel: (() => void) | undefined;
  #inFlight = false;
  /** The run moved since the last frame went out. */
  #dirty = true;
  #done = false;
  #stopped = false;
  #disposed = false;

  /** `fail` hears of an error thrown by the run, which then ends. */
  constructor(
    stepper: Stepper<F>,
    send: (frame: F) => void,
    options: {
      readonly sliceMs: number;
      readonly schedule: Schedule;
      readonly fail: (error: unknown) => void;
    },
  ) {
    this.#stepper = stepper;
    this.#send = send;
    this.#sliceMs = options.sliceMs;
    this.#schedule = options.schedule;
    this.#fail = options.fail;
  }

  get done(): boolean {
    return this.#done;
  }

  /** Sends the first frame and starts running. */
  start(): void {
    this.#flush();
    this.#next();
  }

  /** The receiver has drawn the frame in flight. */
  ack(): void {
    this.#inFlight = false;
    this.#flush();
  }

  stop(): void {
    this.#stopped = true;
    this.#cancel?.();
    this.#cancel = undefined;
  }

  resume(): void {
    if (!this.#stopped || this.#disposed) return;
    this.#stopped = false;
    this.#next();
  }

  dispose(): void {
    this.stop();
    this.#disposed = true;
  }

  #next(): void {
    if (this.#done || this.#stopped || this.#disposed || this.#cancel) return;
    this.#cancel = this.#schedule(() => {
      this.#cancel = undefined;
      this.#slice();
    });
  }

  #slice(): void {
    if (this.#done || this.#stopped || this.#disposed) return;
    try {
      this.#done = this.#stepper.advance(this.#sliceMs);
      this.#dirty = true;
      this.#flush();
    } catch (error) {
      this.dispose();
      this.#fail(error);
      return;
    }
    this.#next();
  }

  #flush(): void {
    if (this.#inFlight || !this.#dirty || this.#disposed) return;
    this.#inFlight = true;
    this.#dirty = false;
    this.#send(this.#stepper.frame());
  }
}
