/**
 * The messages between the worker host (host.ts) and its worker (worker-side.ts): one-shot tasks, and
 * streaming runs that send frames until they are done, with the page acknowledging each frame it has drawn.
 */
import type { RunName } from './runs.ts';
import type { TaskRequest, TaskResponse } from './tasks.ts';

/** Host → worker: start a run (its frames are answered with `ack`), or steer one. */
export interface RunStart {
  readonly kind: 'start';
  readonly id: number;
  readonly run: RunName;
  readonly input: unknown;
}

export interface RunControl {
  readonly kind: 'control';
  readonly id: number;
  readonly action: 'ack' | 'stop' | 'resume' | 'dispose';
}

export type ToWorker = TaskRequest | RunStart | RunControl;

/** Worker → host: a run's frame (its typed arrays transferred), or its failure. */
export interface RunFrameMessage {
  readonly kind: 'frame';
  readonly id: number;
  readonly frame: unknown;
}

export interface RunFailed {
  readonly kind: 'failed';
  readonly id: number;
  readonly error: string;
}

export type FromWorker = TaskResponse | RunFrameMessage | RunFailed;
