import { afterEach, describe, expect, test } from 'vitest';
import { frozenEdition } from '../data/test-fixtures.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel } from '../graph/model.ts';
import { mergedMoneyGraph } from '../graph/money-graph.ts';
import { computeLayout } from '../layout/force-layout.ts';
import { layoutInput } from '../layout/layout-input.ts';
import { WorkerHost, type RunHandle, type WorkerLike } from './host.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import type { LayoutFrame } from './runs.ts';
import { workerSide } from './worker-side.ts';

/**
 * A fake worker around the real worker side: messages cross asynchronously, structured-cloned, typed arrays
 * transferred. It can also fail to load (an error event), or stay silent.
 */
class FakeWorker implements WorkerLike {
  readonly sent: ToWorker[] = [];
  /** Buffers the worker side transferred (detached on its side once sent). */
  readonly transferred: ArrayBuffer[] = [];
  terminated = false;
  readonly #listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [] };
  readonly #side = workerSide((message, transfer) => {
    this.transferred.push(...(transfer as ArrayBuffer[]));
    const copy = structuredClone(message, { transfer });
    setTimeout(() => !this.terminated && this.#emit('message', { data: copy }), 0);
  });
  constructor(private readonly behaviour: 'answer' | 'fail-to-load' | 'silent') {}
  postMessage(message: ToWorker): void {
    this.sent.push(structuredClone(message));
    if (this.behaviour === 'answer') {
      const copy = structuredClone(message);
      setTimeout(() => !this.terminated && this.#side(copy), 0);
    } else if (this.behaviour === 'fail-to-load') {
      setTimeout(() => this.#emit('error', { preventDefault: () => {} }), 0);
    }
  }
  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    this.#listeners[type]?.push(listener);
  }
  terminate(): void {
    this.terminated = true;
    // The real worker's pending slices die with it.
    this.#side({ kind: 'control', id: -1, action: 'dispose' });
  }
  #emit(type: string, event: { data: FromWorker } | { preventDefault: () => void }): void {
    for (const listener of this.#listeners[type] ?? []) listener(event as never);
  }
}

// A two-node money graph with one loop, built the way the app builds it.
const graph = {
  nodeCount: 2,
  offsets: Int32Array.from([0, 1, 2]),
  targets: Int32Array.from([1, 0]),
};
const input = { graph, budgetMs: 1000 };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until no frame has come for 200 ms. */
async function settled(frames: readonly unknown[]): Promise<void> {
  for (let seen = -1; seen !== frames.length;) {
    seen = frames.length;
    await wait(200);
  }
}

// A layout long enough to span many slices: the bundled edition's companies, 5,000 ticks.
const { layout: _frozen, ...free } = frozenEdition();
const validated = validateDealMap(free);
if (!validated.ok) throw new Error('fixture should load');
const edition = buildModel(validated.value);
const radii = Float64Array.from(edition.companies, () => 8);
const layout = layoutInput(edition, { radii, ticks: 5000 });
const expected = computeLayout(edition, { radii, ticks: 5000 });

/** Collects a run's frames; acknowledges each at once when `autoAck`. */
function collector(autoAck: boolean) {
  const frames: LayoutFrame[] = [];
  const failures: string[] = [];
  let handle: RunHandle | undefined;
  let settle: (() => void) | undefined;
  const finished = new Promise<void>((resolve) => (settle = resolve));
  return {
    frames,
    failures,
    finished,
    attach: (h: RunHandle) => (handle = h),
    listener: {
      frame(frame: LayoutFrame) {
        frames.push(frame);
        if (frame.done) settle?.();
        else if (autoAck) setTimeout(() => handle?.ack(), 0);
      },
      failed(message: string) {
        failures.push(message);
        settle?.();
      },
    },
  };
}

let hosts: WorkerHost[] = [];
afterEach(() => {
  for (const host of hosts) host.dispose();
  hosts = [];
});
function hostOf(create: () => WorkerLike | undefined): WorkerHost {
  const host = new WorkerHost(create);
  hosts.push(host);
  return host;
}

describe('WorkerHost tasks', () => {
  test('starts one worker on first use, sends tasks to it and matches answers by id', async () => {
    const workers: FakeWorker[] = [];
    const host = hostOf(() => {
      const w = new FakeWorker('answer');
      workers.push(w);
      return w;
    });
    const [a, b] = await Promise.all([host.run('cycles', input), host.run('cycles', { ...input, cap: 0 })]);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.sent.map((r) => r.id)).toEqual([1, 2]);
    expect(a.cycles).toEqual([[0, 1]]);
    expect(b).toMatchObject({ cycles: [], capped: true });
    expect(host.usesWorker).toBe(true);
    host.dispose();
    expect(workers[0]?.terminated).toBe(true);
  });

  test('a worker that fails to load: the task runs on the main thread, and later ones too', async () => {
    let started = 0;
    const host = hostOf(() => {
      started++;
      return new FakeWorker('fail-to-load');
    });
    expect((await host.run('cycles', input)).cycles).toEqual([[0, 1]]);
    expect(host.usesWorker).toBe(false);
    expect((await host.run('cycles', input)).cycles).toEqual([[0, 1]]);
    expect(started).toBe(1);
  });

  test('no worker possible (opened from disk, refused by policy): main thread at once', async () => {
    const host = hostOf(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    expect((await host.run('cycles', input)).cycles).toEqual([[0, 1]]);
    const none = hostOf(() => undefined);
    expect((await none.run('cycles', input)).cycles).toEqual([[0, 1]]);
  });

  test('dispose while a task is under way finishes it on the main thread', async () => {
    const host = hostOf(() => new FakeWorker('silent'));
    const pending = host.run('cycles', input);
    host.dispose();
    expect((await pending).cycles).toEqual([[0, 1]]);
  });

  test('an idle worker can be let go: not while a task is under way; the next task starts another', async () => {
    const workers: FakeWorker[] = [];
    const host = hostOf(() => {
      const w = new FakeWorker('answer');
      workers.push(w);
      return w;
    });
    const pending = host.run('cycles', input);
    expect(host.releaseIdle()).toBe(false);
    expect((await pending).cycles).toEqual([[0, 1]]);
    expect(host.releaseIdle()).toBe(true);
    expect(workers[0]?.terminated).toBe(true);
    expect(host.releaseIdle()).toBe(false);
    expect((await host.run('cycles', input)).cycles).toEqual([[0, 1]]);
    expect(workers).toHaveLength(2);
    expect(host.usesWorker).toBe(true);
  });

  test('a failing task rejects with its message', async () => {
    const host = hostOf(() => undefined);
    await expect(host.run('cycles', { graph: null } as never)).rejects.toThrow();
  });
});

describe('WorkerHost streaming runs (the layout)', () => {
  test('in a worker: first positions at once, more as frames are drawn, the end equal to computeLayout', async () => {
    const worker = new FakeWorker('answer');
    const host = hostOf(() => worker);
    const run = collector(true);
    run.attach(host.stream('layout', layout, run.listener));
    await run.finished;
    expect(run.frames.length).toBeGreaterThan(2);
    expect(run.frames[0]?.progress).toBe(0);
    expect(run.frames[0]?.positions.every(Number.isFinite)).toBe(true);
    const progress = run.frames.map((f) => f.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(run.frames.filter((f) => f.done)).toHaveLength(1);
    expect([...(run.frames.at(-1)?.positions ?? [])]).toEqual([...expected]);
    // Positions were transferred, not copied: the worker side's buffers are detached.
    expect(worker.transferred.length).toBe(run.frames.length);
    expect(worker.transferred.every((buffer) => buffer.byteLength === 0)).toBe(true);
  });

  test('back-pressure: without an acknowledgement no second frame comes, though the run goes on', async () => {
    const host = hostOf(() => new FakeWorker('answer'));
    const run = collector(false);
    const handle = host.stream('layout', layout, run.listener);
    run.attach(handle);
    await wait(150);
    expect(run.frames).toHaveLength(1);
    handle.ack();
    await expect.poll(() => run.frames.length).toBe(2);
    await wait(150);
    expect(run.frames).toHaveLength(2);
    // The second frame shows where the run has got to meanwhile.
    expect(run.frames[1]?.progress).toBeGreaterThan(0);
  });

  test('stop halts it (positions stop changing), resume continues to the same end, dispose ends it', async () => {
    const host = hostOf(() => new FakeWorker('answer'));
    const run = collector(true);
    const long = { ...layout, ticks: 12_000 };
    const handle = host.stream('layout', long, {
      frame(frame) {
        // Stop as the second frame arrives (it is still acknowledged, once drawn).
        if (run.frames.length === 1) handle.stop();
        run.listener.frame(frame);
      },
    });
    run.attach(handle);
    // The frame in flight when it stopped is acknowledged: one more frame may follow, then none.
    await settled(run.frames);
    const count = run.frames.length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(3);
    expect(run.frames.at(-1)?.done).toBe(false);
    await wait(150);
    expect(run.frames.length).toBe(count);
    handle.resume();
    await run.finished;
    expect(run.frames.at(-1)?.progress).toBe(1);
    expect([...(run.frames.at(-1)?.positions ?? [])]).toEqual([
      ...computeLayout(edition, { radii, ticks: 12_000 }),
    ]);

    const second = collector(true);
    const other = host.stream('layout', { ...layout, ticks: 150_000 }, second.listener);
    second.attach(other);
    await expect.poll(() => second.frames.length).toBeGreaterThanOrEqual(2);
    other.dispose();
    await settled(second.frames);
    const seen = second.frames.length;
    await wait(200);
    expect(second.frames.length).toBe(seen);
    expect(second.frames.at(-1)?.done ?? false).toBe(false);
  });

  test('no worker possible: the run goes on the main thread in short slices, yielding between them', async () => {
    const host = hostOf(() => undefined);
    const run = collector(true);
    // Long enough (about half a second at least) that one unbroken task would stand out.
    run.attach(host.stream('layout', { ...layout, ticks: 15_000 }, run.listener));
    // A timer that fires whenever the main thread is free: it gets its turn many times during the run.
    let turns = 0;
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      turns++;
    }, 0);
    await run.finished;
    clearInterval(timer);
    expect(turns).toBeGreaterThan(20);
    // Slices are 8 ms; the ceiling is loose for a busy machine.
    expect(longest).toBeLessThan(150);
    expect(run.frames.at(-1)?.done).toBe(true);
  });

  test('a worker that fails to load: the run starts again on the main thread and ends', async () => {
    const host = hostOf(() => new FakeWorker('fail-to-load'));
    const run = collector(true);
    run.attach(host.stream('layout', layout, run.listener));
    await run.finished;
    expect(host.usesWorker).toBe(false);
    expect([...(run.frames.at(-1)?.positions ?? [])]).toEqual([...expected]);
  });

  test('bad input: the run reports its failure, in a worker and on the main thread', async () => {
    for (const create of [() => new FakeWorker('answer'), () => undefined]) {
      const host = hostOf(create);
      const run = collector(true);
      run.attach(host.stream('layout', { ...layout, radii: null } as never, run.listener));
      await run.finished;
      expect(run.failures).toHaveLength(1);
    }
  });
});

test('the merged money graph is plain typed arrays: it survives a structured clone unchanged', () => {
  expect(structuredClone(graph)).toEqual(graph);
  expect(typeof mergedMoneyGraph).toBe('function');
});
