/// <reference lib="webworker" />
/** The worker side of host.ts: hands each message to worker-side.ts, whose answers and frames go back. */
import type { ToWorker } from './protocol.ts';
import { workerSide } from './worker-side.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = workerSide((message, transfer) => scope.postMessage(message, transfer));
scope.addEventListener('message', (event: MessageEvent<ToWorker>) => handle(event.data));
