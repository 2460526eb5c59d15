/// <reference lib="webworker" />
/** The paint worker: hands each message to paint-side.ts, which draws on an OffscreenCanvas of its own. */
import { paintSide, type ToPainter } from './paint-side.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = paintSide(
  (message, transfer) => scope.postMessage(message, transfer),
  () => new OffscreenCanvas(1, 1),
);
scope.addEventListener('message', (event: MessageEvent<ToPainter>) => handle(event.data));
