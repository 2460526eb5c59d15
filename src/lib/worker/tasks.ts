/**
 * The work the worker host can run: pure functions of structured-cloneable input, the same code on either
 * side of the worker boundary (host.ts runs them on the main thread where no worker can start).
 */
import { findCycles, type FoundCycles } from '../graph/cycles.ts';
import type { MoneyGraph } from '../graph/money-graph.ts';

export interface CycleTaskInput {
  readonly graph: MoneyGraph;
  readonly maxLength?: number;
  readonly cap?: number;
  /** How long the search may run, in ms. */
  readonly budgetMs: number;
}

export const TASKS = {
  cycles(input: CycleTaskInput): FoundCycles {
    const now = () => performance.now();
    return findCycles(input.graph, {
      ...(input.maxLength === undefined ? {} : { maxLength: input.maxLength }),
      ...(input.cap === undefined ? {} : { cap: input.cap }),
      deadline: now() + input.budgetMs,
      now,
    });
  },
} as const;

export type TaskName = keyof typeof TASKS;
export type TaskInput<T extends TaskName> = Parameters<(typeof TASKS)[T]>[0];
export type TaskOutput<T extends TaskName> = ReturnType<(typeof TASKS)[T]>;

/** Host → worker: run a task and answer once. */
export interface TaskRequest {
  readonly kind: 'task';
  readonly id: number;
  readonly task: TaskName;
  readonly input: unknown;
}

/** Worker → host: a task's answer. */
export type TaskResponse =
  | { readonly kind: 'answer'; readonly id: number; readonly ok: true; readonly output: unknown }
  | { readonly kind: 'answer'; readonly id: number; readonly ok: false; readonly error: string };

/** Runs one request: what the worker does with each message, and the host's main-thread fallback. */
export function runTask(request: TaskRequest): TaskResponse {
  const task = TASKS[request.task] as ((input: unknown) => unknown) | undefined;
  if (typeof task !== 'function')
    return { kind: 'answer', id: request.id, ok: false, error: `unknown task ${String(request.task)}` };
  try {
    return { kind: 'answer', id: request.id, ok: true, output: task(request.input) };
  } catch (error) {
    return { kind: 'answer', id: request.id, ok: false, error: errorMessage(error) };
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
