/// <reference lib="webworker" />
/** The worker side of host.ts: runs each task it is sent and posts the result back. */
import { runTask, type TaskRequest } from './tasks.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (event: MessageEvent<TaskRequest>) => {
  scope.postMessage(runTask(event.data));
});
