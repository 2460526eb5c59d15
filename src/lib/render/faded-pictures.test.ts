import { describe, expect, test } from 'vitest';
import { FadedPictures, pictureKey, sameKey, standIn, STAND_IN_SCALE } from './faded-pictures.ts';

const nodes = ['a'];
const camera = { x: 0, y: 0, k: 1 };
const key = (at = camera, w = 800) => [nodes, 0.15, at, w];

function pictures() {
  const released: string[] = [];
  return { kept: new FadedPictures<string>((p) => released.push(p)), released };
}

describe('FadedPictures', () => {
  test('keys name one state item by item: the same objects and values, not look-alikes', () => {
    expect(sameKey(key(), key())).toBe(true);
    expect(sameKey(key({ ...camera }), key())).toBe(false);
    expect(sameKey(key(camera, 400), key())).toBe(false);
    expect(sameKey(undefined, key())).toBe(false);
  });

  test('gives the kept picture for its state only, and releases one it stops keeping', () => {
    const { kept, released } = pictures();
    expect(kept.for(key())).toBeUndefined();
    kept.keep('first', key());
    expect(kept.for(key())).toBe('first');
    expect(kept.for(key({ x: 5, y: 0, k: 1 }))).toBeUndefined();
    kept.keep('first', key());
    expect(released).toEqual([]);
    kept.keep('second', key(camera, 400));
    expect(released).toEqual(['first']);
    expect(kept.for(key())).toBeUndefined();
    kept.dispose();
    expect(released).toEqual(['first', 'second']);
  });

  test('a picture on its way covers its state until it comes or the state moves on', () => {
    const { kept } = pictures();
    const now = key();
    kept.expect(now);
    expect(kept.coming(now)).toBe(true);
    expect(kept.covered(now)).toBe(true);
    kept.moveTo(now);
    expect(kept.coming(now)).toBe(true);
    kept.arrived('faded', now);
    expect(kept.coming(now)).toBe(false);
    expect(kept.for(now)).toBe('faded');
    expect(kept.covered(now)).toBe(true);

    const later = key({ x: 1, y: 1, k: 2 });
    kept.expect(later);
    kept.moveTo(key({ x: 9, y: 9, k: 2 }));
    expect(kept.coming(later)).toBe(false);
    // One that comes after all is still kept (its state may come back), without being waited for.
    kept.arrived('late', later);
    expect(kept.for(later)).toBe('late');
  });
});

describe('a kept picture standing in for another camera', () => {
  const shows = [nodes, 0.15, 0.08];
  /** Where a world point is on the stage, in device pixels, at a camera. */
  const onStage = (at: { x: number; y: number; k: number }, wx: number, wy: number, dpr: number) => [
    (wx * at.k + at.x) * dpr,
    (wy * at.k + at.y) * dpr,
  ];

  test('is scaled and shifted so each mark lands where the new camera draws it', () => {
    const dpr = 2;
    const from = { x: 100, y: 50, k: 1 };
    const to = { x: 60, y: 20, k: 1.25 };
    const rect = standIn(pictureKey(shows, from, 1600, 1000), pictureKey(shows, to, 1200, 900), dpr);
    expect(rect).toBeDefined();
    for (const [wx, wy] of [
      [0, 0],
      [300, 120],
      [-40, 380],
    ] as const) {
      // The point's pixel in the kept picture, carried through the rectangle it is drawn into.
      const [px, py] = onStage(from, wx, wy, dpr);
      const [sx, sy] = onStage(to, wx, wy, dpr);
      expect(rect!.x + (px! / 1600) * rect!.width).toBeCloseTo(sx!, 6);
      expect(rect!.y + (py! / 1000) * rect!.height).toBeCloseTo(sy!, 6);
    }
  });

  test('a stage that shrank beside a panel, the camera shifted with it, is covered by the picture of before', () => {
    const from = { x: 568, y: 270, k: 0.069 };
    const to = { x: 392, y: 250, k: 0.069 };
    expect(standIn(pictureKey(shows, from, 1136, 537), pictureKey(shows, to, 784, 497), 1)).toEqual({
      x: -176,
      y: -20,
      width: 1136,
      height: 537,
    });
  });

  test('never for other marks, a bare edge of the stage, or a scale past the limit', () => {
    const at = { x: 0, y: 0, k: 1 };
    const kept = pictureKey(shows, at, 800, 600);
    expect(standIn(kept, pictureKey([['b'], 0.15, 0.08], at, 800, 600), 1)).toBeUndefined();
    expect(standIn(kept, pictureKey([nodes, 0.15, 0.2], at, 800, 600), 1)).toBeUndefined();
    // Panned right: the picture leaves a strip on the left bare.
    expect(standIn(kept, pictureKey(shows, { x: 30, y: 0, k: 1 }, 800, 600), 1)).toBeUndefined();
    // Zoomed out about the centre: bare all round.
    expect(standIn(kept, pictureKey(shows, { x: 200, y: 150, k: 0.5 }, 800, 600), 1)).toBeUndefined();
    // Zoomed in about the centre: covered, up to the limit.
    const zoomIn = (k: number) => pictureKey(shows, { x: 400 - 400 * k, y: 300 - 300 * k, k }, 800, 600);
    expect(standIn(kept, zoomIn(STAND_IN_SCALE), 1)).toEqual({ x: -400, y: -300, width: 1600, height: 1200 });
    expect(standIn(kept, zoomIn(STAND_IN_SCALE * 1.01), 1)).toBeUndefined();
    expect(standIn(kept, kept, 1)).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });

  test('the kept picture is given with the state it shows', () => {
    const { kept } = pictures();
    expect(kept.kept()).toBeUndefined();
    kept.keep('faded', key());
    expect(kept.kept()).toEqual({ picture: 'faded', key: key() });
    kept.dispose();
    expect(kept.kept()).toBeUndefined();
  });
});
