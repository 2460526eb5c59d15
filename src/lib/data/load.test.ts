import { afterEach, describe, expect, test, vi } from 'vitest';
import { LOAD_TIMEOUT_MS, loadDealMap } from './load.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A fetch whose server never answers: it only settles when the request is aborted. */
function silentServer() {
  return vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );
}

/** A fetch whose server sends headers and a first chunk, then nothing more. */
function stallingServer() {
  return vi.fn((_url: string, init?: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"format":'));
        init?.signal?.addEventListener('abort', () =>
          controller.error(new DOMException('aborted', 'AbortError')),
        );
      },
    });
    return Promise.resolve(new Response(body, { status: 200 }));
  });
}

describe('a data= server that never answers', () => {
  test(`is given up on after ${LOAD_TIMEOUT_MS / 1000} s, with a message naming the host`, async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', silentServer());
    const result = loadDealMap('https://slow.example.org/deals.json', 'deals.json');
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS - 1);
    let settled = false;
    void result.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          severity: 'error',
          message: 'Could not download deals.json: slow.example.org did not answer within 15 s.',
          file: 'deals.json',
        },
      ],
    });
    expect(LOAD_TIMEOUT_MS).toBe(15_000);
  });

  test('a server that stops sending half-way is given up on too, and says so', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', stallingServer());
    const result = loadDealMap('https://stall.example.org:8443/d.json', 'd.json');
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS);
    expect((await result).issues.map((i) => i.message)).toEqual([
      'Could not download d.json: stall.example.org:8443 stopped sending within 15 s.',
    ]);
  });

  test('the reader cancelling is not a timeout', async () => {
    vi.stubGlobal('fetch', silentServer());
    const controller = new AbortController();
    const result = loadDealMap('https://slow.example.org/deals.json', 'deals.json', {
      signal: controller.signal,
    });
    controller.abort();
    expect((await result).issues.map((i) => i.message)).toEqual(['Loading deals.json was cancelled.']);
  });
});
