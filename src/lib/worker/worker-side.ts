/**
 * What the worker does with each message (task-worker.ts wires it to the worker's scope; tests, to a fake):
 * answers tasks, and drives runs in slices, sending frames with back-pressure.
 */
import type { FromWorker, ToWorker } from './protocol.ts';
import { RunDriver, yieldToEventLoop } from './run-driver.ts';
import { runOf, transferables } from './runs.ts';
import { errorMessage, runTask } from './tasks.ts';

/** In a worker a slice only delays how soon a stop or an acknowledgement is heard: a frame's worth. */
export const WORKER_SLICE_MS = 30;

export type Post = (message: FromWorker, transfer: Transferable[]) => void;

export function workerSide(post: Post): (message: ToWorker) => void {
  const runs = new Map<number, RunDriver<unknown>>();
  return (message) => {
    if (message.kind === 'task') return post(runTask(message), []);
    if (message.kind === 'start') {
      const { id } = message;
      const fail = (error: unknown) => {
        runs.delete(id);
        post({ kind: 'failed', id, error: errorMessage(error) }, []);
      };
      const make = runOf(message.run);
      try {
        if (!make) throw new Error(`unknown run ${String(message.run)}`);
        const driver = new RunDriver(
          make(message.input),
          (frame) => post({ kind: 'frame', id, frame }, transferables(frame)),
          { sliceMs: WORKER_SLICE_MS, schedule: yieldToEventLoop, fail },
        );
        runs.set(id, driver);
        driver.start();
      } catch (error) {
        fail(error);
      }
      return;
    }
    const driver = runs.get(message.id);
    if (!driver) return;
    if (message.action === 'dispose') {
      driver.dispose();
      runs.delete(message.id);
    } else driver[message.action]();
  };
}
