import { describe, expect, test } from 'vitest';
import { RestyleQueue } from './restyle-queue.ts';

/** A queue whose jobs end when the test says; what was started and delivered, in order. */
function queue() {
  const started: string[] = [];
  const delivered: string[] = [];
  const pending = new Map<string, { finish: () => void; fail: () => void; signal: AbortSignal }>();
  const q = new RestyleQueue<string, string>(
    (key, signal) =>
      new Promise((resolve, reject) => {
        started.push(key);
        pending.set(key, {
          finish: () => resolve(`style of ${key}`),
          fail: () => reject(new Error(key)),
          signal,
        });
      }),
    (key, result) => delivered.push(`${key}: ${result}`),
  );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const end = async (key: string) => {
    pending.get(key)?.finish();
    await settle();
  };
  return { q, started, delivered, pending, end, settle };
}

describe('RestyleQueue', () => {
  test('one job at a time; the newest change waits and replaces older waiting ones', async () => {
    const { q, started, delivered, end } = queue();
    q.want('2019');
    q.want('2020');
    q.want('2021');
    expect(started).toEqual(['2019']);
    await end('2019');
    // The state under way was shown, then the latest: the one in between was never worked out.
    expect(started).toEqual(['2019', '2021']);
    await end('2021');
    expect(delivered).toEqual(['2019: style of 2019', '2021: style of 2021']);
  });

  test('asking again for the state under way drops a waiting one', async () => {
    const { q, started, delivered, end } = queue();
    q.want('a');
    q.want('b');
    q.want('a');
    await end('a');
    expect(started).toEqual(['a']);
    expect(delivered).toEqual(['a: style of a']);
  });

  test('cleared: the job under way is aborted and delivers nothing, and none waits', async () => {
    const { q, started, delivered, pending, end } = queue();
    q.want('a');
    q.want('b');
    q.clear();
    expect(pending.get('a')?.signal.aborted).toBe(true);
    await end('a');
    expect(delivered).toEqual([]);
    expect(started).toEqual(['a']);
    q.want('c');
    expect(started).toEqual(['a', 'c']);
  });

  test('a job that fails delivers nothing and the waiting one runs', async () => {
    const { q, started, delivered, pending, end, settle } = queue();
    q.want('a');
    q.want('b');
    pending.get('a')?.fail();
    await settle();
    expect(started).toEqual(['a', 'b']);
    await end('b');
    expect(delivered).toEqual(['b: style of b']);
  });
});
