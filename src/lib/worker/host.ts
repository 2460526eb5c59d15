/**
 * One generic worker host: runs the tasks of tasks.ts in a Web Worker, and on the main thread wherever a worker
 * cannot start (a page opened from disk, a policy without `worker-src`, a browser that refuses). The worker is
 * started on first use and kept for later tasks; `dispose` ends it. Answers are matched to requests by id, so
 * several tasks may be under way at once.
 */
import { inlineDataText } from '../data/inline-data.ts';
import {
  runTask,
  type TaskInput,
  type TaskName,
  type TaskOutput,
  type TaskRequest,
  type TaskResponse,
} from './tasks.ts';

/** The part of `Worker` the host uses (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: TaskRequest): void;
  addEventListener(type: 'message', listener: (event: { data: TaskResponse }) => void): void;
  addEventListener(type: 'error', listener: (event: { preventDefault?: () => void }) => void): void;
  terminate(): void;
}

interface Pending {
  readonly request: TaskRequest;
  readonly resolve: (response: TaskResponse) => void;
}

export class WorkerHost {
  readonly #create: () => WorkerLike | undefined;
  #worker: WorkerLike | undefined;
  /** False once a worker failed to start: everything then runs on the main thread. */
  #available = true;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();

  /** `create` returns a started worker, or undefined (or throws) where none can run. */
  constructor(create: () => WorkerLike | undefined) {
    this.#create = create;
  }

  /** True while tasks go to a worker (false after a failed start, or before the first task). */
  get usesWorker(): boolean {
    return this.#available && this.#worker !== undefined;
  }

  async run<T extends TaskName>(task: T, input: TaskInput<T>): Promise<TaskOutput<T>> {
    const request: TaskRequest = { id: this.#nextId++, task, input };
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

  /** Ends the worker; tasks still under way finish on the main thread. */
  dispose(): void {
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
    this.#worker.addEventListener('message', ({ data }) => {
      const pending = this.#pending.get(data.id);
      if (!pending) return;
      this.#pending.delete(data.id);
      pending.resolve(data);
    });
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

  #fallBack(): void {
    for (const [id, pending] of this.#pending) {
      this.#pending.delete(id);
      pending.resolve(runTask(pending.request));
    }
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
