import { describe, expect, test } from 'vitest';
import type { CanvasColors } from './canvas-draw.ts';
import { PaintClient, type PaintJob, type PainterLike } from './paint-client.ts';
import type { FromPainter, ToPainter } from './paint-side.ts';
import { sceneEdge, sceneNode } from './test-scene.ts';
import type { Scene } from './types.ts';

const COLORS = { fontFamily: 'serif' } as CanvasColors;

function scene(): Scene {
  return {
    nodes: [sceneNode(0, 0, 0), sceneNode(1, 50, 20)],
    edges: [sceneEdge(0, 0, 1)],
    bounds: { x0: 0, y0: 0, x1: 50, y1: 20 },
  };
}

/** A fake worker that keeps what it is sent; `answer` posts a picture for a draw request. */
function fakeWorker() {
  const sent: ToPainter[] = [];
  const listeners: {
    message?: (event: { data: FromPainter }) => void;
    error?: (event: { preventDefault?: () => void }) => void;
  } = {};
  const closed: number[] = [];
  let terminated = false;
  const worker: PainterLike = {
    postMessage: (message) => sent.push(message),
    addEventListener: (type: 'message' | 'error', listener: never) => {
      listeners[type] = listener;
    },
    terminate: () => (terminated = true),
  };
  const bitmap = (n: number) => ({ n, close: () => closed.push(n) }) as unknown as ImageBitmap;
  return {
    worker,
    sent,
    closed,
    terminated: () => terminated,
    draws: () => sent.filter((m) => m.kind === 'draw'),
    answer: (id: number) => listeners.message?.({ data: { kind: 'picture', id, bitmap: bitmap(id) } }),
    fail: (id: number) => listeners.message?.({ data: { kind: 'failed', id, error: 'no 2D context' } }),
    crash: () => listeners.error?.({}),
  };
}

function client(fake = fakeWorker()) {
  const shown: string[] = [];
  let failures = 0;
  const paint = new PaintClient<string>(() => fake.worker, {
    picture: (bitmap, tag) => shown.push(`${tag}:${(bitmap as unknown as { n: number }).n}`),
    failed: () => failures++,
  });
  const job = (tag: string, of = scene()): PaintJob<string> => ({
    scene: of,
    camera: { x: 0, y: 0, k: 1 },
    width: 10,
    height: 10,
    dpr: 1,
    colors: COLORS,
    moving: true,
    tag,
  });
  return { paint, fake, shown, job, failures: () => failures };
}

describe('PaintClient', () => {
  test('sends the scene once, then one picture at a time: the latest request waits, older ones are dropped', () => {
    const { paint, fake, shown, job } = client();
    const one = scene();
    expect(paint.takes(one)).toBe(true);
    paint.request(job('a', one));
    paint.request(job('b', one));
    paint.request(job('c', one));
    expect(fake.sent.map((m) => m.kind)).toEqual(['scene', 'draw']);
    fake.answer(1);
    expect(shown).toEqual(['a:1']);
    // 'b' was replaced by 'c' while 'a' was drawn; the scene is not sent again.
    expect(fake.sent.map((m) => m.kind)).toEqual(['scene', 'draw', 'draw']);
    fake.answer(2);
    expect(shown).toEqual(['a:1', 'c:2']);
  });

  test('sends a new scene when the links change, and draws by it', () => {
    const { paint, fake, job } = client();
    paint.request(job('a'));
    fake.answer(1);
    paint.request(job('b'));
    const scenes = fake.sent.filter((m) => m.kind === 'scene');
    expect(scenes.map((m) => m.scene)).toEqual([1, 2]);
    expect(fake.draws().map((m) => m.kind === 'draw' && m.scene)).toEqual([1, 2]);
  });

  test('a cancelled request’s picture is let go, not shown', () => {
    const { paint, fake, shown, job } = client();
    paint.request(job('a'));
    paint.request(job('b'));
    paint.cancel();
    fake.answer(1);
    expect(shown).toEqual([]);
    expect(fake.closed).toEqual([1]);
    expect(fake.draws()).toHaveLength(1);
  });

  test('a picture for later is drawn once no other request waits', () => {
    const { paint, fake, shown, job } = client();
    paint.request(job('a'));
    paint.later(job('faded-1'));
    paint.later(job('faded-2'));
    paint.request(job('b'));
    fake.answer(1);
    fake.answer(2);
    fake.answer(3);
    // The newer picture for later replaced the one waiting; requests to show go first.
    expect(shown).toEqual(['a:1', 'b:2', 'faded-2:3']);
    expect(fake.draws()).toHaveLength(3);
  });

  test('a cancel keeps the pictures the page will still use', () => {
    const { paint, fake, shown, job } = client();
    paint.request(job('rest'));
    paint.later(job('faded'));
    paint.cancel((tag) => tag === 'faded');
    fake.answer(1);
    // The rest picture under way is let go; the faded one, waiting, is drawn next and shown.
    expect(fake.draws()).toHaveLength(2);
    fake.answer(2);
    expect(shown).toEqual(['faded:2']);
    paint.later(job('faded'));
    paint.cancel((tag) => tag === 'faded');
    fake.answer(3);
    paint.later(job('stale'));
    paint.cancel((tag) => tag === 'faded');
    fake.answer(4);
    expect(shown).toEqual(['faded:2', 'faded:3']);
    expect(fake.closed).toEqual([1, 4]);
  });

  test('not a scene with something highlighted: the page draws those', () => {
    const { paint } = client();
    const highlighted = scene();
    expect(paint.takes({ ...highlighted, nodes: [{ ...sceneNode(0, 0, 0), selected: true }] })).toBe(false);
  });

  test('a failed picture ends the worker, and the page draws from then on', () => {
    const { paint, fake, job, failures } = client();
    paint.request(job('a'));
    fake.fail(1);
    expect(failures()).toBe(1);
    expect(fake.terminated()).toBe(true);
    expect(paint.takes(scene())).toBe(false);
  });

  test('a worker that cannot load is reported once', () => {
    const { paint, fake, job, failures } = client();
    paint.request(job('a'));
    fake.crash();
    fake.crash();
    expect(failures()).toBe(1);
    expect(paint.takes(scene())).toBe(false);
  });

  test('where no worker can start, nothing is taken', () => {
    const paint = new PaintClient<string>(() => undefined, { picture: () => {}, failed: () => {} });
    expect(paint.takes(scene())).toBe(false);
    const throwing = new PaintClient<string>(
      () => {
        throw new Error('blocked by policy');
      },
      { picture: () => {}, failed: () => {} },
    );
    expect(throwing.takes(scene())).toBe(false);
  });
});
