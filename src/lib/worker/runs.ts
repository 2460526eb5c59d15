/**
 * The streaming runs the worker host can drive (run-driver.ts): long computations that report as they go,
 * pure functions of structured-cloneable input, the same code in the worker and on the main thread.
 */
import type { LayoutInput } from '../layout/layout-input.ts';
import * as grid from '../layout/grid-forces.ts';
import { createLayout } from '../layout/step-layout.ts';
import type { Stepper } from './run-driver.ts';

export interface LayoutFrame {
  /** [x0, y0, x1, y1, …] by company index: a new array per frame (transferred across the boundary). */
  readonly positions: Float64Array;
  /** 0–1. */
  readonly progress: number;
  readonly done: boolean;
}

export const RUNS = {
  layout(input: LayoutInput): Stepper<LayoutFrame> {
    const layout = createLayout(input, grid);
    return {
      advance(budgetMs) {
        const start = performance.now();
        while (!layout.step(1) && performance.now() - start < budgetMs);
        return layout.done;
      },
      frame: () => ({ positions: layout.positions(), progress: layout.progress, done: layout.done }),
    };
  },
} as const;

export type RunName = keyof typeof RUNS;
export type RunInput<R extends RunName> = Parameters<(typeof RUNS)[R]>[0];
export type RunFrame<R extends RunName> = ReturnType<(typeof RUNS)[R]> extends Stepper<infer F> ? F : never;

/** The run of that name, for input that arrived as a message (checked by the run itself). */
export function runOf(name: string): ((input: unknown) => Stepper<unknown>) | undefined {
  const make = (RUNS as Record<string, unknown>)[name];
  return typeof make === 'function' ? (make as (input: unknown) => Stepper<unknown>) : undefined;
}

/** The buffers of a frame's typed arrays, to transfer rather than copy. */
export function transferables(frame: unknown): ArrayBuffer[] {
  if (typeof frame !== 'object' || frame === null) return [];
  const out: ArrayBuffer[] = [];
  for (const value of Object.values(frame)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) out.push(value.buffer);
  }
  return out;
}
