/**
 * One generic worker host: runs the tasks of tasks.ts and the streaming runs of runs.ts in a Web Worker, and
 * on the main thread wherever a worker cannot start (a page opened from disk, a policy without `worker-src`,
 * a browser that refuses). The worker is started on first use and kept for later work; `releaseIdle` ends it
 * when it has nothing to do (the next task starts another), `dispose` for good.
 * Answers and frames are matched to requests by id, so several tasks and runs may be under way at once.
 *
 * A run streams frames: the first at once, then the latest state whenever the page has acknowledged the
 * previous frame (`ack`, once it has drawn it) — never more than one frame in flight, and the run keeps
 * going meanwhile. On the main thread a run advances in short slices (MAIN_SLICE_MS) and yields between them,
 * so the page stays responsive.
 */
import { inlineDataText } from '../data/inline-data.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { RunDriver, yieldToEventLoop } from './run-driver.ts';
import type { RunFrame, RunInput, RunName } from './runs.ts';
import {
  errorMessage,
  runTask,
  type TaskInput,
  type TaskName,
  type TaskOutput,
  type TaskRequest,
  type TaskResponse,
} from './tasks.ts';

/** The part of `Worker` the host uses (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { preventDefault?: () => void }) => void): void;
  terminate(): void;
}

/** Work per slice of a run on the main thread, ms: short enough that no task comes near 50 ms. */
export const MAIN_SLICE_MS = 8;

export interface RunListener<F> {
  /** A new frame; call the handle's `ack` once it is drawn, for the next one to come. */
  frame(frame: F): void;
  /** The run failed (bad input, a bug); no more frames come. */
  failed?(message: string): void;
}

export interface RunHandle {
  ack(): void;
  stop(): void;
  resume(): void;
  dispose(): void;
}

interface Pending {
  readonly request: TaskRequest;
  readonly resolve: (response: TaskResponse) => void;
}

interface Run {
  readonly id: number;
  readonly name: RunName;
  readonly input: unknown;
  readonly listener: RunListener<unknown>;
  stopped: boolean;
  /** Set when the run goes on the main thread. */
  driver?: RunDriver<unknown> | undefined;
  onMain: boolean;
}

export class WorkerHost {
  readonly #create: () => WorkerLike | undefined;
  #worker: WorkerLike | undefined;
  /** False once a worker failed to start: everything then runs on the main thread. */
  #available = true;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  readonly #runs = new Map<number, Run>();

  /** `create` returns a started worker, or undefined (or throws) where none can run. */
  constructor(create: () => WorkerLike | undefined) {
    this.#create = create;
  }

  /** True while work goes to a worker (false after a failed start, or before the first task). */
  get usesWorker(): boolean {
    return this.#available && this.#worker !== undefined;
  }

  async run<T extends TaskName>(task: T, input: TaskInput<T>): Promise<TaskOutput<T>> {
    const request: TaskRequest = { kind: 'task', id: this.#nextId++, task, input };
    const worker = this.#ensureWorker();
    const response = worker
      ? await new Promise<TaskResponse>((resolve) => {
          this.#pending.set(request.id, { request, resolve });
          worker.postMessage(request);
        })
      : runTask(request);
    if (!response.ok) throw new Error(response.error);
    return response.output as TaskOutput<T>;
  }

  /** Starts a streaming run; its frames go to `listener`. */
  stream<R extends RunName>(name: R, input: RunInput<R>, listener: RunListener<RunFrame<R>>): RunHandle {
    const run: Run = {
      id: this.#nextId++,
      name,
      input,
      listener: listener as RunListener<unknown>,
      stopped: false,
      onMain: false,
    };
    this.#runs.set(run.id, run);
    const worker = this.#ensureWorker();
    if (worker) worker.postMessage({ kind: 'start', id: run.id, run: name, input });
    else this.#runOnMain(run);
    const control = (action: 'ack' | 'stop' | 'resume' | 'dispose') => {
      if (!this.#runs.has(run.id)) return;
      if (action === 'stop') run.stopped = true;
      if (action === 'resume') run.stopped = false;
      if (action === 'dispose') this.#runs.delete(run.id);
      if (run.onMain) run.driver?.[action]();
      else this.#worker?.postMessage({ kind: 'control', id: run.id, action });
    };
    return {
      ack: () => control('ack'),
      stop: () => control('stop'),
      resume: () => control('resume'),
      dispose: () => control('dispose'),
    };
  }

  /**
   * Ends the worker if it has nothing to do (no task under way, no run): its memory goes, and the next task
   * starts a new one. True when it was ended.
   */
  releaseIdle(): boolean {
    if (!this.#worker || this.#pending.size > 0 || this.#runs.size > 0) return false;
    this.#worker.terminate();
    this.#worker = undefined;
    return true;
  }

  /** Ends the worker and every run; tasks still under way finish on the main thread. */
  dispose(): void {
    for (const run of this.#runs.values()) run.driver?.dispose();
    this.#runs.clear();
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#fallBack();
  }

  #ensureWorker(): WorkerLike | undefined {
    if (!this.#available) return undefined;
    if (this.#worker) return this.#worker;
    try {
      this.#worker = this.#create();
    } catch {
      this.#worker = undefined;
    }
    if (!this.#worker) {
      this.#available = false;
      return undefined;
    }
    this.#worker.addEventListener('message', ({ data }) => this.#receive(data));
    // A worker that cannot load (blocked by policy, no such file) reports an error event: stop using workers
    // and run what was sent to it here instead.
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      this.#available = false;
      this.#worker?.terminate();
      this.#worker = undefined;
      this.#fallBack();
    });
    return this.#worker;
  }

  #receive(data: FromWorker): void {
    if (data.kind === 'answer') {
      const pending = this.#pending.get(data.id);
      if (!pending) return;
      this.#pending.delete(data.id);
      pending.resolve(data);
      return;
    }
    const run = this.#runs.get(data.id);
    if (!run || run.onMain) return;
    if (data.kind === 'frame') run.listener.frame(data.frame);
    else {
      this.#runs.delete(data.id);
      run.listener.failed?.(data.error);
    }
  }

  #fallBack(): void {
    for (const [id, pending] of this.#pending) {
      this.#pending.delete(id);
      pending.resolve(runTask(pending.request));
    }
    // Runs start again from the beginning, here.
    for (const run of this.#runs.values()) if (!run.onMain) this.#runOnMain(run);
  }

  #runOnMain(run: Run): void {
    run.onMain = true;
    // The run code loads only when a run needs it here (in a worker, it is the worker's).
    void import('./runs.ts').then(({ runOf }) => {
      if (this.#runs.get(run.id) !== run) return;
      const fail = (error: unknown) => {
        this.#runs.delete(run.id);
        run.listener.failed?.(errorMessage(error));
      };
      try {
        const make = runOf(run.name);
        if (!make) throw new Error(`unknown run ${run.name}`);
        const driver = new RunDriver(make(run.input), (frame) => run.listener.frame(frame), {
          sliceMs: MAIN_SLICE_MS,
          schedule: yieldToEventLoop,
          fail,
        });
        run.driver = driver;
        driver.start();
        if (run.stopped) driver.stop();
      } catch (error) {
        fail(error);
      }
    });
  }
}

/**
 * The app's worker: a module worker of task-worker.ts, where the page can run one — not in a page opened from
 * disk, and not in the single-file build (which carries its data inline and ships no worker script).
 */
export function startTaskWorker(): WorkerLike | undefined {
  if (typeof Worker === 'undefined' || location.protocol === 'file:') return undefined;
  if (inlineDataText() !== undefined) return undefined;
  return new Worker(new URL('./task-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}
