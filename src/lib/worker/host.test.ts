import { describe, expect, test } from 'vitest';
import { mergedMoneyGraph } from '../graph/money-graph.ts';
import { WorkerHost, type WorkerLike } from './host.ts';
import { runTask, type TaskRequest, type TaskResponse } from './tasks.ts';

/** A fake worker that answers through runTask after a tick, or fails to load when told to. */
class FakeWorker implements WorkerLike {
  readonly sent: TaskRequest[] = [];
  terminated = false;
  readonly #listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [] };
  constructor(private readonly behaviour: 'answer' | 'fail-to-load' | 'silent') {}
  postMessage(message: TaskRequest): void {
    this.sent.push(structuredClone(message));
    if (this.behaviour === 'answer') {
      setTimeout(() => this.#emit('message', { data: runTask(structuredClone(message)) }), 0);
    } else if (this.behaviour === 'fail-to-load') {
      setTimeout(() => this.#emit('error', { preventDefault: () => {} }), 0);
    }
  }
  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    this.#listeners[type]?.push(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
  #emit(type: string, event: { data: TaskResponse } | { preventDefault: () => void }): void {
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

describe('WorkerHost', () => {
  test('starts one worker on first use, sends tasks to it and matches answers by id', async () => {
    const workers: FakeWorker[] = [];
    const host = new WorkerHost(() => {
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
    const host = new WorkerHost(() => {
      started++;
      return new FakeWorker('fail-to-load');
    });
    expect((await host.run('cycles', input)).cycles).toEqual([[0, 1]]);
    expect(host.usesWorker).toBe(false);
    expect((await host.run('cycles', input)).cycles).toEqual([[0, 1]]);
    expect(started).toBe(1);
  });

  test('no worker possible (opened from disk, refused by policy): main thread at once', async () => {
    const host = new WorkerHost(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    expect((await host.run('cycles', input)).cycles).toEqual([[0, 1]]);
    const none = new WorkerHost(() => undefined);
    expect((await none.run('cycles', input)).cycles).toEqual([[0, 1]]);
  });

  test('dispose while a task is under way finishes it on the main thread', async () => {
    const host = new WorkerHost(() => new FakeWorker('silent'));
    const pending = host.run('cycles', input);
    host.dispose();
    expect((await pending).cycles).toEqual([[0, 1]]);
  });

  test('a failing task rejects with its message', async () => {
    const host = new WorkerHost(() => undefined);
    await expect(host.run('cycles', { graph: null } as never)).rejects.toThrow();
  });
});

test('the merged money graph is plain typed arrays: it survives a structured clone unchanged', () => {
  expect(structuredClone(graph)).toEqual(graph);
  expect(typeof mergedMoneyGraph).toBe('function');
});
