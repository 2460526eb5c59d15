import { describe, expect, test } from 'vitest';
import { FadedPictures, sameKey } from './faded-pictures.ts';

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
